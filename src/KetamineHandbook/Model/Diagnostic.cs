namespace KetamineHandbook.Model;

/// <summary>How serious a diagnostic is; errors fail the build, warnings do not.</summary>
public enum Severity { Warning, Error }

/// <summary>A position in a source file; lines and columns are 1-based, 0 means unknown.</summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Line > 0 ? (Column > 0 ? $"{Path}({Line},{Column})" : $"{Path}({Line})") : Path;
}

/// <summary>One problem found in the input, reported in MSBuild canonical form.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public static Diagnostic Error(string code, SourceLocation at, string message) => new(Severity.Error, code, message, at);
    public static Diagnostic Warning(string code, SourceLocation at, string message) => new(Severity.Warning, code, message, at);

    public bool IsError => Severity == Severity.Error;

    /// <summary>`path(line,col): error KH1234: message`, the form editors and CI problem matchers read.</summary>
    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
