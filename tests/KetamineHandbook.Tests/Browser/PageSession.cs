using Microsoft.Playwright;

namespace KetamineHandbook.Tests.Browser;

/// <summary>A page in its own browser context that remembers every console error, page error and failed request.</summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly List<string> _errors = [];
    private readonly StaticSiteServer _server;

    public PageSession(IBrowserContext context, IPage page, StaticSiteServer server)
    {
        Context = context;
        Page = page;
        _server = server;
        page.Console += (_, message) => { if (message.Type == "error") lock (_errors) _errors.Add($"console: {message.Text} ({message.Location})"); };
        page.PageError += (_, error) => { lock (_errors) _errors.Add($"page error: {error}"); };
        page.RequestFailed += (_, request) => { lock (_errors) _errors.Add($"request failed: {request.Url} {request.Failure}"); };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    /// <summary>Opens a site path (<c>entries/x/</c>) and waits until the page and its scripts have loaded.</summary>
    public async Task<IResponse?> GoAsync(string sitePath)
    {
        var response = await Page.GotoAsync(_server.Url(sitePath), new() { WaitUntil = WaitUntilState.Load });
        return response;
    }

    /// <summary>Fails the test if anything went wrong in the page so far (404 responses for a deliberate miss excepted by the caller).</summary>
    public void AssertNoErrors(params string[] allowed)
    {
        string[] errors;
        lock (_errors) errors = _errors.Where(e => !allowed.Any(a => e.Contains(a, StringComparison.Ordinal))).ToArray();
        Assert.True(errors.Length == 0, "errors in the page:\n" + string.Join("\n", errors));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
