namespace KetamineHandbook.Render.Styles;

/// <summary>One piece of formatted output in both forms every consumer needs: escaped HTML and plain text.</summary>
public sealed record FormattedText(string Html, string PlainText)
{
    public static readonly FormattedText Empty = new("", "");

    public bool IsEmpty => PlainText.Length == 0 && Html.Length == 0;

    public override string ToString() => PlainText;
}
