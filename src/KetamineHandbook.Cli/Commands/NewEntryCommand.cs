using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using KetamineHandbook.Cli.Scaffold;
using KetamineHandbook.Load;
using KetamineHandbook.Parse;

namespace KetamineHandbook.Cli.Commands;

/// <summary><c>handbook new entry &lt;id&gt;</c>: writes input/entries/&lt;id&gt;.md with every required field and the standard sections.</summary>
public static class NewEntryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The entry's id: its file name and permanent URL (/entries/<id>/); lowercase letters, digits and hyphens" };
        var title = new Option<string?>("--title", "-t") { Description = "The entry's title (default: made from the id)" };
        var category = new Option<string>("--category", "-c")
        {
            Description = "What kind of entry it is",
            DefaultValueFactory = _ => "mechanism",
        };
        category.AcceptOnlyFromAmong(EntrySchema.Categories);
        var command = new Command("entry", """
            Create input/entries/<id>.md: front matter with every required field and today's date,
            then each standard section with a short note on what goes in it. The id becomes the
            entry's permanent URL, so it is refused if any entry, page or released edition has used it.

            Examples:
              handbook new entry glutamate-surge
              handbook new entry esketamine-dosing --title "Esketamine dosing" --category clinical
            """) { id, title, category };
        command.SetAction(parse => Run(parse.GetValue(CommonOptions.Root)!, parse.GetValue(id)!, parse.GetValue(title), parse.GetValue(category)!,
            parse.GetValue(CommonOptions.Quiet)));
        return command;
    }

    private static int Run(string root, string id, string? title, string category, bool quiet)
    {
        if (!Regex.IsMatch(id, EntrySchema.IdPattern, RegexOptions.CultureInvariant))
        {
            var suggestion = Slug(id);
            Console.Error.WriteLine($"error: '{id}' is not a valid entry id: {EntrySchema.IdHint}." +
                (suggestion.Length > 0 && suggestion != id ? $" Did you mean '{suggestion}'?" : ""));
            return ExitCodes.Usage;
        }
        title ??= EntryTemplate.TitleFromId(id);
        var titleSpec = EntrySchema.Spec.Find("title")!;
        if (string.IsNullOrWhiteSpace(title) || title.Length > titleSpec.MaxLength)
        {
            Console.Error.WriteLine($"error: --title must be between 1 and {titleSpec.MaxLength} characters.");
            return ExitCodes.Usage;
        }
        var input = Path.Combine(root, "input");
        if (!Directory.Exists(input))
        {
            Console.Error.WriteLine($"error: there is no input/ folder in '{Path.GetFullPath(root)}'; run this from the repository root or pass --root.");
            return ExitCodes.Usage;
        }

        var relative = $"input/{HandbookSource.EntriesFolder}/{id}.md";
        var path = Path.Combine(root, relative);
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"error: {relative} already exists; edit it, or choose another id for a new entry.");
            return ExitCodes.ContentErrors;
        }
        if (TakenBy(root, id) is { } taken)
        {
            Console.Error.WriteLine($"error: {taken}; an id is a permanent URL and is never reused, so choose another.");
            return ExitCodes.ContentErrors;
        }

        var text = EntryTemplate.Render(id, title, category, DateOnly.FromDateTime(DateTime.Now));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: never overwrite, even if the file appeared since the check above.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(new UTF8Encoding(false).GetBytes(text));
        }
        catch (IOException e) when (File.Exists(path))
        {
            Console.Error.WriteLine($"error: {relative} already exists ({e.Message}).");
            return ExitCodes.ContentErrors;
        }

        if (!quiet)
        {
            var shown = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
            Console.WriteLine($"Created {shown}");
            Console.WriteLine();
            Console.WriteLine("Next:");
            Console.WriteLine("  1. Write the summary and each section; set status and the evidence grades (see the methods page).");
            Console.WriteLine("  2. Preview it as you write (the page reloads on every save):");
            Console.WriteLine("       dotnet run --project src/KetamineHandbook.Cli -- serve");
            Console.WriteLine($"       then open http://127.0.0.1:{ServeCommand.DefaultPort}/entries/{id}/");
            Console.WriteLine("  3. Check everything before opening a pull request:");
            Console.WriteLine("       dotnet run --project src/KetamineHandbook.Cli -- check");
        }
        return ExitCodes.Success;
    }

    /// <summary>Why an id with no entry file cannot be used (a page or a released edition has it), or null if it is free.</summary>
    private static string? TakenBy(string root, string id)
    {
        if (File.Exists(Path.Combine(root, "input", HandbookSource.PagesFolder, $"{id}.md")))
            return $"'{id}' is already a page (input/pages/{id}.md), and ids are shared by entries and pages";
        var editions = Path.Combine(root, "handbook", "editions");
        if (Directory.Exists(editions))
        {
            var released = Directory.EnumerateDirectories(editions).Order(StringComparer.Ordinal)
                .FirstOrDefault(e => File.Exists(Path.Combine(e, HandbookSource.EntriesFolder, $"{id}.md")));
            if (released is not null)
                return $"'{id}' was an entry in released edition {Path.GetFileName(released)}";
        }
        return null;
    }

    /// <summary>The nearest valid id to what was typed, for the error message.</summary>
    private static string Slug(string text)
    {
        text = text.Trim();
        if (text.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) text = text[..^3];
        var lower = Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-", RegexOptions.CultureInvariant);
        return lower.Trim('-');
    }
}
