using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineHandbook.Parse;

/// <summary>The plain text of a heading, as a reader sees it (emphasis and code unwrapped).</summary>
public static class HeadingText
{
    public static string Of(HeadingBlock heading)
    {
        var text = new StringBuilder();
        if (heading.Inline is { } inline) Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline nested: Append(nested, text); break;
            }
        }
    }
}
