namespace KetamineHandbook.Tests.Support;

/// <summary>Runs the <c>handbook</c> CLI in-process and captures what it prints, as a user would see it.</summary>
public static class CliRunner
{
    private static readonly object ConsoleLock = new();

    public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

    public static CliResult Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var code = KetamineHandbook.Cli.Program.Main(args);
                return new CliResult(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }
}
