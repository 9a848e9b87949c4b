using System.CommandLine;
using KetamineHandbook.Build;

namespace KetamineHandbook.Cli.Commands;

/// <summary><c>handbook check</c>: builds everything in memory and verifies it, writing nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", """
            Validate the whole handbook (front matter, citations, links, anchors, editions, rendered HTML)
            without writing anything. Exits 1 if any error is found.

            Examples:
              handbook check
              handbook check --format github
            """);
        command.SetAction(parse =>
        {
            var printer = CommonOptions.Printer(parse);
            if (printer is null) return ExitCodes.Usage;
            var result = CommonOptions.RunBuild(parse, CommonOptions.BuildOptions(parse) with { VerifyHtml = true });
            printer.Print(result.Diagnostics, parse.GetValue(CommonOptions.Quiet));
            if (parse.GetValue(CommonOptions.Verbose) && result.ExternalLinks is { } links)
                foreach (var link in links) Console.WriteLine($"external: {link.Url} ({link.Location})");
            if (!parse.GetValue(CommonOptions.Quiet))
                Console.WriteLine($"Checked {result.Stats}; {result.ExternalLinks?.Count ?? 0} external links (syntax only; --external to fetch them)");
            return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
