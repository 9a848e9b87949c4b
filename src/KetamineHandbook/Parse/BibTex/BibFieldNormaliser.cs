using System.Text;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>Normalises identifier and range fields: DOI to its bare form, PMID to digits, page ranges to an en dash.</summary>
public static class BibFieldNormaliser
{
    private static readonly string[] DoiPrefixes =
        ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "dx.doi.org/", "doi:", "doi "];

    /// <summary>The bare DOI (<c>10.xxxx/…</c>) without resolver URL or <c>doi:</c> prefix; null when empty.</summary>
    public static string? NormaliseDoi(string? raw)
    {
        if (raw is null) return null;
        var t = raw.Trim();
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var prefix in DoiPrefixes)
                if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    t = t[prefix.Length..].TrimStart();
                    stripped = true;
                }
        }
        return t.Length == 0 ? null : t;
    }

    /// <summary>True for <c>10.</c> + 4–9 digit registrant (dots allowed) + '/' + a suffix without blanks.</summary>
    public static bool IsWellFormedDoi(string doi)
    {
        if (!doi.StartsWith("10.", StringComparison.Ordinal)) return false;
        var slash = doi.IndexOf('/');
        if (slash < 7) return false;
        var registrant = doi.AsSpan(3, slash - 3);
        foreach (var c in registrant) if (!char.IsAsciiDigit(c) && c != '.') return false;
        if (slash == doi.Length - 1) return false;
        foreach (var c in doi.AsSpan(slash + 1)) if (char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>The PMID digits without a <c>PMID:</c> prefix; null when empty.</summary>
    public static string? NormalisePmid(string? raw)
    {
        if (raw is null) return null;
        var t = raw.Trim();
        if (t.StartsWith("pmid:", StringComparison.OrdinalIgnoreCase)) t = t[5..].Trim();
        return t.Length == 0 ? null : t;
    }

    public static bool IsWellFormedPmid(string pmid) => pmid.Length is > 0 and < 10 && pmid.All(char.IsAsciiDigit) && pmid.TrimStart('0').Length > 0;

    /// <summary>Each "a-b" / "a--b" range of a page list with an en dash between its ends; anything else untouched.</summary>
    public static string? NormalisePages(string? decoded)
    {
        if (string.IsNullOrWhiteSpace(decoded)) return null;
        var items = decoded.Split(',');
        var sb = new StringBuilder();
        for (var k = 0; k < items.Length; k++)
        {
            if (k > 0) sb.Append(',');
            sb.Append(NormaliseRange(items[k]));
        }
        return sb.ToString().Trim();
    }

    private static string NormaliseRange(string item)
    {
        var t = item.Trim();
        var dash = t.IndexOfAny(['-', '–', '—']);
        if (dash <= 0) return item;
        var end = dash;
        while (end < t.Length && t[end] is '-' or '–' or '—') end++;
        var from = t[..dash];
        var to = t[end..];
        if (from.Trim().Length == 0 || to.Trim().Length == 0 || !from.Trim().All(char.IsLetterOrDigit) || !to.Trim().All(char.IsLetterOrDigit)) return item;
        // Spacing around the dash is kept as written, as Pandoc keeps it.
        var lead = item.Length - item.TrimStart().Length;
        return item[..lead] + from + "–" + to;
    }
}
