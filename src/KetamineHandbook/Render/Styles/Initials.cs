using System.Text;

namespace KetamineHandbook.Render.Styles;

/// <summary>Turns given names into initials: "Rong-Jian" → "R.-J." (APA) or "RJ" (Vancouver).</summary>
public static class Initials
{
    /// <param name="afterInitial">Written after each initial: ". " for APA ("R. M."), "" for Vancouver ("RM").</param>
    /// <param name="keepHyphen">Whether hyphenated names keep the hyphen between initials ("R.-J.").</param>
    public static string Of(string? given, string afterInitial, bool keepHyphen)
    {
        if (string.IsNullOrWhiteSpace(given)) return "";
        var sb = new StringBuilder();
        // "J.B." and "J. B." are two names; split on spaces and after periods.
        var words = given.Replace(".", ". ").Replace(". -", ".-").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            var first = true;
            foreach (var part in parts)
            {
                var letter = part.FirstOrDefault(char.IsLetter);
                if (letter == default) continue;
                // citeproc drops lower-case parts after a hyphen: "Peng-fei" → "P.", while "Rong-Jian" → "R.-J.".
                if (!first && char.IsLower(letter)) continue;
                if (!first)
                {
                    if (keepHyphen) { TrimEndSpace(sb); sb.Append('-'); }
                }
                sb.Append(char.ToUpperInvariant(letter)).Append(afterInitial);
                first = false;
            }
        }
        TrimEndSpace(sb);
        return sb.ToString();
    }

    private static void TrimEndSpace(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
    }
}
