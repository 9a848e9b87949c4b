using KetamineHandbook.Write;

namespace KetamineHandbook.Cli.Serve;

/// <summary>What a request path maps to in the built site: a file, a redirect to the folder URL, or nothing.</summary>
public abstract record RequestTarget
{
    /// <summary>Serve this file of the site.</summary>
    public sealed record File(string SitePath) : RequestTarget;
    /// <summary>Send the browser to the folder URL (with its trailing slash).</summary>
    public sealed record Redirect(string Location) : RequestTarget;
    /// <summary>No such page: serve the site's 404 page.</summary>
    public sealed record NotFound : RequestTarget;

    /// <summary>
    /// Maps the way GitHub Pages does: <c>/entries/x/</c> serves <c>entries/x/index.html</c>, and
    /// <c>/entries/x</c> redirects to the slash form so the page's relative links resolve as they will online.
    /// </summary>
    public static RequestTarget Resolve(string requestPath, SiteOutput site)
    {
        var path = requestPath.TrimStart('/');
        if (path.Split('/').Any(segment => segment is ".." or "."))
            return new NotFound();
        if (path.Length == 0 || path.EndsWith('/'))
            return site.Contains(path + "index.html") ? new File(path + "index.html") : new NotFound();
        if (site.Contains(path)) return new File(path);
        if (site.Contains(path + "/index.html")) return new Redirect("/" + path + "/");
        return new NotFound();
    }
}
