namespace KetamineHandbook.Render.Views;

/// <summary>
/// What the 404 page sees as <c>not_found</c>. GitHub Pages serves that one file for every missing URL, at
/// any depth, so its links are absolute from <see cref="BasePath"/> and its script guesses the wanted entry.
/// </summary>
public sealed record NotFoundView
{
    /// <summary>The site's path on its host, with both slashes (<c>/KetamineHandbook/</c>, or <c>/</c>).</summary>
    public required string BasePath { get; init; }
    /// <summary>Every current entry, by title: the suggestions shown when the script cannot guess better.</summary>
    public required IReadOnlyList<NavItemView> Entries { get; init; }
    /// <summary>JSON for the script: entry ids and titles per edition (<c>""</c> = living), already safe inside &lt;script&gt;.</summary>
    public required string DataJson { get; init; }
}
