using System.Text.Json;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Write;

namespace KetamineHandbook.Render.Outputs;

/// <summary>
/// The site-wide <c>404.html</c>, rendered through the theme (<c>layouts/not-found.html</c>). Every link in it
/// is absolute from the site's base path, because the same file answers for <c>/x</c> and <c>/v/1.0.0/entries/y/z</c>.
/// </summary>
public static class NotFoundPage
{
    public const string Path = "404.html";

    public static void Render(SiteContext site, PageComposer composer, NavigationView nav, SiteOutput output, DiagnosticBag diagnostics)
    {
        var basePath = BasePath(site.BaseUrl);
        var page = new PageView
        {
            Kind = "not-found",
            Title = "Page not found",
            Description = "This address is not part of the handbook. Try one of the entries listed here, or search.",
            Path = Path,
            Root = basePath,
            SiteRoot = basePath,
            Url = site.AbsoluteUrl(Path),
            CanonicalUrl = "",
            Indexable = false,
        };
        var view = new NotFoundView
        {
            BasePath = basePath,
            Entries = nav.Categories.SelectMany(c => c.Entries).OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(),
            DataJson = DataJson(site),
        };
        var html = composer.Compose(site.Living, nav, page, null, new Dictionary<string, object?> { ["not_found"] = view }, diagnostics);
        if (html is { } text) output.Add(Path, SiteOutput.Encode(text.Span));
    }

    /// <summary>The path part of the base URL with a trailing slash; <c>/</c> when it has none or is not a URL.</summary>
    public static string BasePath(string baseUrl) =>
        Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";

    /// <summary>
    /// <c>{"editions":{"":{"label":…,"entries":{id:title}},"1.0.0":{…}}}</c>. The default encoder escapes
    /// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the JSON can sit inside a script element.
    /// </summary>
    private static string DataJson(SiteContext site)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartObject("editions");
            foreach (var tree in site.AllTrees)
            {
                json.WriteStartObject(tree.Edition?.Version ?? "");
                json.WriteString("label", tree.Label);
                json.WriteStartObject("entries");
                foreach (var entry in tree.Index.Entries.Where(e => e.Entry!.Status != "retired"))
                    json.WriteString(entry.Id, entry.Title);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
