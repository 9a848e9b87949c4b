using KetamineHandbook.Model;

namespace KetamineHandbook.Cli.Terminal;

/// <summary>How diagnostics are printed: MSBuild canonical form for people and editors, or GitHub annotations.</summary>
public enum DiagnosticFormat { Msbuild, Github }

/// <summary>
/// Prints diagnostics to stderr. In a terminal, errors are coloured and followed by the offending source
/// line with a caret; piped or in CI the output stays the plain canonical one-liners that tools parse.
/// </summary>
public sealed class DiagnosticPrinter(TextWriter writer, DiagnosticFormat format, bool colour, string root)
{
    public static DiagnosticFormat DefaultFormat =>
        Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? DiagnosticFormat.Github : DiagnosticFormat.Msbuild;

    public static DiagnosticFormat? ParseFormat(string? text) => text switch
    {
        null => DefaultFormat,
        "msbuild" or "text" => DiagnosticFormat.Msbuild,
        "github" => DiagnosticFormat.Github,
        _ => null,
    };

    /// <param name="withSource">Show the source line and caret under each (terminal only); the preview turns it off for follow-on errors.</param>
    public void Print(IEnumerable<Diagnostic> diagnostics, bool quiet = false, bool withSource = true)
    {
        var list = diagnostics.ToList();
        string? hint = null;
        // Annotations land on their own lines in a pull request, so only people reading a log need the reordering.
        if (format == DiagnosticFormat.Msbuild)
        {
            var ordered = FollowOnErrors.Order(list);
            list = ordered.Diagnostics.ToList();
            hint = ordered.Hint;
        }
        foreach (var d in list)
        {
            if (quiet && !d.IsError) continue;
            if (format == DiagnosticFormat.Github) { writer.WriteLine(GithubAnnotation(d)); continue; }
            if (!colour) { writer.WriteLine(d.ToString()); continue; }
            var (open, close) = d.IsError ? ("\e[1;31m", "\e[0m") : ("\e[1;33m", "\e[0m");
            writer.WriteLine($"\e[1m{d.Location}\e[0m: {open}{(d.IsError ? "error" : "warning")} {d.Code}\e[0m: {d.Message}");
            if (withSource) PrintSourceLine(d.Location, open, close);
        }
        if (hint is not null) writer.WriteLine(colour ? $"\e[1m{hint}\e[0m" : hint);
    }

    /// <summary><c>::error file=…,line=…,col=…,title=KH1234::message</c>, escaped as GitHub's workflow commands require.</summary>
    public static string GithubAnnotation(Diagnostic d)
    {
        static string Property(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").Replace(":", "%3A").Replace(",", "%2C");
        static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        var parts = new List<string> { $"file={Property(d.Location.Path)}" };
        if (d.Location.Line > 0) parts.Add($"line={d.Location.Line}");
        if (d.Location.Column > 0) parts.Add($"col={d.Location.Column}");
        parts.Add($"title={d.Code}");
        return $"::{(d.IsError ? "error" : "warning")} {string.Join(',', parts)}::{Data(d.Message)}";
    }

    private void PrintSourceLine(SourceLocation at, string open, string close)
    {
        if (SourceExcerpt.Read(root, at) is not { } excerpt) return;
        writer.WriteLine($"\e[2m{excerpt.Gutter}\e[0m{excerpt.Line}");
        var bar = excerpt.Gutter.Length;
        writer.WriteLine($"\e[2m{excerpt.CaretLine[..bar]}\e[0m{open}{excerpt.CaretLine[bar..]}{close}");
    }
}
