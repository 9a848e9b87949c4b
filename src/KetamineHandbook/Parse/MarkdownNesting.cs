namespace KetamineHandbook.Parse;

/// <summary>
/// Guards the Markdown parser and renderer, which recurse per nesting level, against input nested
/// so deeply that it would exhaust the stack. A cheap scan before parsing is enough.
/// </summary>
public static class MarkdownNesting
{
    public const int MaxDepth = 64;

    public static bool ExceedsLimit(string body, out int line)
    {
        line = 1;
        int depth = 0, indent = 0;
        bool lineStart = true;
        int brackets = 0;
        foreach (var c in body)
        {
            if (c == '\n') { line++; depth = 0; indent = 0; lineStart = true; continue; }
            if (lineStart)
            {
                if (c == '>') { depth++; if (depth > MaxDepth) return true; continue; }
                if (c is ' ' or '\t') { indent += c == '\t' ? 4 : 1; if (indent > MaxDepth * 4) return true; continue; }
                lineStart = false;
            }
            if (c == '[') { if (++brackets > MaxDepth * 4) return true; }
            else if (c == ']' && brackets > 0) brackets--;
        }
        return false;
    }
}
