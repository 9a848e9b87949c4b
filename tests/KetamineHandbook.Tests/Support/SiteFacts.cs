namespace KetamineHandbook.Tests.Support;

/// <summary>What the built handbook contains, for tests whose subject another part of the project provides.</summary>
public static class SiteFacts
{
    /// <summary>A released edition's entry page path (<c>v/1.0.0/entries/x/</c>), or null while none is released.</summary>
    public static string? OldEditionEntry =>
        BuiltHandbook.Instance.Site.Paths.FirstOrDefault(p => p.StartsWith("v/", StringComparison.Ordinal) && p.Contains("/entries/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal))
            ?[..^"index.html".Length];

    public static bool HasPage(string sitePath) => BuiltHandbook.Instance.Site.Contains(sitePath + "index.html");

    /// <summary>Whether entry pages carry the "Cite this entry" box (its data comes from the citation stage).</summary>
    public static bool EntriesHaveCiteBox =>
        BuiltHandbook.Instance.Site.GetText("entries/glutamate-surge/index.html")?.Contains("id=\"cite\"", StringComparison.Ordinal) == true;
}

/// <summary>A fact that is skipped, saying why, only while the built handbook has no released edition.</summary>
public sealed class RequiresEditionFactAttribute : FactAttribute
{
    public RequiresEditionFactAttribute()
    {
        if (SiteFacts.OldEditionEntry is null) Skip = "no edition has been released yet (handbook/editions.yml)";
    }
}

/// <summary>A fact that is skipped, saying why, only while entry pages have no citation data.</summary>
public sealed class RequiresCiteBoxFactAttribute : FactAttribute
{
    public RequiresCiteBoxFactAttribute()
    {
        if (!SiteFacts.EntriesHaveCiteBox) Skip = "entry pages have no cite data yet";
    }
}
