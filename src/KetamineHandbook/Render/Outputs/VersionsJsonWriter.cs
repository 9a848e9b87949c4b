using System.Text.Json.Serialization;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Outputs;

/// <summary><c>/versions.json</c>: every edition (and the living handbook) with its URL and entries, for tools and the switcher.</summary>
public static partial class VersionsJsonWriter
{
    public static string Write(SiteContext site)
    {
        var data = new VersionsDocument(
            site.Latest?.Edition!.Version,
            new LivingVersion(site.AbsoluteUrl(""), site.Living.Index.Entries.Select(e => e.Id).ToList()),
            site.Editions.Reverse().Select(t => new EditionVersion(
                t.Edition!.Version,
                SiteContext.Iso(t.Edition.Date),
                t.Edition.Summary,
                site.AbsoluteUrl(t.Prefix),
                t.Edition.Sha256,
                t.Index.Entries.Select(e => e.Id).ToList())).ToList());
        return System.Text.Json.JsonSerializer.Serialize(data, VersionsJsonContext.Default.VersionsDocument) + "\n";
    }

    // The file's shape, member for member in the order written (camel-cased, as the file has always been).
    internal sealed record VersionsDocument(string? Latest, LivingVersion Living, List<EditionVersion> Editions);
    internal sealed record LivingVersion(string Url, List<string> Entries);
    internal sealed record EditionVersion(string Version, string Date, string? Summary, string Url, string Sha256, List<string> Entries);

    // Serialisation code generated at compile time: the native CLI cannot reflect over types to build it at run time.
    [JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(VersionsDocument))]
    internal sealed partial class VersionsJsonContext : JsonSerializerContext;
}
