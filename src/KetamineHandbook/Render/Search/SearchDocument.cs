namespace KetamineHandbook.Render.Search;

/// <summary>One searchable page: what a result shows (title, kind, summary) and the text it is found by, by section.</summary>
public sealed record SearchDocument(string Title, string Path, string Kind, string Summary, string Keywords, EncodedSections Sections);

/// <summary>The text under one heading of a page; the first section (before any heading) has an empty heading and anchor.</summary>
public sealed record SearchSection(string Heading, string Anchor, string Text);
