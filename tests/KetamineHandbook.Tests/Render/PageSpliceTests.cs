using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Render;
using KetamineHandbook.Tests.Support;
using Scriban.Runtime;

namespace KetamineHandbook.Tests.Render;

/// <summary>
/// A page is its layout inside base.html. Where base.html writes <c>{{ content }}</c> plainly the two are spliced
/// together without a string in between; the page is the same whichever way base.html uses <c>content</c>.
/// </summary>
public class PageSpliceTests
{
    private const string PlainBase = "<html>\n<main>\n{{ content }}\n</main>\n</html>\n";
    private const string Layout = "<article>\n  <h1>{{ page_title }}</h1>\n  {{ body }}\n</article>\n";

    /// <summary>Ways of writing base.html that give the same page as <see cref="PlainBase"/> but cannot be spliced.</summary>
    private static readonly string[] OtherBases =
    [
        "<html>\n<main>\n{{ if true }}{{ content }}{{ end }}\n</main>\n</html>\n",
        "<html>\n<main>\n{{ content | string.replace 'never there' 'x' }}\n</main>\n</html>\n",
        "<html>\n{{ x = content }}<main>\n{{ x }}\n</main>\n</html>\n",
    ];

    public static TheoryData<string> Bases => new([PlainBase, .. OtherBases]);

    private static ThemeTemplates Theme(string baseHtml, string? partial = null)
    {
        var files = new Dictionary<string, SourceFile>
        {
            ["layouts/page.html"] = new("layouts/page.html", "theme/layouts/page.html", Layout),
            ["layouts/base.html"] = new("layouts/base.html", "theme/layouts/base.html", baseHtml),
        };
        if (partial is not null) files["partials/p.html"] = new("partials/p.html", "theme/partials/p.html", partial);
        return ThemeTemplates.Parse(new ThemeSource("theme", files, []), new DiagnosticBag())!;
    }

    [Fact]
    public void TheHandbooksOwnThemeSplicesItsPages()
    {
        var theme = ThemeSource.Load(Path.Combine(RepositoryRoot.Path, "theme"), "theme", new DiagnosticBag())!;
        Assert.True(ThemeTemplates.Parse(theme, new DiagnosticBag())!.SplicesPages);
    }

    [Fact]
    public void OnlyAPlainTopLevelContentIsSpliced()
    {
        Assert.True(Theme(PlainBase).SplicesPages);
        Assert.All(OtherBases, b => Assert.False(Theme(b).SplicesPages));
        Assert.True(Theme(PlainBase, "<p>{{ page.title }}</p>").SplicesPages);
    }

    [Fact]
    public void APartialThatReadsContentTurnsSplicingOff()
    {
        var theme = Theme(PlainBase.Replace("</html>", "{{ include 'partials/p.html' }}</html>"), "<p>{{ content | string.size }}</p>");
        var diagnostics = new DiagnosticBag();

        Assert.False(theme.SplicesPages);
        var page = Page(theme, "<p>x</p>", diagnostics);
        var layoutText = "<article>\n  <h1>A title</h1>\n  <p>x</p>\n</article>\n";
        Assert.EndsWith($"<p>{layoutText.Length}</p></html>\n", page);
    }

    private static string? Page(ThemeTemplates templates, string body, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject { ["page_title"] = "A title", ["body"] = body };
        return templates.RenderPage("layouts/page.html", globals, diagnostics, "a test page")?.ToString();
    }

    [Theory]
    [MemberData(nameof(Bases))]
    public void ThePageIsTheLayoutInsideBaseHowever_content_IsUsed(string baseHtml)
    {
        var diagnostics = new DiagnosticBag();

        var page = Page(Theme(baseHtml), "<p>Body text.</p>", diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("<html>\n<main>\n<article>\n  <h1>A title</h1>\n  <p>Body text.</p>\n</article>\n\n</main>\n</html>\n", page);
    }

    [Fact]
    public void APageWhoseOwnTextHoldsTheMarkerIsStillWhole()
    {
        var body = $"<p>before {ThemeTemplates.ContentMarker} after</p>";
        var diagnostics = new DiagnosticBag();

        var page = Page(Theme(PlainBase), body, diagnostics);

        Assert.Equal($"<html>\n<main>\n<article>\n  <h1>A title</h1>\n  {body}\n</article>\n\n</main>\n</html>\n", page);
    }

    [Theory]
    [InlineData("<html>\n{{ content }}\n{{ missing.name }}\n</html>\n")]
    [InlineData("<html>\n{{ if true }}{{ content }}{{ end }}\n{{ missing.name }}\n</html>\n")]
    public void AnErrorInBaseIsReportedAtItsLineAndGivesNoPage(string baseHtml)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(Page(Theme(baseHtml), "<p>x</p>", diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(("theme/layouts/base.html", 3), (error.Location.Path, error.Location.Line));
    }
}
