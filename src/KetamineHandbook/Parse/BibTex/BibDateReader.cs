using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>Reads BibLaTeX <c>date</c> values (ISO 8601 / EDTF level 0–1, ranges with '/') and BibTeX <c>year</c> + <c>month</c>.</summary>
public static class BibDateReader
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>An ISO/EDTF date or range such as <c>2020-05-03/2020-06</c>; null when it is not one.</summary>
    public static DateValue? ReadIsoDate(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        var slash = t.IndexOf('/');
        if (slash >= 0)
        {
            var start = ReadSingle(t[..slash]);
            var endText = t[(slash + 1)..].Trim();
            if (start is null) return null;
            if (endText.Length == 0 || endText == "..") return start;
            var end = ReadSingle(endText);
            return end is null ? null : start with { EndOfRange = end };
        }
        return ReadSingle(t);
    }

    private static DateValue? ReadSingle(string text)
    {
        var t = text.Trim().TrimEnd('~', '?', '%');
        var time = t.IndexOf('T');
        if (time > 0) t = t[..time];
        var negative = t.StartsWith('-');
        if (negative) t = t[1..];
        var parts = t.Split('-');
        if (parts.Length is < 1 or > 3) return null;
        if (!IsDigits(parts[0], 1, 4)) return null;
        var year = int.Parse(parts[0]) * (negative ? -1 : 1);
        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (!IsDigits(parts[1], 2, 2)) return null;
            var m = int.Parse(parts[1]);
            if (m is >= 1 and <= 12) month = m;
            else if (m is < 21 or > 24) return null; // 21–24 are EDTF seasons: keep the year only
        }
        if (parts.Length > 2)
        {
            if (!IsDigits(parts[2], 2, 2)) return null;
            var d = int.Parse(parts[2]);
            if (d is < 1 or > 31 || month is null) return null;
            day = d;
        }
        return new DateValue(year, month, day);
    }

    /// <summary>The month number of a BibTeX month value (name, abbreviation or 1–12); null when unreadable.</summary>
    public static int? ReadMonth(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        if (int.TryParse(t, out var n)) return n is >= 1 and <= 12 ? n : null;
        var lower = t.ToLowerInvariant();
        for (var i = 0; i < MonthNames.Length; i++)
            if (lower == MonthNames[i] || lower == MonthNames[i][..3]) return i + 1;
        return null;
    }

    /// <summary>A date from BibTeX's <c>year</c> and <c>month</c>; a non-numeric year ("in press") is a literal.</summary>
    public static DateValue? FromYearMonth(string? year, string? month, out bool monthUnreadable) =>
        FromYearMonthDay(year, month, null, out monthUnreadable);

    /// <summary>As <see cref="FromYearMonth"/>, with the non-standard <c>day</c> field some exporters write.</summary>
    public static DateValue? FromYearMonthDay(string? year, string? month, string? day, out bool monthUnreadable)
    {
        monthUnreadable = false;
        if (string.IsNullOrWhiteSpace(year)) return null;
        var y = year.Trim();
        if (!IsDigits(y, 1, 4)) return new DateValue(null, Literal: y);
        int? m = null;
        if (!string.IsNullOrWhiteSpace(month))
        {
            m = ReadMonth(month);
            monthUnreadable = m is null;
        }
        int? d = m is not null && int.TryParse(day?.Trim(), out var dd) && dd is >= 1 and <= 31 ? dd : null;
        return new DateValue(int.Parse(y), m, d);
    }

    private static bool IsDigits(string s, int min, int max)
    {
        if (s.Length < min || s.Length > max) return false;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
