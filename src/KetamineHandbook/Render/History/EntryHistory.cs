using KetamineHandbook.Build;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.History;

/// <summary>
/// The editions an entry appears in, oldest first, with what changed in each: read from editions.yml's
/// change records, and for editions without one, derived from the snapshots themselves.
/// </summary>
public static class EntryHistory
{
    /// <summary>Site path of the page showing an entry's diff from the previous edition to <paramref name="tree"/>.</summary>
    public static string DiffPath(HandbookTree tree, string id) => tree.Prefix + SiteUrls.Entry(id) + "changes/";

    public static IReadOnlyList<EntryHistoryView> For(SiteContext site, string id)
    {
        var history = new List<EntryHistoryView>();
        HandbookTree? previous = null;
        foreach (var tree in site.Editions)
        {
            var doc = tree.Index.Entry(id);
            if (doc is null) { previous = tree; continue; }
            var recorded = tree.Edition!.Changes.FirstOrDefault(c => c.Entry == id);
            var before = previous?.Index.Entry(id);
            var change = recorded?.Change ?? (before is null ? "added" : !before.Source.SameText(doc.Source) ? "revised" : "unchanged");
            var diff = before is not null && !before.Source.SameText(doc.Source) ? DiffPath(tree, id) : null;
            history.Add(new EntryHistoryView(tree.Edition.Version, SiteContext.Iso(tree.Edition.Date), change, recorded?.Note,
                tree.Prefix + SiteUrls.Entry(id), diff));
            previous = tree;
        }
        return history;
    }

    /// <summary>The previous tree to diff against: the edition before <paramref name="tree"/>, or the latest edition for the living handbook.</summary>
    public static HandbookTree? PreviousOf(SiteContext site, HandbookTree tree)
    {
        if (tree.Edition is null) return site.Latest;
        var i = site.Editions.ToList().IndexOf(tree);
        return i > 0 ? site.Editions[i - 1] : null;
    }
}
