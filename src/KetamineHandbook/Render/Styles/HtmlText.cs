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
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;  // a char as it is: no one-character string per letter
            }
        }
        return sb.ToString();
    }
}
