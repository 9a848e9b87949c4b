using KetamineHandbook.Model;

namespace KetamineHandbook.Parse;

/// <summary>The YAML between the opening and closing <c>---</c> lines, and the Markdown after it.</summary>
public sealed record FrontMatterSplit(string Yaml, string Body, int BodyLineOffset);

/// <summary>Splits a Markdown file into front matter and body, reporting missing or unclosed delimiters.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterSplit? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, new(path, 1, 1),
                "the file is empty; start it with front matter between two '---' lines (run 'handbook new entry <id>' for a template)");
            return null;
        }
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---"))
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, new(path, 1, 1),
                "the file must start with a '---' line opening the YAML front matter (title, summary, …)");
            return null;
        }
        var line = 2;
        var pos = 4;
        while (pos <= text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var current = end < 0 ? text[pos..] : text[pos..end];
            if (current.TrimEnd() is "---" or "...")
            {
                var yaml = text[4..pos];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatterSplit(yaml, body, line);
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, new(path, 1, 1),
            "the front matter opened on line 1 is never closed; add a '---' line after the last YAML line");
        return null;
    }
}
