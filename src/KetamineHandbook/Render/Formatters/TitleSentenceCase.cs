using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Formatters;

/// <summary>
/// Converts an English title from the title case .bib files use to the sentence case CSL data uses,
/// as Pandoc's BibTeX reader does: a word that is capitalised (one upper-case letter, then only
/// lower-case letters) is lower-cased unless it starts the title or a sentence (after '.', '?', '!' or
/// ':'), where a lower-case word is capitalised instead; protected runs (<c>{NMDA}</c>), acronyms and mixed-case words (<c>iPhone</c>) are kept. Like
/// Pandoc, the title's last word never counts as a sentence start.
/// </summary>
public static class TitleSentenceCase
{
    private enum State { Start, SentenceStart, AfterSentencePunctuation, InSentence }

    /// <summary>The title in sentence case when <paramref name="bcp47Language"/> is English or unknown; otherwise unchanged.</summary>
    public static RichText Apply(RichText title, string? bcp47Language)
    {
        if (bcp47Language is not null && !bcp47Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return title;

        var lastWord = LastWordPosition(title);
        var state = State.Start;
        var runs = new List<RichTextRun>(title.Runs.Count);
        for (var r = 0; r < title.Runs.Count; r++)
        {
            var run = title.Runs[r];
            if (run.Protected)
            {
                if (run.Text.Any(char.IsLetterOrDigit)) state = State.InSentence;
                runs.Add(run);
                continue;
            }
            var text = run.Text;
            var sb = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (IsWordChar(c))
                {
                    var start = i;
                    while (i < text.Length && IsWordChar(text[i])) i++;
                    var word = text[start..i];
                    var atStart = state == State.Start || (state == State.SentenceStart && (r, start) != lastWord);
                    sb.Append(atStart ? (IsAllLowerCase(word) ? char.ToUpperInvariant(word[0]) + word[1..] : word)
                        : IsCapitalised(word) ? word.ToLowerInvariant() : word);
                    state = State.InSentence;
                    continue;
                }
                sb.Append(c);
                i++;
                if (c is ' ' or '\u00A0')
                    state = state == State.AfterSentencePunctuation ? State.SentenceStart : state == State.Start ? State.Start : State.InSentence;
                else if (c is '.' or '?' or '!' or ':')
                    state = State.AfterSentencePunctuation;
                else if (state is not (State.Start or State.SentenceStart))
                    state = State.InSentence;
            }
            runs.Add(run with { Text = sb.ToString() });
        }
        return new RichText(runs);
    }

    private static (int Run, int Offset) LastWordPosition(RichText title)
    {
        var last = (-1, -1);
        for (var r = 0; r < title.Runs.Count; r++)
        {
            var text = title.Runs[r].Text;
            for (var i = 0; i < text.Length; i++)
                if (IsWordChar(text[i]) && (i == 0 || !IsWordChar(text[i - 1]))) last = (r, i);
        }
        return last;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’';

    private static bool IsAllLowerCase(string word) => char.IsLower(word[0]) && word.All(c => !char.IsLetter(c) || char.IsLower(c));

    private static bool IsCapitalised(string word)
    {
        if (!char.IsUpper(word[0])) return false;
        for (var i = 1; i < word.Length; i++)
            if (!char.IsLower(word[i])) return false;
        return true;
    }
}
