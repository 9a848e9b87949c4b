using System.Text.RegularExpressions;

namespace KetamineHandbook.Render.Styles;

/// <summary>Page ranges as styles print them: an en dash between first and last page, optionally shortened.</summary>
public static partial class PageRange
{
    /// <summary>"351-354" or "351--354" → "351–354"; text that is not a simple range is left as written.</summary>
    /// <remarks>Most locators ("p. 3", "chap. 2") have no dash at all: they are returned as they are without running the
    /// regex, which is what Replace would return for them too. Every citation with a locator comes through here.</remarks>
    public static string WithEnDash(string pages) =>
        pages.AsSpan().IndexOfAny(Dashes) < 0 ? pages : Range().Replace(pages, m => $"{m.Groups[1].Value}–{m.Groups[2].Value}");

    // The separators Range() accepts between two pages; without one of them it cannot match.
    private const string Dashes = "-–—";

    /// <summary>Vancouver's minimal form: "351–354" → "351–4", "1299–1313" → "1299–313".</summary>
    public static string Minimal(string pages) => Range().Replace(pages, m =>
    {
        var first = m.Groups[1].Value;
        var last = m.Groups[2].Value;
        if (first.Length == last.Length && first.All(char.IsDigit) && last.All(char.IsDigit))
        {
            var same = 0;
            while (same < first.Length - 1 && first[same] == last[same]) same++;
            last = last[same..];
        }
        return $"{first}–{last}";
    });

    [GeneratedRegex(@"(\w+(?:\.\w+)?)\s*(?:-{1,2}|–|—)\s*(\w+(?:\.\w+)?)")]
    private static partial Regex Range();
}
