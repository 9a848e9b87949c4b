using System.Net;
using KetamineHandbook.Check;
using KetamineHandbook.Model;

namespace KetamineHandbook.Tests.Check;

/// <summary>External links are fetched politely and remembered; no real network is used here.</summary>
public class ExternalLinkCheckerTests
{
    private sealed class FakeServer(Func<HttpRequestMessage, HttpStatusCode> answer) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests) Requests.Add($"{request.Method} {request.RequestUri}");
            return Task.FromResult(new HttpResponseMessage(answer(request)));
        }
    }

    private static ExternalLink Link(string url) => new(url, "entries/x/index.html", new SourceLocation("input/entries/x.md", 3, 5));

    [Fact]
    public async Task BrokenLinkIsReportedAtTheMarkdownLine()
    {
        var server = new FakeServer(r => r.RequestUri!.AbsolutePath == "/gone" ? HttpStatusCode.NotFound : HttpStatusCode.OK);
        var cache = Path.Combine(Path.GetTempPath(), $"kh-links-{Guid.NewGuid():N}.json");
        var diagnostics = new DiagnosticBag();
        await new ExternalLinkChecker(server, cache, TimeProvider.System).CheckAsync([Link("https://a.example/ok"), Link("https://a.example/gone")], diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KH6007", d.Code);
        Assert.Equal(new SourceLocation("input/entries/x.md", 3, 5), d.Location);
        Assert.Contains("HTTP 404", d.Message);
        File.Delete(cache);
    }

    [Fact]
    public async Task HeadRefusedFallsBackToGet()
    {
        var server = new FakeServer(r => r.Method == HttpMethod.Head ? HttpStatusCode.MethodNotAllowed : HttpStatusCode.OK);
        var diagnostics = new DiagnosticBag();
        await new ExternalLinkChecker(server, Path.Combine(Path.GetTempPath(), $"kh-links-{Guid.NewGuid():N}.json"), TimeProvider.System)
            .CheckAsync([Link("https://b.example/page")], diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["HEAD https://b.example/page", "GET https://b.example/page"], server.Requests);
    }

    [Fact]
    public async Task GoodResultsAreCachedSoASecondRunAsksNothing()
    {
        var server = new FakeServer(_ => HttpStatusCode.OK);
        var cache = Path.Combine(Path.GetTempPath(), $"kh-links-{Guid.NewGuid():N}.json");
        await new ExternalLinkChecker(server, cache, TimeProvider.System).CheckAsync([Link("https://c.example/")], new DiagnosticBag());
        await new ExternalLinkChecker(server, cache, TimeProvider.System).CheckAsync([Link("https://c.example/")], new DiagnosticBag());
        Assert.Single(server.Requests);
        File.Delete(cache);
    }
}
