using System.Text;
using Scriban.Runtime;

namespace KetamineHandbook.Render;

/// <summary>
/// Where a page's template writes: a buffer the caller reads itself. Scriban's <c>Template.Render</c> copies
/// its whole output into a string when it finishes; this output answers that with an empty string, so a
/// page is never copied into a string only to be copied again into the page around it or into bytes.
/// </summary>
internal sealed class PageOutput(StringBuilder buffer) : IScriptOutput
{
    public void Write(string text, int offset, int count) => buffer.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Nothing: the text is in the buffer (see the class summary).</summary>
    public override string ToString() => "";
}
