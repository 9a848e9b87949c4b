using System.Runtime.CompilerServices;
using System.Text.Json;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Metadata;

/// <summary>
/// One cited work as an item of the JSON-LD <c>citation</c> list of an entry page, serialised once per reference
/// (keyed by the reference object, thread-safe, released with it) with the page's own serializer options, so the
/// text is what serialising it inside the page's object writes.
/// </summary>
internal static class JsonLdCitation
{
    private static readonly ConditionalWeakTable<Reference, string> Serialised = new();

    public static string Of(Reference r) => Serialised.GetValue(r, static r => JsonSerializer.Serialize(
        new Dictionary<string, object?>
        {
            ["@type"] = "CreativeWork",
            ["name"] = r.Title?.PlainText,
            ["url"] = r.Doi is { } doi ? "https://doi.org/" + doi : r.Url,
        },
        ScholarMetadata.JsonLdOptions));
}
