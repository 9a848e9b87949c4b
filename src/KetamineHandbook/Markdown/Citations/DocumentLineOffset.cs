using Markdig.Syntax;

namespace KetamineHandbook.Markdown.Citations;

/// <summary>
/// The number of .md file lines before the Markdown body (the front matter with its <c>---</c> fences), stored on
/// the <see cref="MarkdownDocument"/> so every stage that reports positions agrees on it.
/// </summary>
/// <remarks>
/// Markdig numbers lines from the start of the text it parses. The loader strips the front matter first, so
/// line <c>n</c> (0-based) in Markdig is line <c>n + 1 + offset</c> (1-based) in the file.
/// </remarks>
public static class DocumentLineOffset
{
    /// <summary>The data key under which the offset is stored on the document.</summary>
    public const string DataKey = "KetamineHandbook.LineOffset";

    public static void Set(MarkdownDocument document, int lineOffset) => document.SetData(DataKey, lineOffset);

    /// <summary>The stored offset, or 0 when the document carries none.</summary>
    public static int Get(MarkdownDocument document) => document.GetData(DataKey) is int offset ? offset : 0;
}
