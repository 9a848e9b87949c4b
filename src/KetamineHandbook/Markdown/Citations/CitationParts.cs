namespace KetamineHandbook.Markdown.Citations;

/// <summary>One work as read from the source text, with the index of its <c>@</c> so the parser can map it to a line and column.</summary>
internal readonly record struct CitationPart(
    string Key, string? Prefix, CitationLocator? Locator, string? Suffix, bool SuppressAuthor, int AtIndex);
