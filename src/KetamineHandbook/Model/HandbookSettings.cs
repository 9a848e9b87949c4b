namespace KetamineHandbook.Model;

/// <summary>The typed contents of <c>handbook.yml</c>.</summary>
public sealed record HandbookSettings
{
    public required string Title { get; init; }
    public required string ShortTitle { get; init; }
    public required string Description { get; init; }
    /// <summary>Absolute URL of the published site, no trailing slash.</summary>
    public required string BaseUrl { get; init; }
    public string? Repository { get; init; }
    public string Language { get; init; } = "en";
    public string? Publisher { get; init; }
    public IReadOnlyList<Editor> Editors { get; init; } = [];
    public Licence? Licence { get; init; }
    public string CitationStyle { get; init; } = "apa";
}

/// <summary>An editor of the handbook.</summary>
public sealed record Editor(string Name, string? Orcid);

/// <summary>The licence the text is published under.</summary>
public sealed record Licence(string Name, string Url);
