using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Styles;

/// <summary>Writes HTML and plain text side by side, so a style describes an item once and gets both forms.</summary>
public sealed class StyledTextBuilder
{
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _plain = new();

    public bool IsEmpty => _plain.Length == 0 && _html.Length == 0;

    /// <summary>The last visible character written, which punctuation rules look at ("J. H." + ". " must not double the period).</summary>
    public char LastChar => _plain.Length == 0 ? '\0' : _plain[^1];

    public StyledTextBuilder Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return this;
        _html.Append(HtmlText.Escape(text));
        _plain.Append(text);
        return this;
    }

    public StyledTextBuilder Italic(string? text)
    {
        if (string.IsNullOrEmpty(text)) return this;
        _html.Append("<i>").Append(HtmlText.Escape(text)).Append("</i>");
        _plain.Append(text);
        return this;
    }

    /// <summary>Rich text with its own italic/bold runs; inside an italic context italic runs flip back to roman, as CSL does.</summary>
    public StyledTextBuilder Rich(RichText? text, bool italic = false)
    {
        if (text is null) return this;
        foreach (var run in text.Runs)
        {
            if (run.Text.Length == 0) continue;
            var tags = new List<(string Open, string Close)>();
            if (italic ^ run.Italic) tags.Add(("<i>", "</i>"));
            if (run.Bold) tags.Add(("<b>", "</b>"));
            if (run.SmallCaps) tags.Add(("<span style=\"font-variant:small-caps\">", "</span>"));
            if (run.Superscript) tags.Add(("<sup>", "</sup>"));
            if (run.Subscript) tags.Add(("<sub>", "</sub>"));
            foreach (var tag in tags) _html.Append(tag.Open);
            _html.Append(HtmlText.Escape(run.Text));
            for (var i = tags.Count - 1; i >= 0; i--) _html.Append(tags[i].Close);
            _plain.Append(run.Text);
        }
        return this;
    }

    public StyledTextBuilder Link(string href, string text)
    {
        _html.Append("<a href=\"").Append(HtmlText.Escape(href)).Append("\">")
             .Append(HtmlText.Escape(text)).Append("</a>");
        _plain.Append(text);
        return this;
    }

    /// <summary>Wraps already formatted text in a link (the whole "Zanos et al., 2016" of a citation).</summary>
    public StyledTextBuilder Link(string href, FormattedText inner)
    {
        _html.Append("<a href=\"").Append(HtmlText.Escape(href)).Append("\">").Append(inner.Html).Append("</a>");
        _plain.Append(inner.PlainText);
        return this;
    }

    public StyledTextBuilder Append(FormattedText text)
    {
        _html.Append(text.Html);
        _plain.Append(text.PlainText);
        return this;
    }

    /// <summary>Appends CSL-style punctuation: a leading period is dropped when the text already ends in . ? or !.</summary>
    public StyledTextBuilder Punctuation(string delimiter)
    {
        if (delimiter.Length > 0 && delimiter[0] == '.' && LastChar is '.' or '?' or '!')
            delimiter = delimiter[1..];
        return Text(delimiter);
    }

    public FormattedText Build() => new(_html.ToString(), _plain.ToString());
}
