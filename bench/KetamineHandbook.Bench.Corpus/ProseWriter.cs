using System.Text;

namespace KetamineHandbook.Bench.Corpus;

/// <summary>
/// Writes synthetic but well-formed prose into a Markdown buffer, drawing citations and cross-links
/// from queues so each lands inside a sentence, and counting words against the entry's budget.
/// </summary>
public sealed class ProseWriter(Random random, Queue<CitationUse> citations, Queue<string> crossLinks)
{
    private readonly StringBuilder _text = new();
    private int _sentences;

    public int Words { get; private set; }
    public int CitationsLeft => citations.Count;
    public int CrossLinksLeft => crossLinks.Count;

    /// <summary>A sentence draws a citation every <see cref="CitationStride"/> sentences (set from the budget).</summary>
    public int CitationStride { get; set; } = 4;

    public void Heading(int level, string text) => Line($"{new string('#', level)} {text}").Line("");

    public ProseWriter Line(string text)
    {
        _text.Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes sentences until the paragraph has about <paramref name="words"/> words.</summary>
    public void Paragraph(int words)
    {
        var start = Words;
        var first = true;
        while (Words - start < words || first)
        {
            if (!first) _text.Append(' ');
            _text.Append(Sentence());
            first = false;
        }
        _text.Append("\n\n");
    }

    /// <summary>One sentence, carrying the next citation or cross-link when its turn has come.</summary>
    public string Sentence()
    {
        _sentences++;
        if (crossLinks.Count > 0 && _sentences % 7 == 3) return Count(crossLinks.Dequeue());
        var due = citations.Count > 0 && _sentences % CitationStride == 0;
        // A hedge carries no citation, so it is only chosen when no citation is due (none may be lost).
        if (!due && random.Next(5) == 0) return Count(random.Pick(Vocabulary.Hedges));
        var cite = due ? citations.Dequeue() : null;
        var claim = $"{random.Pick(Vocabulary.Verbs)} {random.Pick(Vocabulary.Adjectives)} {random.Pick(Vocabulary.Objects)} {random.Pick(Vocabulary.Settings)}";
        if (cite?.Opening is { } opening)
            return Count($"{opening} {Lower(random.Pick(Vocabulary.Subjects))} {claim}.");
        var trailing = cite?.Trailing is { } t ? " " + t : "";
        return Count($"{random.Pick(Vocabulary.Subjects)} {claim}{trailing}.");
    }

    /// <summary>Places whatever citations and links are still queued, so every planned one appears.</summary>
    public void Flush()
    {
        while (citations.Count > 0 || crossLinks.Count > 0)
        {
            CitationStride = 1;
            Paragraph(1);
        }
    }

    public override string ToString() => _text.ToString();

    private string Count(string sentence)
    {
        Words += 1 + sentence.Count(c => c == ' ');
        return sentence;
    }

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
