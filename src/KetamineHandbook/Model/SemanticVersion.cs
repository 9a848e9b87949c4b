using System.Text.RegularExpressions;

namespace KetamineHandbook.Model;

/// <summary>A semver MAJOR.MINOR.PATCH version, ordered numerically.</summary>
public sealed partial record SemanticVersion(int Major, int Minor, int Patch) : IComparable<SemanticVersion>
{
    [GeneratedRegex(@"^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$")]
    private static partial Regex Shape();

    public static SemanticVersion? TryParse(string text)
    {
        var m = Shape().Match(text);
        return m.Success ? new(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)) : null;
    }

    public int CompareTo(SemanticVersion? other) =>
        other is null ? 1 : (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));

    public override string ToString() => $"{Major}.{Minor}.{Patch}";
}
