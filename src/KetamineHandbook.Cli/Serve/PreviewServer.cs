using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineHandbook.Cli.Serve;

/// <summary>
/// The HTTP side of the preview: Kestrel bound to 127.0.0.1 only (nothing else on the network can reach a
/// contributor's draft), serving the current in-memory site with the live-reload script added to HTML pages.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly Func<SiteSnapshot> _current;
    private readonly Task _firstBuild;
    private readonly ReloadBroadcaster _broadcaster;
    private readonly string _root;

    private PreviewServer(WebApplication app, Func<SiteSnapshot> current, Task firstBuild, ReloadBroadcaster broadcaster, string root)
    {
        _app = app;
        _current = current;
        _firstBuild = firstBuild;
        _broadcaster = broadcaster;
        _root = root;
        _app.Run(HandleAsync);
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Binds the port (0 picks a free one) and starts answering; pages wait for <paramref name="firstBuild"/>.</summary>
    public static async Task<PreviewServer> StartAsync(int port, string root, Func<SiteSnapshot> current, Task firstBuild, ReloadBroadcaster broadcaster, CancellationToken cancel)
    {
        // The empty builder brings no configuration files, logging or file watching of its own:
        // the only watcher is ours, on input/, theme/ and handbook/.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(root) });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var server = new PreviewServer(builder.Build(), current, firstBuild, broadcaster, root);
        await server._app.StartAsync(cancel);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        // Loopback binding keeps other machines out; checking Host also keeps out web pages that rebind
        // their own domain name to 127.0.0.1 to read local servers (DNS rebinding).
        if (request.Host.Host is not ("127.0.0.1" or "localhost" or "[::1]"))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var path = request.Path.Value ?? "/";
        if (path == ReloadBroadcaster.EventsPath)
        {
            await _firstBuild.WaitAsync(context.RequestAborted);
            await _broadcaster.StreamAsync(context, _current());
            return;
        }
        if (path.StartsWith(PreviewAssets.Prefix, StringComparison.Ordinal))
        {
            if (PreviewAssets.Find(path[PreviewAssets.Prefix.Length..]) is { } asset)
                await WriteAsync(context, StatusCodes.Status200OK, asset.ContentType, asset.Bytes);
            else response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await _firstBuild.WaitAsync(context.RequestAborted);
        var snapshot = _current();
        if (snapshot.Site is not { } site)
        {
            await WriteAsync(context, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8",
                PageInjector.Inject(PageInjector.Placeholder(), snapshot, "", _root));
            return;
        }
        switch (RequestTarget.Resolve(path, site))
        {
            case RequestTarget.Redirect redirect:
                response.Redirect(redirect.Location + request.QueryString);
                return;
            case RequestTarget.File file:
                await ServeFileAsync(context, StatusCodes.Status200OK, file.SitePath, site.Get(file.SitePath)!, snapshot);
                return;
            default:
                if (site.Get("404.html") is { } notFound)
                    await ServeFileAsync(context, StatusCodes.Status404NotFound, "404.html", notFound, snapshot);
                else
                    await WriteAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found in the handbook preview.\n"u8.ToArray());
                return;
        }
    }

    private Task ServeFileAsync(HttpContext context, int status, string sitePath, byte[] bytes, SiteSnapshot snapshot)
    {
        if (!ContentTypes.TryGetContentType(sitePath, out var type)) type = "application/octet-stream";
        if (type == "text/html")
            return WriteAsync(context, status, "text/html; charset=utf-8", PageInjector.Inject(bytes, snapshot, sitePath, _root));
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript" or "image/svg+xml")
            type += "; charset=utf-8";
        return WriteAsync(context, status, type, bytes);
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] bytes)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        _broadcaster.Close();
        try { await _app.StopAsync(); }
        finally { await _app.DisposeAsync(); }
    }
}
