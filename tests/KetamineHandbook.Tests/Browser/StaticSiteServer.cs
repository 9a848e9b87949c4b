using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace KetamineHandbook.Tests.Browser;

/// <summary>
/// Serves a built site on 127.0.0.1 the way GitHub Pages does: below a base path, <c>dir/</c> → <c>dir/index.html</c>,
/// and <c>404.html</c> with status 404 for anything missing. Serving below a path proves that relative links hold.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string origin, string basePath)
    {
        _app = app;
        Origin = origin;
        BasePath = basePath;
    }

    /// <summary><c>http://127.0.0.1:PORT</c>.</summary>
    public string Origin { get; }
    /// <summary>The site's path on the host, with both slashes.</summary>
    public string BasePath { get; }
    /// <summary>The absolute URL of a site path (<c>entries/x/</c>).</summary>
    public string Url(string sitePath) => Origin + BasePath + sitePath;

    public static async Task<StaticSiteServer> StartAsync(string siteDir, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        app.Run(async context => await Serve(context, siteDir, basePath, types));
        await app.StartAsync();
        var origin = app.Urls.First().TrimEnd('/');
        return new StaticSiteServer(app, origin, basePath);
    }

    private static async Task Serve(HttpContext context, string siteDir, string basePath, FileExtensionContentTypeProvider types)
    {
        var path = context.Request.Path.Value ?? "/";
        string? file = null;
        if (path.StartsWith(basePath, StringComparison.Ordinal) || path + "/" == basePath)
        {
            var relative = path.Length >= basePath.Length ? Uri.UnescapeDataString(path[basePath.Length..]) : "";
            if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
            var full = Path.GetFullPath(Path.Combine(siteDir, relative));
            if (full.StartsWith(Path.GetFullPath(siteDir), StringComparison.Ordinal) && File.Exists(full)) file = full;
            else if (Directory.Exists(full))
            {
                context.Response.Redirect(path + "/");
                return;
            }
        }
        if (file is null)
        {
            context.Response.StatusCode = 404;
            file = Path.Combine(siteDir, "404.html");
        }
        context.Response.ContentType = types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (context.Response.ContentType.StartsWith("text/", StringComparison.Ordinal)) context.Response.ContentType += "; charset=utf-8";
        await context.Response.SendFileAsync(file);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
