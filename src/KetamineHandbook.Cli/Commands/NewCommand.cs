using System.CommandLine;

namespace KetamineHandbook.Cli.Commands;

/// <summary><c>handbook new</c>: scaffolds new content; <c>entry</c> is the one kind so far.</summary>
public static class NewCommand
{
    public static Command Create() => new("new", """
        Create new content from the standard template.

        Examples:
          handbook new entry glutamate-surge
          handbook new entry esketamine-dosing --title "Esketamine dosing" --category clinical
        """)
    {
        NewEntryCommand.Create(),
    };
}
