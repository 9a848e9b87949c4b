namespace KetamineHandbook.Render.Styles;

/// <summary>What disambiguation decided for one work: a year suffix ("a", "b") and how many names to show in text.</summary>
/// <param name="YearSuffix">Empty unless two works by the same authors share a year.</param>
/// <param name="IntextNames">Names shown before "et al." in text; 0 means the style's default.</param>
public sealed record CitationLabel(string YearSuffix = "", int IntextNames = 0)
{
    public static readonly CitationLabel None = new();
}
