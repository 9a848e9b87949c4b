namespace KetamineHandbook.Render.Views;

/// <summary>What templates see as <c>edition</c>: the edition the current page belongs to.</summary>
public sealed record EditionView
{
    /// <summary>The version (<c>1.0.0</c>), or null for the living handbook.</summary>
    public string? Version { get; init; }
    public required string Label { get; init; }
    public string? Date { get; init; }
    public bool IsLiving => Version is null;
    public bool IsLatest { get; init; }
    /// <summary>Site path of the edition's root: <c>""</c> for the living handbook, <c>v/1.0.0/</c> otherwise.</summary>
    public required string Prefix { get; init; }
    /// <summary>Absolute URL of the edition's root, with a trailing slash.</summary>
    public required string Url { get; init; }
    public IReadOnlyList<ErratumView> Errata { get; init; } = [];
}

/// <summary>A correction recorded against a released edition.</summary>
public sealed record ErratumView(string Date, string? Entry, string Text);
