using KetamineHandbook.Markdown.Citations;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Styles;

/// <summary>One resolved work within a citation: the reference plus what the author wrote around it.</summary>
/// <param name="Number">The work's number on this page (numeric styles); 0 when the style does not number.</param>
public sealed record Cite(
    Reference Reference,
    string? Prefix = null,
    CitationLocator? Locator = null,
    string? Suffix = null,
    bool SuppressAuthor = false,
    int Number = 0);
