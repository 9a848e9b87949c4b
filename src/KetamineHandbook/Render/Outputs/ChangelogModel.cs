using KetamineHandbook.Render.History;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Outputs;

/// <summary>Builds the changelog's data from editions.yml and the snapshots: what's new in each edition, and what is not yet released.</summary>
public static class ChangelogModel
{
    public static ChangelogView Build(SiteContext site)
    {
        var editions = site.Editions.Reverse().Select(tree =>
        {
            var e = tree.Edition!;
            var changes = e.Changes.Select(c =>
            {
                var doc = tree.Index.Entry(c.Entry);
                var previous = EntryHistory.PreviousOf(site, tree)?.Index.Entry(c.Entry);
                var hasDiff = doc is not null && previous is not null && !previous.Source.SameText(doc.Source);
                return new ChangelogChangeView(c.Entry, doc?.Title ?? c.Entry, c.Change, c.Note,
                    doc is null ? null : tree.Prefix + SiteUrls.Entry(c.Entry), hasDiff ? EntryHistory.DiffPath(tree, c.Entry) : null);
            }).ToList();
            return new ChangelogEditionView(e.Version, SiteContext.Iso(e.Date), e.Summary, tree.Prefix, e.Sha256, changes,
                e.Errata.Select(x => new ErratumView(SiteContext.Iso(x.Date), x.Entry, x.Text)).ToList());
        }).ToList();

        var unreleased = EditionChanges.Compute(site.Latest?.Index, site.Living.Index, new Dictionary<string, string>())
            .Select(c => new ChangelogChangeView(c.Entry, site.Living.Index.Entry(c.Entry)?.Title ?? c.Entry, c.Change, null,
                SiteUrls.Entry(c.Entry), c.Change == "revised" ? EntryHistory.DiffPath(site.Living, c.Entry) : null))
            .ToList();
        return new ChangelogView(editions, unreleased);
    }
}
