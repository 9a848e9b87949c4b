namespace KetamineHandbook.Bench.Corpus;

/// <summary>The Pandoc citation forms authors use; every entry cycles through all of them.</summary>
public enum CitationForm
{
    /// <summary><c>[@a]</c></summary>
    Bracketed,
    /// <summary><c>[@a; @b]</c></summary>
    Multiple,
    /// <summary><c>[see @a, p. 3]</c></summary>
    PrefixAndLocator,
    /// <summary><c>Smith and colleagues [-@a]</c></summary>
    SuppressAuthor,
    /// <summary><c>@a showed …</c></summary>
    InText,
    /// <summary><c>[e.g., @a, pp. 12-14; @b, chap. 2]</c></summary>
    MultipleWithLocators,
}

/// <summary>One citation to place in the prose: its form and the keys it cites (two for the multiple forms).</summary>
public sealed record CitationUse(CitationForm Form, string Key, string? SecondKey, int Page)
{
    /// <summary>The bracketed text put at the end of a sentence; null for the forms that open one.</summary>
    public string? Trailing => Form switch
    {
        CitationForm.Bracketed => $"[@{Key}]",
        CitationForm.Multiple => $"[@{Key}; @{SecondKey}]",
        CitationForm.PrefixAndLocator => $"[see @{Key}, p. {Page}]",
        CitationForm.MultipleWithLocators => $"[e.g., @{Key}, pp. {Page}-{Page + 4}; @{SecondKey}, chap. {1 + Page % 9}]",
        _ => null,
    };

    /// <summary>The sentence opening for the author-led forms.</summary>
    public string? Opening => Form switch
    {
        CitationForm.SuppressAuthor => $"{AuthorOf(Key)} and colleagues [-@{Key}] found that",
        CitationForm.InText => $"@{Key} showed that",
        _ => null,
    };

    /// <summary>A plausible surname from the key (keys are surname + year).</summary>
    private static string AuthorOf(string key)
    {
        var letters = new string(key.TakeWhile(char.IsLetter).ToArray());
        return char.ToUpperInvariant(letters[0]) + letters[1..];
    }
}
