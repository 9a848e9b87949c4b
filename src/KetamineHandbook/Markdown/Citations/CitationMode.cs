namespace KetamineHandbook.Markdown.Citations;

/// <summary>Whether a citation stands in brackets or names its author in the sentence, as Pandoc distinguishes.</summary>
public enum CitationMode
{
    /// <summary><c>[@key]</c>: "(Zanos et al., 2016)".</summary>
    Parenthetical,

    /// <summary><c>@key</c>: "Zanos et al. (2016)".</summary>
    InText,
}
