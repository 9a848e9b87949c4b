using KetamineHandbook.Model;

namespace KetamineHandbook.Cli.Terminal;

/// <summary>The source line a diagnostic points at, with a gutter and a caret under its column (terminal and preview panel).</summary>
public sealed record SourceExcerpt(string Gutter, string Line, string CaretLine)
{
    public static SourceExcerpt? Read(string root, SourceLocation at)
    {
        if (at.Line <= 0) return null;
        var full = Path.Combine(root, at.Path);
        try
        {
            if (!File.Exists(full)) return null;
            var line = File.ReadLines(full).Skip(at.Line - 1).FirstOrDefault();
            if (line is null) return null;
            line = line.Replace('\t', ' ');
            var gutter = $"{at.Line,5} | ";
            var caretAt = Math.Max(0, Math.Min(at.Column - 1, line.Length));
            return new SourceExcerpt(gutter, line, new string(' ', gutter.Length - 2) + "| " + new string(' ', caretAt) + "^");
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
