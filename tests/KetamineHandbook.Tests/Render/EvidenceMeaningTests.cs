using System.Text.RegularExpressions;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Render;

/// <summary>The badge tooltips say what the methods page says: each meaning in its tables appears in the theme's partial.</summary>
public sealed partial class EvidenceMeaningTests
{
    [Fact]
    public void Every_grade_and_status_meaning_on_the_methods_page_is_the_tooltip_text()
    {
        var methods = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "input", "pages", "methods.md"));
        var partial = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "theme", "partials", "evidence-meaning.html"));
        var rows = TableRow().Matches(methods).Select(m => (Term: m.Groups[1].Value.Trim(), Meaning: m.Groups[2].Value.Trim()))
            .Where(r => r.Term is not ("Grade" or "Status") && !r.Term.StartsWith('-')).ToList();
        Assert.True(rows.Count >= 15, $"found only {rows.Count} rows in the methods tables");
        foreach (var (term, meaning) in rows)
        {
            Assert.Contains($"when \"{term}\" }}}}{meaning}", partial);
        }
    }

    [GeneratedRegex(@"^\|\s*([a-z-]+)\s*\|\s*(.+?)\s*\|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
