using System.CommandLine;
using KetamineHandbook.Render;

namespace KetamineHandbook.Cli.Commands;

/// <summary><c>handbook refs export</c>: converts any real-world BibTeX/BibLaTeX file to CSL-JSON, normalised BibTeX or RIS.</summary>
public static class RefsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The .bib file to read" };
        var to = new Option<string>("--to", "-t") { Description = "Output format: csl-json, bibtex or ris", DefaultValueFactory = _ => "csl-json" };
        var export = new Command("export", """
            Read a BibTeX/BibLaTeX file as Pandoc does and write it to stdout in another format.
            Problems in the file are reported on stderr (file, line, column); what loads is still exported.

            Examples:
              handbook refs export input/references.bib --to csl-json > refs.json
              handbook refs export library.bib --to ris
              handbook refs export library.bib --to bibtex   (normalised, sorted by key)
            """) { file, to };
        export.SetAction(parse => ReferenceExport.Run(parse.GetValue(file)!, parse.GetValue(to)!, Console.Out, Console.Error));
        return new Command("refs", "Work with BibTeX citation stores.") { export };
    }
}
