using System.Text.Json;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Outputs;

/// <summary><c>/versions.json</c>: every edition (and the living handbook) with its URL and entries, for tools and the switcher.</summary>
public static class VersionsJsonWriter
{
    public static string Write(SiteContext site)
    {
        var data = new
        {
            latest = site.Latest?.Edition!.Version,
            living = new { url = site.AbsoluteUrl(""), entries = site.Living.Index.Entries.Select(e => e.Id).ToList() },
            editions = site.Editions.Reverse().Select(t => new
            {
                version = t.Edition!.Version,
                date = SiteContext.Iso(t.Edition.Date),
                summary = t.Edition.Summary,
                url = site.AbsoluteUrl(t.Prefix),
                sha256 = t.Edition.Sha256,
                entries = t.Index.Entries.Select(e => e.Id).ToList(),
            }).ToList(),
        };
        return JsonSerializer.Serialize(data, new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
