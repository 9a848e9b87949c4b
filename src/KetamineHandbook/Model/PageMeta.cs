namespace KetamineHandbook.Model;

/// <summary>A page's validated front matter.</summary>
public sealed record PageMeta(string Title, string Summary, int Order);
