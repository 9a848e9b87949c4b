using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using KetamineHandbook.Render.Views;

namespace KetamineHandbook.Render.History;

/// <summary>A readable line diff of an entry's Markdown between two editions, unchanged stretches collapsed.</summary>
public static class EntryTextDiff
{
    private const int Context = 2;

    public static (IReadOnlyList<DiffLineView> Lines, int Inserted, int Deleted) Compute(string oldText, string newText)
    {
        var model = InlineDiffBuilder.Diff(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var raw = new List<DiffLineView>();
        int oldNo = 0, newNo = 0, inserted = 0, deleted = 0;
        foreach (var line in model.Lines)
        {
            switch (line.Type)
            {
                case ChangeType.Inserted: raw.Add(new("ins", line.Text, null, ++newNo)); inserted++; break;
                case ChangeType.Deleted: raw.Add(new("del", line.Text, ++oldNo, null)); deleted++; break;
                default: raw.Add(new("same", line.Text, ++oldNo, ++newNo)); break;
            }
        }
        // Keep changed lines and a little context around them; say how many lines were skipped elsewhere.
        var keep = new bool[raw.Count];
        for (int i = 0; i < raw.Count; i++)
            if (raw[i].Kind != "same")
                for (int j = Math.Max(0, i - Context); j <= Math.Min(raw.Count - 1, i + Context); j++) keep[j] = true;
        var lines = new List<DiffLineView>();
        int skipped = 0;
        for (int i = 0; i < raw.Count; i++)
        {
            if (keep[i])
            {
                if (skipped > 0) { lines.Add(new("skip", $"{skipped} unchanged line{(skipped == 1 ? "" : "s")}", null, null)); skipped = 0; }
                lines.Add(raw[i]);
            }
            else skipped++;
        }
        if (skipped > 0) lines.Add(new("skip", $"{skipped} unchanged line{(skipped == 1 ? "" : "s")}", null, null));
        return (lines, inserted, deleted);
    }
}
