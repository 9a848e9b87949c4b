namespace KetamineHandbook.Cli.Commands;

/// <summary>The CLI's exit codes (a contract: see DESIGN.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}
