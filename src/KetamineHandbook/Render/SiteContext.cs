using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render;

/// <summary>What every page needs to know about the whole site: all editions, the newest one, the base URL.</summary>
public sealed class SiteContext
{
    public SiteContext(HandbookTree living, IReadOnlyList<HandbookTree> editions, string baseUrl)
    {
        Living = living;
        Editions = editions;
        BaseUrl = baseUrl.TrimEnd('/');
        Latest = editions.Count > 0 ? editions[^1] : null;
        var s = living.Settings;
        View = new SiteView
        {
            Title = s.Title,
            ShortTitle = s.ShortTitle,
            Description = s.Description,
            BaseUrl = BaseUrl,
            Repository = s.Repository,
            Language = s.Language,
            Publisher = s.Publisher,
            Editors = s.Editors.Select(e => e.Name).ToList(),
            LicenceName = s.Licence?.Name,
            LicenceUrl = s.Licence?.Url,
            Editions = editions.Reverse().Select(e => new EditionSummaryView(e.Edition!.Version, Iso(e.Edition.Date), e.Edition.Summary, e.Prefix)).ToList(),
            LatestVersion = Latest?.Edition!.Version,
        };
    }

    public HandbookTree Living { get; }
    /// <summary>Released editions, oldest first.</summary>
    public IReadOnlyList<HandbookTree> Editions { get; }
    public HandbookTree? Latest { get; }
    public string BaseUrl { get; }
    public SiteView View { get; }

    public IEnumerable<HandbookTree> AllTrees => Editions.Prepend(Living);

    public string AbsoluteUrl(string sitePath) => $"{BaseUrl}/{sitePath}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public EditionView EditionViewFor(HandbookTree tree) => new()
    {
        Version = tree.Edition?.Version,
        Label = tree.Label,
        Date = tree.Edition is null ? null : Iso(tree.Edition.Date),
        IsLatest = tree.Edition is not null && ReferenceEquals(tree, Latest),
        Prefix = tree.Prefix,
        Url = AbsoluteUrl(tree.Prefix),
        Errata = tree.Edition?.Errata.Select(e => new ErratumView(Iso(e.Date), e.Entry, e.Text)).ToList() ?? [],
    };

    /// <summary>
    /// The version switcher for a page: the same edition-relative path in the living handbook and in every
    /// edition, newest first; href is null where the page did not exist.
    /// </summary>
    public IReadOnlyList<VersionLinkView> VersionsFor(HandbookTree current, string path, Func<HandbookTree, bool> exists)
    {
        var from = current.Prefix + path;
        var list = new List<VersionLinkView>
        {
            new("Living edition", null, exists(Living) ? SiteUrls.Relative(from, path) : null, ReferenceEquals(current, Living)),
        };
        foreach (var tree in Editions.Reverse())
            list.Add(new(tree.Label + (ReferenceEquals(tree, Latest) ? " (latest)" : ""), tree.Edition!.Version,
                exists(tree) ? SiteUrls.Relative(from, tree.Prefix + path) : null, ReferenceEquals(tree, current)));
        return list;
    }

    /// <summary>Whether an entry's text in <paramref name="tree"/> differs from the newest edition's (or is gone there).</summary>
    public bool? ChangedInLatest(HandbookTree tree, string entryId)
    {
        if (Latest is null || ReferenceEquals(tree, Latest) || tree.Edition is null) return null;
        var mine = tree.Index.Entry(entryId)?.Source;
        var latest = Latest.Index.Entry(entryId)?.Source;
        return mine is null || latest is null ? mine != latest : !mine.SameText(latest);
    }
}
