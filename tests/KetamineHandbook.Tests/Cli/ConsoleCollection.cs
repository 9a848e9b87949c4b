namespace KetamineHandbook.Tests.Cli;

/// <summary>Tests that run the CLI in-process share the process-wide console, so they never run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
