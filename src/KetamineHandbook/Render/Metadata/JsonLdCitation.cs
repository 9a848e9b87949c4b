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
    // One instance for every reference: options cache the serialisation metadata they build, so a new instance per
    // call redoes that work each time (the documented System.Text.Json pitfall).
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly ConditionalWeakTable<Reference, string> Serialised = new();

    public static string Of(Reference r) => Serialised.GetValue(r, static r => JsonSerializer.Serialize(
        new Dictionary<string, object?>
        {
            ["@type"] = "CreativeWork",
            ["name"] = r.Title?.PlainText,
            ["url"] = r.Doi is { } doi ? "https://doi.org/" + doi : r.Url,
        },
        Options));
}
