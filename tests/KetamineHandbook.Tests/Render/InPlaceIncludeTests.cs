using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Render;
using Scriban;
using Scriban.Runtime;

namespace KetamineHandbook.Tests.Render;

/// <summary>The theme's include writes partials in place, and a page comes out exactly as with Scriban's own include.</summary>
public class InPlaceIncludeTests
{
    private static readonly Dictionary<string, string> Partials = new()
    {
        ["partials/plain.html"] = "<p>one</p>\n<p>two</p>\n",
        ["partials/no-final-newline.html"] = "<b>a</b>\n<b>b</b>",
        ["partials/trimmed.html"] = "{{~ ## a comment ## ~}}\n<div>\n  <span>x</span>\n</div>\n",
        ["partials/empty.html"] = "{{ if false }}never{{ end }}",
        ["partials/blank-lines.html"] = "<ul>\n\n  <li>x</li>\n\n</ul>\n",
        ["partials/argument.html"] = "<i>{{ $1 }}</i>\n<i>{{ $1 }}</i>\n",
        ["partials/nested.html"] = "<nav>\n  {{ include 'partials/plain.html' }}\n  {{ include 'partials/trimmed.html' }}\n</nav>\n",
        ["partials/deep.html"] = "<div>\n  {{ include 'partials/nested.html' }}\n  {{ include 'partials/argument.html' 'deep' }}\n</div>\n",
        ["partials/chips.html"] = "{{~ ## an object argument, renamed ## ~}}\n{{~ chip = $1 ~}}\n<p class=\"{{ chip.status }}\">{{ chip.status }}</p>\n",
        ["partials/sets.html"] = "{{ shared = 'set in a partial' }}",
    };

    public static TheoryData<string> Layouts => new()
    {
        "<main>\n    {{ include 'partials/plain.html' }}\n</main>\n",
        "<main>\n  {{ include 'partials/no-final-newline.html' }}\n  <hr>\n</main>\n",
        "<main>\n  {{ include 'partials/trimmed.html' }}\n</main>\n",
        "<main>\n    {{ include 'partials/empty.html' }}\n    {{ include 'partials/trimmed.html' }}\n</main>\n",
        "<main>\n\t{{ include 'partials/blank-lines.html' }}\n</main>\n",
        "<main>\n  {{ for x in [1, 2] }}\n  {{ include 'partials/argument.html' x }}\n  {{ end }}\n</main>\n",
        "<header>\n  {{ include 'partials/nested.html' }}\n</header>\n",
        "<body>\n    {{ include 'partials/deep.html' }}\n</body>\n",
        "<ul>\n  {{ for e in [{status: 'supported'}, {status: 'contested'}] }}\n  <li>\n    {{ include 'partials/chips.html' e }}\n  </li>\n  {{ end }}\n</ul>\n",
        "<p>text then {{ include 'partials/plain.html' }} after</p>\n",
        "{{ include 'partials/plain.html' }}{{ include 'partials/no-final-newline.html' }}\n",
        "{{ include 'partials/sets.html' }}<p>{{ shared }}</p>\n",
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void APageComesOutAsWithScribansOwnInclude(string layout)
    {
        var files = Partials.ToDictionary(p => p.Key, p => new SourceFile(p.Key, "theme/" + p.Key, p.Value));
        files["layouts/page.html"] = new SourceFile("layouts/page.html", "theme/layouts/page.html", layout);
        var templates = ThemeTemplates.Parse(new ThemeSource("theme", files, []), new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();

        var html = templates.Render("layouts/page.html", new ScriptObject(), diagnostics, "a test page");

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(WithScribansInclude(layout), html);
    }

    [Fact]
    public void AMissingPartialIsATemplateErrorAtTheInclude()
    {
        var files = new Dictionary<string, SourceFile>
        {
            ["layouts/page.html"] = new("layouts/page.html", "theme/layouts/page.html", "<main>\n  {{ include 'partials/gone.html' }}\n</main>"),
        };
        var templates = ThemeTemplates.Parse(new ThemeSource("theme", files, []), new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();

        Assert.Null(templates.Render("layouts/page.html", new ScriptObject(), diagnostics, "a test page"));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(("theme/layouts/page.html", 2), (error.Location.Path, error.Location.Line));
        Assert.Contains("partials/gone.html", error.Message);
    }

    private static string WithScribansInclude(string layout)
    {
        var context = new TemplateContext { TemplateLoader = new PartialLoader(), StrictVariables = true };
        return Template.Parse(layout, "layouts/page.html").Render(context);
    }

    private sealed class PartialLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;
        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => Partials[templatePath];
        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Partials[templatePath]);
    }
}
