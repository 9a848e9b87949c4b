using Scriban.Runtime;

namespace KetamineHandbook.Render;

/// <summary>
/// Where an indented include writes: through to the page's output, with the include's indent put before
/// every line after the first, as Scriban does to the text of an included partial (but without a copy of it).
/// </summary>
internal sealed class IndentedPartialOutput(IScriptOutput page, string indent) : IScriptOutput
{
    // The indent belongs to the line that follows a newline, so it waits for that line's first character:
    // a partial that ends with a newline leaves the caller's next line as the caller wrote it.
    private bool _indentPending;

    public void Write(string text, int offset, int count)
    {
        var end = offset + count;
        while (offset < end)
        {
            if (_indentPending)
            {
                page.Write(indent, 0, indent.Length);
                _indentPending = false;
            }
            var newline = text.IndexOf('\n', offset, end - offset);
            var lineEnd = newline < 0 ? end : newline + 1;
            page.Write(text, offset, lineEnd - offset);
            _indentPending = newline >= 0;
            offset = lineEnd;
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
