using System.CommandLine;
using System.Globalization;
using KetamineHandbook.Model;
using KetamineHandbook.Release;

namespace KetamineHandbook.Cli.Commands;

/// <summary><c>handbook release</c>: freezes input/ as a new immutable, citable edition.</summary>
public static class ReleaseCommand
{
    public static Command Create()
    {
        var version = new Argument<string>("version") { Description = "The new edition's semantic version, greater than the last (e.g. 1.1.0)" };
        var summary = new Option<string>("--summary", "-s") { Description = "What this edition brings, for the changelog", Required = true };
        var notes = new Option<string[]>("--note") { Description = "A note on one entry's change: --note entry-id=\"what changed\" (repeatable)", AllowMultipleArgumentsPerToken = false };
        var date = new Option<string?>("--date") { Description = "Release date YYYY-MM-DD (default: today, UTC)" };
        var command = new Command("release", """
            Freeze input/ into handbook/editions/<version>/ and record the edition (date, summary,
            per-entry changes against the previous edition, sha256 of the snapshot) in handbook/editions.yml.
            Refuses a version not greater than the last, an existing folder, and any build error.

            Examples:
              handbook release 1.0.0 --summary "First edition: the core cascade and the clinical evidence"
              handbook release 1.1.0 --summary "Adds the rival hypotheses" --note glutamate-surge="Adds the 7 T MRS null result"
            """) { version, summary, notes, date };
        command.SetAction(parse =>
        {
            var printer = CommonOptions.Printer(parse);
            if (printer is null) return ExitCodes.Usage;
            var noteMap = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var note in parse.GetValue(notes) ?? [])
            {
                var eq = note.IndexOf('=');
                if (eq <= 0) { Console.Error.WriteLine($"error: --note '{note}' must look like entry-id=\"text\""); return ExitCodes.Usage; }
                noteMap[note[..eq].Trim()] = note[(eq + 1)..].Trim();
            }
            var day = DateOnly.FromDateTime(DateTime.UtcNow);
            if (parse.GetValue(date) is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                Console.Error.WriteLine($"error: --date '{d}' is not a date in the form YYYY-MM-DD");
                return ExitCodes.Usage;
            }
            var diagnostics = new DiagnosticBag();
            var record = EditionRelease.Run(CommonOptions.BuildOptions(parse), new ReleaseRequest(parse.GetValue(version)!, parse.GetValue(summary)!, noteMap, day), diagnostics);
            printer.Print(diagnostics.Sorted(), parse.GetValue(CommonOptions.Quiet));
            if (record is null)
            {
                Console.Error.WriteLine("Release refused; nothing was written.");
                return ExitCodes.ContentErrors;
            }
            Console.WriteLine($"Released edition {record.Version} ({record.Date:yyyy-MM-dd}), sha256 {record.Sha256}");
            foreach (var c in record.Changes) Console.WriteLine($"  {c.Change,-8} {c.Entry}{(c.Note is null ? "" : " — " + c.Note)}");
            Console.WriteLine("Commit handbook/ to publish it; its pages will be at /v/" + record.Version + "/.");
            return ExitCodes.Success;
        });
        return command;
    }
}
