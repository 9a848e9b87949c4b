namespace KetamineHandbook.Cli.Serve;

/// <summary>A one-line hint, when the saved files' errors come with many elsewhere, that fixing the first usually clears the rest.</summary>
public static class ErrorSummary
{
    public static string? Of(SiteSnapshot snapshot)
    {
        var total = snapshot.Errors.Count;
        var inSaved = snapshot.ErrorsInChangedSources;
        if (inSaved == 0 || inSaved == total) return null;
        var saved = snapshot.ChangedSources.Count == 1 ? snapshot.ChangedSources[0] : "the saved files";
        return $"{inSaved} of the {total} errors {(inSaved == 1 ? "is" : "are")} in {saved}, listed first; the other {total - inSaved} are probably caused by {(inSaved == 1 ? "it" : "them")}, so fix {(inSaved == 1 ? "that" : "those")} first.";
    }
}
