using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KetamineHandbook.Markdown;

/// <summary>
/// The nodes of one type in a parsed document, in document order (depth first, a node before its children):
/// the order Markdig's <c>Descendants&lt;T&gt;()</c> yields, collected by plain recursion into a list.
/// </summary>
/// <remarks>
/// Markdig walks the whole tree through nested iterators for every such query, and the resolve stage asks
/// it for each document; this walk does the same visit at a fraction of the cost. Order matters to callers:
/// citations are numbered by first appearance and the first link to a target names its origin.
/// </remarks>
public static class DocumentOrder
{
    public static List<T> All<T>(ContainerBlock root) where T : MarkdownObject
    {
        var found = new List<T>();
        Walk(root, found);
        return found;
    }

    private static void Walk<T>(ContainerBlock container, List<T> found) where T : MarkdownObject
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is T match) found.Add(match);
            if (block is ContainerBlock inner) Walk(inner, found);
            // A leaf block's inline root is a holder, not content: only what is inside it counts.
            else if (block is LeafBlock { Inline: { } inlines }) Walk(inlines, found);
        }
    }

    private static void Walk<T>(ContainerInline container, List<T> found) where T : MarkdownObject
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is T match) found.Add(match);
            if (inline is ContainerInline inner) Walk(inner, found);
        }
    }
}
