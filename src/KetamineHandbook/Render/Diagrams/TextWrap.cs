namespace KetamineHandbook.Render.Diagrams;

/// <summary>
/// Breaks a title into lines for an SVG box. SVG has no text wrapping, so the build does it, measuring in
/// characters: the site uses system fonts whose widths are unknown at build time, and boxes leave slack.
/// </summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, int maxChars, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (piece, glued) in Pieces(word, maxChars))
            {
                var joiner = glued ? "" : " ";
                if (current.Length == 0) current = piece;
                else if (current.Length + joiner.Length + piece.Length <= maxChars) current += joiner + piece;
                else { lines.Add(current); current = piece; }
            }
        }
        if (current.Length > 0) lines.Add(current);
        if (lines.Count <= maxLines) return lines;

        // Too long: keep what fits and end the last kept line with an ellipsis (the full title is in the tooltip).
        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        kept[^1] = (last.Length + 1 > maxChars ? last[..(maxChars - 1)] : last).TrimEnd(',', ';', ':', ' ') + "…";
        return kept;
    }

    /// <summary>A word longer than a line is split after its hyphens if it has any, else cut hard.</summary>
    /// <remarks>Every piece after the first is glued: it continues the same word, without a space.</remarks>
    private static IEnumerable<(string Piece, bool Glued)> Pieces(string word, int maxChars)
    {
        var glued = false;
        while (word.Length > maxChars)
        {
            var cut = word.LastIndexOf('-', maxChars - 1);
            var at = cut > 0 ? cut + 1 : maxChars;
            yield return (word[..at], glued);
            word = word[at..];
            glued = true;
        }
        yield return (word, glued);
    }
}
