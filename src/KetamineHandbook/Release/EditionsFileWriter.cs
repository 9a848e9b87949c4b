using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Release;

/// <summary>
/// Appends an edition to <c>handbook/editions.yml</c> as text, so hand-written comments and errata
/// above it are kept exactly as they are.
/// </summary>
public static class EditionsFileWriter
{
    public const string Header = """
        # Released editions of the handbook, oldest first. Written by `handbook release`; do not edit a
        # released edition's fields. Corrections go under its `errata:` (date, optional entry, text).
        editions:

        """;

    public static void Append(string path, EditionRecord edition)
    {
        var text = new StringBuilder();
        if (!File.Exists(path) || new FileInfo(path).Length == 0) text.Append(Header);
        else if (!File.ReadAllText(path).EndsWith('\n')) text.Append('\n');
        text.Append(Format(edition));
        File.AppendAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    public static string Format(EditionRecord e)
    {
        var s = new StringBuilder();
        s.Append($"  - version: \"{e.Version}\"\n");
        s.Append($"    date: {e.Date:yyyy-MM-dd}\n");
        s.Append($"    summary: {Quote(e.Summary)}\n");
        s.Append($"    sha256: {e.Sha256}\n");
        if (e.Changes.Count == 0) s.Append("    changes: []\n");
        else
        {
            s.Append("    changes:\n");
            foreach (var c in e.Changes)
            {
                s.Append($"      - entry: {c.Entry}\n        change: {c.Change}\n");
                if (c.Note is { Length: > 0 } note) s.Append($"        note: {Quote(note)}\n");
            }
        }
        s.Append("    errata: []\n");
        return s.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any text a maintainer types.</summary>
    private static string Quote(string text)
    {
        var s = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': s.Append("\\\""); break;
                case '\\': s.Append("\\\\"); break;
                case '\n': s.Append("\\n"); break;
                case '\t': s.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) s.Append($"\\u{(int)c:x4}"); else s.Append(c);
                    break;
            }
        }
        return s.Append('"').ToString();
    }
}
