using System.Text;

namespace KetamineHandbook.Render.Styles;

/// <summary>Minimal HTML escaping: only the five characters that matter, so Unicode text stays readable in the output.</summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
