namespace KetamineHandbook.Build;

/// <summary>Numbers for the build's summary line.</summary>
public sealed record BuildStats(int Pages, int Entries, int Editions, int References, int Errors, int Warnings, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"{Pages} pages ({Entries} entries), {Editions} editions, {References} references, {Errors} errors, {Warnings} warnings in {Elapsed.TotalMilliseconds:N0} ms";
}
