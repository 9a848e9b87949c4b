using System.CommandLine;
using KetamineHandbook.Build;
using KetamineHandbook.Cli.Terminal;

namespace KetamineHandbook.Cli.Commands;

/// <summary>Options every command shares: where the repository is, how to print diagnostics, how much to say.</summary>
public static class CommonOptions
{
    public static readonly Option<string> Root = new("--root")
    {
        Description = "The repository root holding input/, theme/ and handbook/",
        DefaultValueFactory = _ => ".",
        Recursive = true,
    };

    public static readonly Option<string?> Format = new("--format")
    {
        Description = "Diagnostic format: msbuild (default) or github (default when GITHUB_ACTIONS=true)",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Say more: each stage and its timing", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print errors only", Recursive = true };

    public static BuildOptions BuildOptions(ParseResult parse, string? baseUrl = null) => new()
    {
        Root = parse.GetValue(Root)!,
        BaseUrl = baseUrl,
    };

    /// <summary>
    /// Runs a build with the terminal around it: a progress line on stderr if the build is slow and stderr is a
    /// terminal (never in CI or a pipe, never with --quiet), and stage timings on stderr with --verbose.
    /// </summary>
    public static BuildResult RunBuild(ParseResult parse, BuildOptions options)
    {
        BuildResult result;
        using (var progress = ProgressLine.ForStderr(parse.GetValue(Quiet)))
            result = BuildPipeline.Run(options with { Observer = progress });
        if (parse.GetValue(Verbose))
        {
            Console.Error.WriteLine("Stages:");
            StageTimingsPrinter.Print(Console.Error, result.Timings);
            StageTimingsPrinter.PrintRuntime(Console.Error);
        }
        return result;
    }

    public static DiagnosticPrinter? Printer(ParseResult parse)
    {
        var format = DiagnosticPrinter.ParseFormat(parse.GetValue(Format));
        if (format is null)
        {
            Console.Error.WriteLine($"error: unknown --format '{parse.GetValue(Format)}'; use msbuild or github");
            return null;
        }
        return new DiagnosticPrinter(Console.Error, format.Value, ConsoleEnvironment.IsInteractive, parse.GetValue(Root)!);
    }
}
