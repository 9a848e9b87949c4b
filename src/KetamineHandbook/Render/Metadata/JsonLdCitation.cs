using System.Runtime.CompilerServices;
using System.Text.Json;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Metadata;

/// <summary>
/// One cited work as an item of the JSON-LD <c>citation</c> list of an entry page, serialised once per reference
/// (keyed by the reference object, thread-safe, released with it) and copied into each page's record as it is.
/// </summary>
internal static class JsonLdCitation
{
    private static readonly ConditionalWeakTable<Reference, string> Serialised = new();

    public static string Of(Reference r) => Serialised.GetValue(r, static r =>
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            // A missing name or URL is written as null: the item keeps its three members either way.
            json.WriteStartObject();
            json.WriteString("@type", "CreativeWork");
            json.WriteString("name", r.Title?.PlainText);
            json.WriteString("url", r.Doi is { } doi ? "https://doi.org/" + doi : r.Url);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    });
}
