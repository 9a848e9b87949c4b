using KetamineHandbook.Build;
using KetamineHandbook.Model;

namespace KetamineHandbook.Resolve;

/// <summary>
/// An entry id is a permanent URL: once released, the living handbook must keep the entry (retired, if
/// its content moved) so the URL keeps answering and says where the content went.
/// </summary>
public static class PermanentIds
{
    public static void Check(HandbookTree living, IReadOnlyList<HandbookTree> editions, DiagnosticBag diagnostics)
    {
        foreach (var (id, version) in editions.SelectMany(t => t.Index.Entries.Select(e => (e.Id, t.Edition!.Version)))
                     .GroupBy(x => x.Id).Select(g => g.First()))
        {
            if (living.Index.Entry(id) is not null || living.Index.IsUnparsed(DocumentKind.Entry, id)) continue;
            diagnostics.Error(DiagnosticCodes.EntryRemoved, new($"{living.Source.Root.Split(Path.DirectorySeparatorChar).Last()}/entries/{id}.md"),
                $"entry '{id}' was released in edition {version} and its URL is permanent; restore the file and set 'status: retired' with 'replaced_by: <id>' instead of deleting it");
        }
    }
}
