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
            var result = CommonOptions.RunBuild(parse, CommonOptions.BuildOptions(parse));
            printer.Print(result.Diagnostics, parse.GetValue(CommonOptions.Quiet));
            if (!parse.GetValue(CommonOptions.Quiet))
                Console.WriteLine($"Checked {result.Stats}");
            return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
