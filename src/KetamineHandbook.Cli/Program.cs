using System.CommandLine;
using KetamineHandbook.Cli.Commands;

namespace KetamineHandbook.Cli;

/// <summary>The <c>handbook</c> command-line tool.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("""
            KetamineHandbook: build, check, preview and release a citable, versioned evidence handbook.

            Examples:
              handbook new entry lateral-habenula-bursting   start a new entry from the template
              handbook serve                                 preview at http://127.0.0.1:5080/ with live reload
              handbook check                                 validate everything, write nothing
              handbook <command> --help                      options and examples of one command
            """)
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            ServeCommand.Create(),
            NewCommand.Create(),
            ReleaseCommand.Create(),
            CiteCommand.Create(),
            RefsCommand.Create(),
        };
        root.Options.Add(CommonOptions.Root);
        root.Options.Add(CommonOptions.Format);
        root.Options.Add(CommonOptions.Verbose);
        root.Options.Add(CommonOptions.Quiet);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run 'handbook --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            // Exceptions must reach the handler below (System.CommandLine would otherwise print a raw stack trace and exit 1, the content-error code).
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input: say so plainly rather than dumping a stack trace on a contributor.
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("This is a bug in the generator; please report it with the command you ran. Set HANDBOOK_TRACE=1 for details.");
            if (Environment.GetEnvironmentVariable("HANDBOOK_TRACE") == "1") Console.Error.WriteLine(e);
            return 3;
        }
    }
}
