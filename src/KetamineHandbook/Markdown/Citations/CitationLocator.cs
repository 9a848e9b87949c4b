namespace KetamineHandbook.Markdown.Citations;

/// <summary>A pinpoint within a work, e.g. label <c>page</c>, value <c>33-35</c>; labels are CSL locator names.</summary>
public sealed record CitationLocator(string Label, string Value);
