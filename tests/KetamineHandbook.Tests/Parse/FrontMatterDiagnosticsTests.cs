using KetamineHandbook.Model;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Parse;

/// <summary>Every kind of bad entry gets one precise diagnostic at its line, never a stack trace.</summary>
public class FrontMatterDiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> BuildWith(string relative, string content)
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Write(relative, content);
        var result = ws.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Site.Count);
        return result.Diagnostics.Where(d => d.IsError).ToList();
    }

    private static string Beta(string replace, string with)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures/mini/input/entries/beta.md"));
        Assert.Contains(replace, text);
        return text.Replace(replace, with);
    }

    [Fact]
    public void UnknownKeyIsAnErrorWithDidYouMean()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", Beta("reviewed: 2026-11-02", "reviewd: 2026-11-02")), x => x.Code == "KH1104");
        Assert.Equal(new SourceLocation("input/entries/beta.md", 9, 1), d.Location);
        Assert.Contains("did you mean 'reviewed'?", d.Message);
    }

    [Fact]
    public void AllProblemsAreReportedInOneRun()
    {
        var errors = BuildWith("input/entries/beta.md", Beta("status: speculative", "status: maybe\ncolour: red").Replace("clinical: none", "clinical: strong"));
        Assert.Contains(errors, d => d.Code == "KH1106" && d.Message.Contains("'status'"));
        Assert.Contains(errors, d => d.Code == "KH1104" && d.Message.Contains("'colour'"));
        Assert.Contains(errors, d => d.Code == "KH1106" && d.Message.Contains("'evidence.clinical'"));
    }

    [Fact]
    public void MissingRequiredFieldIsNamed()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", Beta("reviewed: 2026-11-02\n", "")));
        Assert.Equal("KH1105", d.Code);
        Assert.Contains("'reviewed'", d.Message);
    }

    [Fact]
    public void InvalidDateSaysHowToWriteIt()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", Beta("2026-11-02", "2026-02-30")));
        Assert.Equal("KH1108", d.Code);
        Assert.Equal(9, d.Location.Line);
        Assert.Contains("YYYY-MM-DD", d.Message);
    }

    [Fact]
    public void MalformedYamlPointsAtItsLine()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", Beta("category: mechanism", "category: [mechanism")));
        Assert.Equal("KH1103", d.Code);
        Assert.True(d.Location.Line >= 4, d.ToString());
    }

    [Fact]
    public void MissingFrontMatterDelimiter()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", "# Just markdown\n"));
        Assert.Equal("KH1101", d.Code);
    }

    [Fact]
    public void UnclosedFrontMatter()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", "---\ntitle: x\n\n## Body\n"));
        Assert.Equal("KH1102", d.Code);
    }

    [Fact]
    public void EmptyFile()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", ""));
        Assert.Equal("KH1005", d.Code);
    }

    [Fact]
    public void NonUtf8File()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        File.WriteAllBytes(ws.PathOf("input/entries/beta.md"), [.. "---\ntitle: caf"u8, 0xE9, .. "\n---\n"u8]);
        var d = Assert.Single(ws.Build().Diagnostics, x => x.IsError);
        Assert.Equal("KH1003", d.Code);
        Assert.Equal(2, d.Location.Line);
    }

    [Fact]
    public void NonMarkdownFileInEntries()
    {
        var d = Assert.Single(BuildWith("input/entries/notes.txt", "hello"));
        Assert.Equal("KH1006", d.Code);
        Assert.Equal("input/entries/notes.txt", d.Location.Path);
    }

    [Fact]
    public void FileNameMustBeAValidId()
    {
        var d = Assert.Single(BuildWith("input/entries/Bad_Name.md", Beta("Beta mechanism", "Badly named")));
        Assert.Equal("KH1007", d.Code);
    }

    [Fact]
    public void LinkToMissingEntrySuggestsTheClosestId()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", Beta("(alpha.md)", "(alpah.md)")));
        Assert.Equal("KH2001", d.Code);
        Assert.Contains("did you mean 'alpha.md'?", d.Message);
        Assert.Equal(14, d.Location.Line);
    }

    [Fact]
    public void LinkToMissingHeadingNamesTheAnchor()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", Beta("about.md#scope", "about.md#scopes")));
        Assert.Equal("KH2002", d.Code);
        Assert.Contains("did you mean '#scope'?", d.Message);
    }

    [Fact]
    public void PathTraversalInALinkIsRefused()
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", Beta("(alpha.md)", "(../../../etc/passwd)")));
        Assert.Equal("KH2003", d.Code);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("[click](javascript:alert(1))")]
    public void ScriptInjectionIsAnError(string payload)
    {
        var d = Assert.Single(BuildWith("input/entries/beta.md", Beta("None yet.", payload)));
        Assert.Equal("KH2101", d.Code);
    }

    [Fact]
    public void TemplateSyntaxErrorNamesTheTemplateAndLine()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Write("theme/layouts/page.html", "<article>\n{{ if page.title }\n</article>\n");
        var d = Assert.Single(ws.Build().Diagnostics, x => x.IsError);
        Assert.Equal("KH5002", d.Code);
        Assert.Equal("theme/layouts/page.html", d.Location.Path);
        Assert.Equal(2, d.Location.Line);
    }

    [Fact]
    public void TemplateRuntimeErrorNamesTheTemplateAndLine()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Write("theme/layouts/page.html", "<article>\n{{ page.no_such_member.deeper }}\n</article>\n");
        var d = Assert.Single(ws.Build().Diagnostics.Where(x => x.IsError).DistinctBy(x => x.Code));
        Assert.Equal("KH5003", d.Code);
        Assert.Equal("theme/layouts/page.html", d.Location.Path);
        Assert.Equal(2, d.Location.Line);
    }

    [Fact]
    public void MissingThemeFolder()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        Directory.Delete(ws.PathOf("theme"), true);
        var d = Assert.Single(ws.Build().Diagnostics, x => x.IsError);
        Assert.Equal("KH5001", d.Code);
    }
}
