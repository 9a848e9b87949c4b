using System.Net;
using System.Text;

namespace KetamineHandbook.Cli.Serve;

/// <summary>
/// Adds the live-reload script (and the error panel, if any) to an HTML page as it is served by the preview.
/// It works on the response only: built output on disk never contains either.
/// </summary>
public static class PageInjector
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static byte[] Inject(byte[] page, SiteSnapshot snapshot, string sitePath, string root)
    {
        var html = Utf8.GetString(page);
        var addition = new StringBuilder();
        if (snapshot.Failed)
            addition.Append(ErrorOverlay.Html(snapshot.Errors, root, servingOlderSite: snapshot.Site is not null, ErrorSummary.Of(snapshot)));
        addition.Append($"<script src=\"/__handbook/live-reload.js\" data-generation=\"{snapshot.Generation}\" " +
                        $"data-path=\"{WebUtility.HtmlEncode(sitePath)}\" data-failed=\"{(snapshot.Failed ? "true" : "false")}\" defer></script>\n");
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = at < 0 ? html + addition : html.Insert(at, addition.ToString());
        return Utf8.GetBytes(html);
    }

    /// <summary>The page served when the very first build failed and there is no site to show yet.</summary>
    public static byte[] Placeholder() => Utf8.GetBytes("""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Handbook preview: errors</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body>
        <main><h1>The handbook does not build yet</h1></main>
        </body>
        </html>
        """);
}
