namespace KetamineHandbook.Model;

/// <summary>Whether a Markdown source is an entry (<c>entries/</c>) or a page (<c>pages/</c>).</summary>
public enum DocumentKind { Entry, Page }
