namespace KetamineHandbook.Cli.Terminal;

/// <summary>Whether output goes to a person at a terminal (colour, progress) or to a pipe or CI log.</summary>
public static class ConsoleEnvironment
{
    public static bool IsInteractive =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false"
        && Environment.GetEnvironmentVariable("NO_COLOR") is null or "";
}
