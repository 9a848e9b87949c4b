using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Render;
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

    /// <summary>Ways of writing base.html that give the same page; only the first can be spliced.</summary>
    public static TheoryData<string> Bases => new()
    {
        PlainBase,
        "<html>\n<main>\n{{ if true }}{{ content }}{{ end }}\n</main>\n</html>\n",
        "<html>\n<main>\n{{ content | string.replace 'never there' 'x' }}\n</main>\n</html>\n",
        "<html>\n{{ x = content }}<main>\n{{ x }}\n</main>\n</html>\n",
    };

    private static ThemeTemplates Theme(string baseHtml)
    {
        var files = new Dictionary<string, SourceFile>
        {
            ["layouts/page.html"] = new("layouts/page.html", "theme/layouts/page.html", Layout),
            ["layouts/base.html"] = new("layouts/base.html", "theme/layouts/base.html", baseHtml),
        };
        return ThemeTemplates.Parse(new ThemeSource("theme", files, []), new DiagnosticBag())!;
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
