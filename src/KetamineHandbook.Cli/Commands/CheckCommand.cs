using System.CommandLine;
using KetamineHandbook.Build;
using KetamineHandbook.Check;
using KetamineHandbook.Model;

namespace KetamineHandbook.Cli.Commands;

/// <summary><c>handbook check</c>: builds everything in memory and verifies it, writing nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var external = new Option<bool>("--external") { Description = "Also fetch every external link over HTTP (needs a network; polite: 1 request/s per host, results cached for 7 days in .handbook-cache/)" };
        var command = new Command("check", """
            Validate the whole handbook (front matter, citations, links, anchors, editions, rendered HTML)
            without writing anything. Exits 1 if any error is found. External links are listed (--verbose)
            and their syntax checked; --external fetches them.

            Examples:
              handbook check
              handbook check --format github
              handbook check --external --verbose
            """) { external };
        command.SetAction(parse =>
        {
            var printer = CommonOptions.Printer(parse);
            if (printer is null) return ExitCodes.Usage;
            var result = CommonOptions.RunBuild(parse, CommonOptions.BuildOptions(parse) with { VerifyHtml = true });
            var diagnostics = result.Diagnostics.ToList();
            if (parse.GetValue(external) && result.Succeeded && result.ExternalLinks is { Count: > 0 } links)
            {
                var bag = new DiagnosticBag();
                var cache = Path.Combine(parse.GetValue(CommonOptions.Root)!, ".handbook-cache", "external-links.json");
                using var handler = new SocketsHttpHandler();
                new ExternalLinkChecker(handler, cache, TimeProvider.System).CheckAsync(links, bag).GetAwaiter().GetResult();
                diagnostics.AddRange(bag.Sorted());
            }
            printer.Print(diagnostics, parse.GetValue(CommonOptions.Quiet));
            if (parse.GetValue(CommonOptions.Verbose) && result.ExternalLinks is { } all)
                foreach (var link in all) Console.WriteLine($"external: {link.Url} ({link.Location})");
            if (!parse.GetValue(CommonOptions.Quiet))
                Console.WriteLine($"Checked {result.Stats}; {result.ExternalLinks?.Count ?? 0} external links " +
                    (parse.GetValue(external) ? "fetched" : "(syntax only; --external to fetch them)"));
            return diagnostics.Any(d => d.IsError) ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
