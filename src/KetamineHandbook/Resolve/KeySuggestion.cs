namespace KetamineHandbook.Resolve;

/// <summary>Finds the catalog key an author most likely meant, by edit distance, for "did you mean" messages.</summary>
public static class KeySuggestion
{
    /// <summary>The closest key within a distance that still looks like a typo, or null.</summary>
    public static string? Closest(string wanted, IEnumerable<string> keys)
    {
        var exactIgnoringCase = keys.FirstOrDefault(k => string.Equals(k, wanted, StringComparison.OrdinalIgnoreCase));
        if (exactIgnoringCase is not null) return exactIgnoringCase;

        var limit = Math.Max(2, wanted.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var key in keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (Math.Abs(key.Length - wanted.Length) > limit) continue;
            var distance = Distance(wanted.ToLowerInvariant(), key.ToLowerInvariant());
            if (distance < bestDistance) { best = key; bestDistance = distance; }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
