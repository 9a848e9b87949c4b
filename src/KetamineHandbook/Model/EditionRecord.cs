namespace KetamineHandbook.Model;

/// <summary>One released edition as recorded in <c>handbook/editions.yml</c>.</summary>
public sealed record EditionRecord
{
    public required string Version { get; init; }
    public required DateOnly Date { get; init; }
    public required string Summary { get; init; }
    public required string Sha256 { get; init; }
    public IReadOnlyList<EntryChange> Changes { get; init; } = [];
    public IReadOnlyList<Erratum> Errata { get; init; } = [];
    public int Line { get; init; }
}

/// <summary>How one entry changed in an edition, against the previous one.</summary>
public sealed record EntryChange(string Entry, string Change, string? Note);

/// <summary>A correction to a released edition, shown on its pages; the snapshot itself never changes.</summary>
public sealed record Erratum(DateOnly Date, string? Entry, string Text);
