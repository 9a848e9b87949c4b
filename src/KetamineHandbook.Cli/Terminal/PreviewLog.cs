using KetamineHandbook.Cli.Serve;
using KetamineHandbook.Model;

namespace KetamineHandbook.Cli.Terminal;

/// <summary>
/// What <c>handbook serve</c> says after each build: one line with what changed and how long it took,
/// every error with its source line, warnings only when they change (so a long session stays readable).
/// </summary>
public sealed class PreviewLog(TextWriter output, DiagnosticPrinter printer, bool colour, bool verbose, bool quiet)
{
    private IReadOnlyList<Diagnostic> _lastWarnings = [];
    private bool _lastFailed;

    public void Built(SiteSnapshot snapshot)
    {
        var warnings = snapshot.Diagnostics.Where(d => !d.IsError).ToList();
        var newWarnings = !warnings.SequenceEqual(_lastWarnings);
        _lastWarnings = warnings;
        var first = snapshot.Generation == 1;
        var cause = first ? "first build" : Cause(snapshot.ChangedSources);
        var time = $"{snapshot.Elapsed.TotalMilliseconds:N0} ms";
        var stamp = Dim($"[{DateTime.Now:HH:mm:ss}]");

        if (snapshot.Failed)
        {
            var errors = snapshot.Errors;
            output.WriteLine($"{stamp} {cause} → {Red(ErrorCount(errors.Count))}" +
                             (snapshot.Site is null ? "; nothing to show yet, open pages list the errors" : "; still serving the last good build, open pages show the errors"));
            PrintErrors(snapshot);
            if (newWarnings) printer.Print(warnings);
        }
        else if (!quiet)
        {
            var pages = snapshot.ChangedPaths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
            var what = first ? $"{snapshot.Site!.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal))} pages"
                : pages == 0 && snapshot.ChangedPaths.Count == 0 ? "no page changed"
                : $"{pages} {(pages == 1 ? "page" : "pages")} updated";
            output.WriteLine($"{stamp} {cause} → {Green(_lastFailed ? "fixed, built" : "built")} in {time}, {what}");
            if (newWarnings) printer.Print(warnings);
        }
        if (verbose) StageTimingsPrinter.Print(output, snapshot.Timings);
        _lastFailed = snapshot.Failed;
    }

    /// <summary>
    /// Errors in the saved files in full, with their source lines; errors elsewhere (usually caused by them)
    /// as one line each, at most <see cref="FollowOnLimit"/>: the page's panel lists them all.
    /// </summary>
    private void PrintErrors(SiteSnapshot snapshot)
    {
        var inSaved = snapshot.Errors.Where(d => snapshot.ChangedSources.Contains(d.Location.Path)).ToList();
        var elsewhere = snapshot.Errors.Where(d => !snapshot.ChangedSources.Contains(d.Location.Path)).ToList();
        if (inSaved.Count == 0)
        {
            printer.Print(elsewhere);
            return;
        }
        printer.Print(inSaved);
        if (elsewhere.Count == 0) return;
        output.WriteLine(ErrorSummary.Of(snapshot));
        printer.Print(elsewhere.Take(FollowOnLimit), withSource: false);
        if (elsewhere.Count > FollowOnLimit) output.WriteLine($"  … and {elsewhere.Count - FollowOnLimit} more (the page lists them all)");
    }

    public const int FollowOnLimit = 8;

    private static string ErrorCount(int n) => $"{n} {(n == 1 ? "error" : "errors")}";

    private static string Cause(IReadOnlyList<string> sources) => sources.Count switch
    {
        0 => "rebuild",
        1 => sources[0],
        _ => $"{sources[0]} and {sources.Count - 1} more",
    };

    private string Dim(string s) => colour ? $"\e[2m{s}\e[0m" : s;
    private string Red(string s) => colour ? $"\e[1;31m{s}\e[0m" : s;
    private string Green(string s) => colour ? $"\e[32m{s}\e[0m" : s;
}
