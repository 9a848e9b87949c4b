using System.CommandLine;
using KetamineHandbook.Build;
using KetamineHandbook.Model;

namespace KetamineHandbook.Cli.Commands;

/// <summary><c>handbook cite</c>: prints how to cite an entry, with its edition's permanent URL.</summary>
public static class CiteCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("entry-id") { Description = "The entry to cite (its file name without .md)" };
        var edition = new Option<string?>("--edition", "-e") { Description = "The edition to cite (default: the newest edition that has the entry)" };
        var style = new Option<string>("--style") { Description = "apa, vancouver, bibtex, ris or csl-json", DefaultValueFactory = _ => "apa" };
        style.AcceptOnlyFromAmong(EntryCitationQuery.Styles);
        var command = new Command("cite", """
            Print the citation of an entry in one edition, with its permanent URL: the same text as the
            entry page's "Cite this entry" box.

            Examples:
              handbook cite glutamate-surge
              handbook cite glutamate-surge --edition 1.0.0 --style bibtex
            """) { id, edition, style };
        command.SetAction(parse =>
        {
            var printer = CommonOptions.Printer(parse);
            if (printer is null) return ExitCodes.Usage;
            var diagnostics = new DiagnosticBag();
            var text = EntryCitationQuery.Run(CommonOptions.BuildOptions(parse), parse.GetValue(id)!, parse.GetValue(edition), parse.GetValue(style)!, diagnostics);
            printer.Print(diagnostics.Sorted());
            if (text is null) return ExitCodes.ContentErrors;
            Console.Write(text);
            return ExitCodes.Success;
        });
        return command;
    }
}
