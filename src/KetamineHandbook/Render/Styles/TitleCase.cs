using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Styles;

/// <summary>CSL title case: capitalises lower-case words except stop words, leaving words with capitals and protected text alone.</summary>
public static class TitleCase
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on", "onto",
        "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet",
    };

    public static RichText Apply(RichText text)
    {
        var runs = new List<RichTextRun>(text.Runs.Count);
        var atStart = true;
        foreach (var run in text.Runs)
        {
            if (run.Protected) { runs.Add(run); atStart = false; continue; }
            runs.Add(run with { Text = Apply(run.Text, ref atStart) });
        }
        return new RichText(runs);
    }

    private static string Apply(string text, ref bool atStart)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                if (text[i] == ':' || text[i] == '?' || text[i] == '!') atStart = true;
                sb.Append(text[i++]);
                continue;
            }
            var end = i;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '\'' || text[end] == '’')) end++;
            var word = text[i..end];
            var isLower = word.All(c => !char.IsUpper(c));
            var capitalise = isLower && (atStart || !StopWords.Contains(word));
            sb.Append(capitalise ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            atStart = false;
            i = end;
        }
        return sb.ToString();
    }
}
