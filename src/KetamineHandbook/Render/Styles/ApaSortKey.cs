using System.Globalization;
using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Styles;

/// <summary>APA's reference-list order (author, undated first, year, title), compared the way citeproc compares sort keys.</summary>
/// <remarks>
/// citeproc renders the author list as printed ("Kavalali, E. T., &amp; Monteggia, L. M.") and compares it word by
/// word, so "Kavalali, E. T." sorts before "Kavalali, E." — mimicked here rather than comparing family names only.
/// </remarks>
public sealed class ApaSortKey : IComparable<ApaSortKey>
{
    // Each word with its primary-level form (Letters), computed once here rather than on every comparison:
    // a sort compares a key many times, and the key is kept per reference (ApaReferenceMemo).
    private readonly Word[] _authorWords;
    private readonly int _dateGroup;
    private readonly int _year, _month, _day;
    private readonly Word[] _titleWords;

    private readonly record struct Word(string Text, string Letters);

    public ApaSortKey(Reference r)
    {
        var author = r.Authors.Count > 0 ? ApaNames.Inverted(r.Authors)
            : r.Editors.Count > 0 ? ApaNames.Inverted(r.Editors)
            : r.Title?.PlainText ?? "";
        _authorWords = Words(author);
        _dateGroup = r.Issued?.Year is null ? 0 : 1;
        _year = r.Issued?.Year ?? 0;
        _month = r.Issued?.Month ?? 0;
        _day = r.Issued?.Day ?? 0;
        _titleWords = Words(r.Title?.PlainText ?? "");
    }

    public int CompareTo(ApaSortKey? other)
    {
        if (other is null) return 1;
        var c = CompareWords(_authorWords, other._authorWords);
        if (c != 0) return c;
        c = _dateGroup.CompareTo(other._dateGroup);
        if (c != 0) return c;
        c = (_year, _month, _day).CompareTo((other._year, other._month, other._day));
        return c != 0 ? c : CompareWords(_titleWords, other._titleWords);
    }

    private static Word[] Words(string text) =>
        text.Split([' ', '-', '/', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new Word(w, Letters(w))).ToArray();

    private static int CompareWords(Word[] a, Word[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = string.CompareOrdinal(a[i].Letters, b[i].Letters);
            if (c == 0) c = string.CompareOrdinal(a[i].Text, b[i].Text);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Lower-case letters and digits without accents: the primary level of a collation.</summary>
    private static string Letters(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
