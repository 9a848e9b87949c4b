namespace KetamineHandbook.Render.Views;

/// <summary>What the changelog template sees as <c>changelog</c>: every edition, newest first, with its changes.</summary>
public sealed record ChangelogView(IReadOnlyList<ChangelogEditionView> Editions, IReadOnlyList<ChangelogChangeView> Unreleased);

/// <summary>One edition in the changelog. <c>Path</c> is a site path (prefix with <c>page.site_root</c>).</summary>
public sealed record ChangelogEditionView(string Version, string Date, string Summary, string Path, string Sha256,
    IReadOnlyList<ChangelogChangeView> Changes, IReadOnlyList<ErratumView> Errata);

/// <summary>One entry's change in an edition; paths are site paths.</summary>
public sealed record ChangelogChangeView(string Entry, string Title, string Change, string? Note, string? Path, string? DiffPath);
