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
            var distance = Parse.Spelling.Distance(wanted.ToLowerInvariant(), key.ToLowerInvariant());
            if (distance < bestDistance) { best = key; bestDistance = distance; }
        }
        return bestDistance <= limit ? best : null;
    }
}
