using KetamineHandbook.Model;

namespace KetamineHandbook.Resolve;

/// <summary>
/// What happened to each entry between two handbook trees: added, revised (its source text differs),
/// or retired (its status became <c>retired</c>). Unchanged entries are not listed.
/// </summary>
public static class EditionChanges
{
    public static IReadOnlyList<EntryChange> Compute(DocumentIndex? previous, DocumentIndex current, IReadOnlyDictionary<string, string> notes)
    {
        var changes = new List<EntryChange>();
        foreach (var entry in current.Entries)
        {
            var before = previous?.Entry(entry.Id);
            string? change =
                before is null ? "added" :
                entry.Entry!.Status == "retired" && before.Entry!.Status != "retired" ? "retired" :
                !before.Source.SameText(entry.Source) ? "revised" : null;
            if (change is not null) changes.Add(new EntryChange(entry.Id, change, notes.GetValueOrDefault(entry.Id)));
        }
        return changes;
    }
}
