using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>
/// Splits a BibTeX name list (<c>author</c>, <c>editor</c>…) into CSL names the way BibTeX does:
/// "First von Last", "von Last, First" and "von Last, Jr, First"; a name that is one brace group
/// (<c>{World Health Organization}</c>) is an institution, kept whole as a literal.
/// </summary>
public static class BibTexNameParser
{
    /// <summary>Reads a whole name list; <paramref name="useprefix"/> is BibLaTeX's option that makes "von" part of the family name for sorting.</summary>
    public static IReadOnlyList<PersonName> ParseList(string latex, bool useprefix = false)
    {
        var names = new List<PersonName>();
        foreach (var raw in SplitOnAnd(latex))
        {
            var name = ParseOne(raw, useprefix);
            if (name is not null) names.Add(name);
        }
        return names;
    }

    /// <summary>Reads one name (no "and"); null when it is empty.</summary>
    public static PersonName? ParseOne(string latex, bool useprefix = false)
    {
        var text = latex.Trim();
        if (text.Length == 0) return null;
        if (text.Equals("others", StringComparison.OrdinalIgnoreCase)) return new PersonName(Literal: "others");

        var parts = SplitOnCommas(text);
        var first = Words(parts[0]);
        if (parts.Count == 1 && first.Count == 1 && IsOneGroup(first[0]))
            return new PersonName(Literal: Decode(first[0]));

        List<string> given, von, last, jr = [];
        if (parts.Count == 1)
        {
            var w = first;
            var lastStart = w.Count - 1;
            var vonStart = -1;
            for (var i = 0; i < w.Count - 1; i++)
                if (IsLowerCase(w[i])) { vonStart = i; break; }
            if (vonStart < 0)
            {
                given = w[..lastStart];
                von = [];
                last = w[lastStart..];
            }
            else
            {
                var vonEnd = vonStart;
                for (var i = w.Count - 2; i > vonStart; i--)
                    if (IsLowerCase(w[i])) { vonEnd = i; break; }
                given = w[..vonStart];
                von = w[vonStart..(vonEnd + 1)];
                last = w[(vonEnd + 1)..];
            }
        }
        else
        {
            (von, last) = SplitVonLast(first);
            if (parts.Count == 2) given = Words(parts[1]);
            else
            {
                jr = Words(parts[1]);
                given = Words(string.Join(",", parts.Skip(2)));
            }
        }

        var particle = Join(von);
        return new PersonName(
            Family: Join(last),
            Given: Join(given),
            NonDroppingParticle: useprefix ? particle : null,
            DroppingParticle: useprefix ? null : particle,
            Suffix: Join(jr));
    }

    /// <summary>In "von Last": von runs from the first word to the last lower-case word that is not the final word ("Van de Graaff" → "Van de" + "Graaff").</summary>
    private static (List<string> Von, List<string> Last) SplitVonLast(List<string> words)
    {
        if (words.Count == 0) return ([], []);
        var vonEnd = -1;
        for (var i = words.Count - 2; i >= 0; i--)
            if (IsLowerCase(words[i])) { vonEnd = i; break; }
        return (words[..(vonEnd + 1)], words[(vonEnd + 1)..]);
    }

    private static string? Join(List<string> words) => words.Count == 0 ? null : Decode(string.Join(" ", words)) is { Length: > 0 } s ? s : null;

    private static string Decode(string latex) => LatexToUnicode.DecodePlain(latex).Replace('\u00A0', ' ');

    private static bool IsOneGroup(string word)
    {
        if (word.Length < 2 || word[0] != '{' || word[^1] != '}') return false;
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == '{') depth++;
            else if (word[i] == '}' && --depth == 0 && i != word.Length - 1) return false;
        }
        return true;
    }

    /// <summary>
    /// BibTeX decides "von" by the case of a word's first letter at brace level 0; a special character
    /// such as <c>{\"o}</c> counts by the letter it makes; a plain brace group counts as upper case.
    /// </summary>
    internal static bool IsLowerCase(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                if (i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var j = i + 2;
                    var start = j;
                    while (j < word.Length && char.IsAsciiLetter(word[j])) j++;
                    var command = word[start..j];
                    if (command.Length == 0 || LatexAccents.IsAccent(command))
                    {
                        if (command.Length == 0) j++;
                        while (j < word.Length && !char.IsLetter(word[j])) j++;
                        return j < word.Length && char.IsLower(word[j]);
                    }
                    return char.IsLower(command[0]);
                }
                return false;
            }
            if (char.IsLetter(c)) return char.IsLower(c);
        }
        return false;
    }

    internal static IEnumerable<string> SplitOnAnd(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && IsBlank(c) && i + 4 < text.Length
                     && (text[i + 1] | 0x20) == 'a' && (text[i + 2] | 0x20) == 'n' && (text[i + 3] | 0x20) == 'd'
                     && IsBlank(text[i + 4]))
            {
                yield return text[start..i];
                start = i + 4;
                i += 3;
            }
        }
        yield return text[start..];
    }

    private static List<string> SplitOnCommas(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}') depth--;
            else if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>Words at brace level 0, separated by blanks or '~' (a tie joins words of one name part).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            var separator = depth == 0 && (IsBlank(c) || c == '~');
            if (separator)
            {
                if (start >= 0) { words.Add(text[start..i]); start = -1; }
            }
            else if (start < 0) start = i;
        }
        if (start >= 0) words.Add(text[start..]);
        return words;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\n' or '\r';
}
