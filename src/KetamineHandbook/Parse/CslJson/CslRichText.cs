using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.CslJson;

/// <summary>Reads CSL's in-field markup (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>,
/// <c>&lt;span class="nocase"&gt;</c>, small caps) into rich text runs.</summary>
public static class CslRichText
{
    public static RichText Parse(string text)
    {
        var runs = new List<RichTextRun>();
        var stack = new Stack<string>();
        var run = new System.Text.StringBuilder();
        RichTextRun Style(string s) => new(s,
            Protected: stack.Contains("nocase"), Italic: stack.Contains("i"), Bold: stack.Contains("b"),
            SmallCaps: stack.Contains("sc"), Superscript: stack.Contains("sup"), Subscript: stack.Contains("sub"));
        void Flush() { if (run.Length > 0) { runs.Add(Style(run.ToString())); run.Clear(); } }

        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '<' && TryTag(text, i, out var tag, out var closing, out var next))
            {
                Flush();
                if (closing) { if (stack.Count > 0) stack.Pop(); }
                else stack.Push(tag);
                i = next;
                continue;
            }
            run.Append(text[i++]);
        }
        Flush();
        return runs.Count == 0 ? RichText.Plain("") : new RichText(runs);
    }

    /// <summary>Recognises only CSL's own tags; any other '&lt;' is text.</summary>
    private static bool TryTag(string text, int at, out string tag, out bool closing, out int next)
    {
        tag = "";
        closing = false;
        next = at;
        var end = text.IndexOf('>', at);
        if (end < 0) return false;
        var inner = text[(at + 1)..end].Trim();
        closing = inner.StartsWith('/');
        if (closing) inner = inner[1..].Trim();
        var name = inner.Split(' ', 2)[0].ToLowerInvariant();
        switch (name)
        {
            case "i" or "em": tag = "i"; break;
            case "b" or "strong": tag = "b"; break;
            case "sup": tag = "sup"; break;
            case "sub": tag = "sub"; break;
            case "span":
                tag = inner.Contains("nocase", StringComparison.Ordinal) ? "nocase"
                    : inner.Contains("small-caps", StringComparison.Ordinal) ? "sc" : "span";
                break;
            default: return false;
        }
        next = end + 1;
        return true;
    }
}
