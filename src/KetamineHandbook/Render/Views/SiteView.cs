namespace KetamineHandbook.Render.Views;

/// <summary>What templates see as <c>site</c>: the handbook as a whole, the same on every page.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public required string ShortTitle { get; init; }
    public required string Description { get; init; }
    public required string BaseUrl { get; init; }
    public string? Repository { get; init; }
    public required string Language { get; init; }
    public string? Publisher { get; init; }
    public required IReadOnlyList<string> Editors { get; init; }
    public string? LicenceName { get; init; }
    public string? LicenceUrl { get; init; }
    /// <summary>Released editions, newest first.</summary>
    public required IReadOnlyList<EditionSummaryView> Editions { get; init; }
    public string? LatestVersion { get; init; }
}

/// <summary>One released edition as listed in switchers and the changelog.</summary>
public sealed record EditionSummaryView(string Version, string Date, string Summary, string Path);
