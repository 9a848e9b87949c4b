using System.CommandLine;
using KetamineHandbook.Build;
using KetamineHandbook.Write;

namespace KetamineHandbook.Cli.Commands;

/// <summary><c>handbook build</c>: renders the living handbook and every edition into a folder, atomically.</summary>
public static class BuildCommand
{
    /// <summary>Relative to the repository root, beside the external-link cache of <c>check --external</c>.</summary>
    public const string CacheFolder = ".handbook-cache";

    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site to", DefaultValueFactory = _ => "_site" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is published at (overrides base_url in handbook.yml)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Render every released edition afresh, read every front matter and write every file, instead of reusing them from .handbook-cache/" };
        var command = new Command("build", """
            Render the handbook (living edition and every released edition) into a static site.
            The previous site is replaced only if the build has no errors.

            Examples:
              handbook build
              handbook build --output public --base-url https://example.org/handbook
            Released editions are rendered once and kept in .handbook-cache/editions/; later builds
            link their pages into the new site while the edition, the theme, the site settings, the
            set of living pages and the generator are unchanged. Every file written is also kept in
            .handbook-cache/files/ by content; a file the next build renders byte for byte the same is
            linked from there instead of being written again, and front matter is read from
            .handbook-cache/front-matter.bin while its YAML is unchanged.
            """) { output, baseUrl, noCache };
        command.SetAction(parse =>
        {
            var printer = CommonOptions.Printer(parse);
            if (printer is null) return ExitCodes.Usage;
            if (parse.GetValue(baseUrl) is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                Console.Error.WriteLine($"error: --base-url '{url}' is not an absolute URL (e.g. https://example.org/handbook)");
                return ExitCodes.Usage;
            }
            var quiet = parse.GetValue(CommonOptions.Quiet);
            var result = CommonOptions.RunBuild(parse, CommonOptions.BuildOptions(parse, parse.GetValue(baseUrl)?.TrimEnd('/')) with
            {
                OutputDir = parse.GetValue(output),
                CacheDir = parse.GetValue(noCache) ? null : CacheFolder,
            });
            printer.Print(result.Diagnostics, quiet);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"Build failed: {result.Stats.Errors} error(s); the previous site was left untouched.");
                return ExitCodes.ContentErrors;
            }
            var outDir = Path.Combine(parse.GetValue(CommonOptions.Root)!, parse.GetValue(output)!);
            var writeDiagnostics = new Model.DiagnosticBag();
            if (!SiteWriter.Write(result.Site, outDir, writeDiagnostics))
            {
                printer.Print(writeDiagnostics.Sorted());
                return ExitCodes.ContentErrors;
            }
            if (!quiet) Console.WriteLine($"Built {result.Stats} → {parse.GetValue(output)}/");
            return ExitCodes.Success;
        });
        return command;
    }
}
