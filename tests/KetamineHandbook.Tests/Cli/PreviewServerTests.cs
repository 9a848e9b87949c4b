using System.Net;
using System.Net.Sockets;
using KetamineHandbook.Build;
using KetamineHandbook.Cli.Serve;

namespace KetamineHandbook.Tests.Cli;

/// <summary>
/// <c>handbook serve</c> end to end on a private copy of the handbook: it answers on 127.0.0.1, reports a
/// broken save as a panel on the page (and over the live-reload stream), and clears it after the fix.
/// Waits are bounded; nothing here asserts on timing.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PreviewServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string Entry = "input/entries/glutamate-surge.md";

    private readonly FixtureWorkspace _handbook = FixtureWorkspace.FromRealHandbook();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = Patience };
    private PreviewSession _session = null!;

    public async Task InitializeAsync() =>
        _session = await PreviewSession.StartAsync(new PreviewOptions { Build = new BuildOptions { Root = _handbook.Root }, Port = 0 });

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        _http.Dispose();
        _handbook.Dispose();
    }

    private Task<string> Page(string path) => _http.GetStringAsync(new Uri(_session.Address, path));

    [Fact]
    public async Task Serve_answers_on_loopback_only_with_live_reload_in_pages()
    {
        Assert.Equal("127.0.0.1", _session.Address.Host);
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(_session.Address.Host)));

        var home = await _http.GetAsync(_session.Address);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("/__handbook/live-reload.js", await home.Content.ReadAsStringAsync());

        var folderWithoutSlash = await _http.GetAsync(new Uri(_session.Address, "entries/glutamate-surge"));
        Assert.Equal(HttpStatusCode.Redirect, folderWithoutSlash.StatusCode);
        Assert.Equal("/entries/glutamate-surge/", folderWithoutSlash.Headers.Location?.OriginalString);

        var script = await _http.GetAsync(new Uri(_session.Address, "__handbook/live-reload.js"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());

        var css = await _http.GetAsync(new Uri(_session.Address, "assets/style.css"));
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("__handbook", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serve_refuses_requests_addressed_to_another_host_name()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _session.Address);
        request.Headers.Host = "attacker.example";

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Built_output_never_contains_the_live_reload_script()
    {
        var built = BuildPipeline.Run(new BuildOptions { Root = _handbook.Root });
        Assert.True(built.Succeeded);
        Assert.All(built.Site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)),
            p => Assert.DoesNotContain("__handbook", built.Site.GetText(p)));
    }

    [Fact]
    public async Task Serve_shows_an_error_panel_after_a_broken_save_and_clears_it_after_the_fix()
    {
        var original = _handbook.Read(Entry);
        using var events = await EventStream.OpenAsync(_http, new Uri(_session.Address, "__handbook/events"));
        Assert.Contains("event: hello", await events.NextEventAsync(Patience));

        var broken = _session.NextBuildAsync(s => s.Failed);
        _handbook.Write(Entry, original.Replace("category: mechanism", "category: mechanismm"));
        await broken.WaitAsync(Patience);

        var buildEvent = await events.NextEventAsync(Patience);
        Assert.Contains("event: build", buildEvent);
        Assert.Contains("\"failed\":true", buildEvent);
        var page = await Page("entries/glutamate-surge/");
        Assert.Contains("id=\"handbook-preview-errors\"", page);
        Assert.Contains("input/entries/glutamate-surge.md:4:11", page);
        Assert.Contains("KH1106", page);
        Assert.Contains("mechanismm", page);
        // The server keeps serving the last good build underneath the panel.
        Assert.Contains("Glutamate surge", page);

        var fixedBuild = _session.NextBuildAsync(s => !s.Failed);
        _handbook.Write(Entry, original);
        await fixedBuild.WaitAsync(Patience);

        Assert.Contains("\"failed\":false", await events.NextEventAsync(Patience));
        Assert.DoesNotContain("handbook-preview-errors", await Page("entries/glutamate-surge/"));
    }

    [Fact]
    public async Task Serve_publishes_an_edit_to_the_page()
    {
        var original = _handbook.Read(Entry);
        var rebuilt = _session.NextBuildAsync(s => !s.Failed && s.ChangedPaths.Contains("entries/glutamate-surge/index.html"));
        _handbook.Write(Entry, original.Replace("## Open questions", "## Open questions\n\nA sentence written during the preview test."));
        var snapshot = await rebuilt.WaitAsync(Patience);

        Assert.Contains("A sentence written during the preview test.", await Page("entries/glutamate-surge/"));
        // Applied to the last build, not built again; the search index it defers is made when fetched.
        Assert.Contains(snapshot.Timings, t => t.Stage == "render saved documents");
        Assert.Contains("api/search.json", snapshot.ChangedPaths);
        Assert.Contains("A sentence written during the preview test.", await Page("api/search.json"));
    }

    [Fact]
    public void Serve_on_a_port_in_use_exits_with_a_usage_error_naming_the_port()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var result = CliRunner.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--root", _handbook.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"port {port}", result.Stderr);
    }
}
