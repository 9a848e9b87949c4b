namespace KetamineHandbook.Render.Views;

/// <summary>What templates see as <c>page</c>: the page being rendered, whatever its kind.</summary>
public sealed record PageView
{
    /// <summary>home, entry, page, references, changelog, evidence, history, diff or not-found.</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>Path of this page inside its edition (<c>entries/glutamate-surge/</c>).</summary>
    public required string Path { get; init; }
    /// <summary>Relative prefix from this page to its edition's root (<c>../../</c>).</summary>
    public required string Root { get; init; }
    /// <summary>Relative prefix from this page to the site root, for shared assets and deliberate cross-edition links.</summary>
    public required string SiteRoot { get; init; }
    /// <summary>Absolute URL of this page (its permanent URL for an edition page).</summary>
    public required string Url { get; init; }
    /// <summary>The canonical URL (see README: canonical-link policy).</summary>
    public required string CanonicalUrl { get; init; }
    public string Content { get; init; } = "";
    public IReadOnlyList<TocItemView> Toc { get; init; } = [];
    public string? SourcePath { get; init; }
    public string? EditUrl { get; init; }
    /// <summary>The same page in every edition, for the version switcher.</summary>
    public IReadOnlyList<VersionLinkView> Versions { get; init; } = [];
    /// <summary>The document's bibliography (entries and pages that cite), in the style's order.</summary>
    public IReadOnlyList<BibliographyItemView> Bibliography { get; init; } = [];
    /// <summary>Extra markup for &lt;head&gt; (citation meta tags, JSON-LD), already escaped.</summary>
    public string Head { get; init; } = "";
    /// <summary>Inline SVG of the whole mechanism cascade (home page; empty elsewhere).</summary>
    public string CascadeSvg { get; init; } = "";
    /// <summary>Whether search engines should index the page (false for the 404 page).</summary>
    public bool Indexable { get; init; } = true;
}

/// <summary>A heading in the page's table of contents.</summary>
public sealed record TocItemView(int Level, string Text, string Id);

/// <summary>The current page in one edition: href is null when it did not exist there.</summary>
public sealed record VersionLinkView(string Label, string? Version, string? Href, bool Current);
