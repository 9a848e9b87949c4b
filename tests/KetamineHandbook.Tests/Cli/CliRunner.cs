namespace KetamineHandbook.Tests.Cli;

/// <summary>Tests that run the CLI in-process share the process-wide console, so they never run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}

/// <summary>Runs <c>handbook</c> in-process through Program.Main, capturing what it prints.</summary>
public static class CliRunner
{
    private static readonly object Gate = new();

    /// <summary>The exit code and everything printed to stdout and stderr.</summary>
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            var (output, error) = (new StringWriter(), new StringWriter());
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var code = KetamineHandbook.Cli.Program.Main(args);
                return new Outcome(code, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}
