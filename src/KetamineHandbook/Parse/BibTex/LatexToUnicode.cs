using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>
/// Decodes the LaTeX of a BibTeX field to Unicode rich text: accents and symbols to characters,
/// <c>--</c>/<c>---</c> to dashes, <c>~</c> to a no-break space, <c>\textit{}</c>/<c>\emph{}</c>/<c>\textbf{}</c>
/// to styled runs, math sub- and superscripts to styled runs, and braces at the top level of the
/// field to case-protected runs (as Pandoc and biber read <c>{NMDA}</c>).
/// </summary>
public static class LatexToUnicode
{
    /// <summary>Decodes <paramref name="latex"/> (a field value without its outer delimiters) to rich text.</summary>
    public static RichText Decode(string latex) => new LatexDecoder(latex).Run();

    /// <summary>Decodes to plain Unicode, dropping protection and styling.</summary>
    public static string DecodePlain(string latex) =>
        latex.AsSpan().IndexOfAny("\\{}$~-`'\t\n\r") < 0 && !latex.Contains("  ", StringComparison.Ordinal)
            ? latex.Trim()
            : Decode(latex).PlainText;
}

/// <summary>Style flags of a run being decoded; combined as braces and commands nest.</summary>
[Flags]
internal enum RunStyle
{
    None = 0, Protected = 1, Italic = 2, Bold = 4, SmallCaps = 8, Superscript = 16, Subscript = 32,
}

/// <summary>One decoding pass over one field value; recursion depth is capped so any input terminates quickly.</summary>
internal sealed class LatexDecoder(string source)
{
    private const int MaxDepth = 100;

    private readonly string _s = source;
    private readonly List<RichTextRun> _runs = [];
    private readonly StringBuilder _buffer = new();
    private RunStyle _bufferStyle;
    private bool _pendingSpace;
    private RunStyle _lastStyle;
    private int _i;

    public RichText Run()
    {
        var style = RunStyle.None;
        DecodeSequence(ref style, depth: 0, math: false, closing: '\0');
        Flush();
        return new RichText(_runs);
    }

    /// <summary>Decodes until <paramref name="closing"/> ('}' or '$') or the end of the text.</summary>
    private void DecodeSequence(ref RunStyle style, int depth, bool math, char closing)
    {
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == closing) { _i++; return; }
            switch (c)
            {
                case '{':
                    _i++;
                    var inner = depth == 0 && !math ? style | RunStyle.Protected : style;
                    DecodeGroup(inner, depth + 1, math);
                    break;
                case '}':
                    _i++; // a stray closing brace: the reader already reported unbalanced braces
                    break;
                case '\\':
                    Command(ref style, depth, math);
                    break;
                case '$':
                    _i++;
                    if (math) return;
                    if (_i < _s.Length && _s[_i] == '$') _i++;
                    var mathStyle = style;
                    DecodeSequence(ref mathStyle, depth + 1, math: true, closing: '$');
                    if (_i < _s.Length && _s[_i] == '$') _i++;
                    break;
                case '~':
                    _i++;
                    Emit("\u00A0", style);
                    break;
                case '-' when !math:
                    var run = 1;
                    while (_i + run < _s.Length && _s[_i + run] == '-' && run < 3) run++;
                    _i += run;
                    Emit(run == 3 ? "—" : run == 2 ? "–" : "-", style);
                    break;
                case '`' when !math:
                    var doubleOpen = _i + 1 < _s.Length && _s[_i + 1] == '`';
                    _i += doubleOpen ? 2 : 1;
                    Emit(doubleOpen ? "“" : "‘", style);
                    break;
                case '\'' when !math:
                    var doubleClose = _i + 1 < _s.Length && _s[_i + 1] == '\'';
                    _i += doubleClose ? 2 : 1;
                    Emit(doubleClose ? "”" : "’", style);
                    break;
                case '^' or '_' when math:
                    _i++;
                    var script = style | (c == '^' ? RunStyle.Superscript : RunStyle.Subscript);
                    DecodeOneToken(script, depth, math);
                    break;
                default:
                    _i++;
                    Emit(c, style);
                    break;
            }
        }
    }

    private void DecodeGroup(RunStyle style, int depth, bool math)
    {
        if (depth > MaxDepth)
        {
            SkipGroup();
            return;
        }
        DecodeSequence(ref style, depth, math, closing: '}');
    }

    /// <summary>One argument without braces: a group, a command, or a single character.</summary>
    private void DecodeOneToken(RunStyle style, int depth, bool math)
    {
        SkipSpaces();
        if (_i >= _s.Length) return;
        var c = _s[_i];
        if (c == '{') { _i++; DecodeGroup(style, depth + 1, math); }
        else if (c == '\\') Command(ref style, depth, math);
        else { _i++; Emit(c, style); }
    }

    private void Command(ref RunStyle style, int depth, bool math)
    {
        _i++;
        if (_i >= _s.Length) return;
        string name;
        if (char.IsAsciiLetter(_s[_i]))
        {
            var start = _i;
            while (_i < _s.Length && char.IsAsciiLetter(_s[_i])) _i++;
            name = _s[start.._i];
            SkipSpaces(); // TeX swallows blanks after a control word
        }
        else
        {
            name = _s[_i].ToString();
            _i++;
        }

        if (LatexAccents.IsAccent(name))
        {
            Emit(LatexAccents.Apply(name, ReadArgumentText(depth)), style);
            return;
        }

        switch (name)
        {
            case "textit" or "emph" or "mkbibemph" or "mkbibitalic" or "textsl" or "mathit":
                Argument(style | RunStyle.Italic, depth, math); return;
            case "textbf" or "mkbibbold" or "mathbf" or "boldsymbol":
                Argument(style | RunStyle.Bold, depth, math); return;
            case "textsc":
                Argument(style | RunStyle.SmallCaps, depth, math); return;
            case "textsuperscript" or "mkbibsuperscript":
                Argument(style | RunStyle.Superscript, depth, math); return;
            case "textsubscript" or "mkbibsubscript":
                Argument(style | RunStyle.Subscript, depth, math); return;
            case "NoCaseChange" or "nocase":
                Argument(style | RunStyle.Protected, depth, math); return;
            case "textrm" or "textsf" or "texttt" or "textup" or "textmd" or "textnormal" or "mbox" or "hbox"
                or "text" or "mathrm" or "mathsf" or "mathtt" or "mathcal" or "mathbb" or "operatorname"
                or "ensuremath" or "url" or "uppercase" or "MakeUppercase" or "lowercase" or "MakeLowercase":
                Argument(style, depth, math); return;
            case "enquote" or "mkbibquote":
                Emit("“", style); Argument(style, depth, math); Emit("”", style); return;
            case "href" or "textcolor" or "foreignlanguage" or "hyphenation":
                SkipArgument(); Argument(style, depth, math); return;
            case "noopsort" or "hspace" or "vspace" or "label" or "cite" or "footnote" or "index" or "ignorespaces":
                SkipArgument(); return;
            case "em" or "it" or "itshape" or "sl" or "slshape":
                style |= RunStyle.Italic; return;
            case "bf" or "bfseries":
                style |= RunStyle.Bold; return;
            case "sc" or "scshape":
                style |= RunStyle.SmallCaps; return;
            case "upshape" or "rm" or "rmfamily" or "normalfont" or "mdseries":
                style &= ~(RunStyle.Italic | RunStyle.Bold | RunStyle.SmallCaps); return;
            case "par" or "newblock" or "newline" or "linebreak":
                Emit(" ", style); return;
        }

        if (LatexSymbols.TryGet(name, out var text))
        {
            Emit(text, style);
            return;
        }
        // An unknown command: drop its name and keep what it applies to, which is what a reader wants.
        if (_i < _s.Length && _s[_i] == '{') Argument(style, depth, math);
    }

    private void Argument(RunStyle style, int depth, bool math)
    {
        if (_i < _s.Length && _s[_i] == '{') { _i++; DecodeGroup(style, depth + 1, math); }
        else DecodeOneToken(style, depth, math);
    }

    /// <summary>The decoded text an accent applies to: a group, a command such as \i, or one character.</summary>
    private string ReadArgumentText(int depth)
    {
        SkipSpaces();
        if (_i >= _s.Length) return "";
        var start = _i;
        if (_s[_i] == '{')
        {
            SkipGroup();
            var inside = _s[(start + 1)..Math.Max(start + 1, _i - 1)];
            return depth > MaxDepth ? inside : new LatexDecoder(inside).Run().PlainText;
        }
        if (_s[_i] == '\\')
        {
            _i++;
            var nameStart = _i;
            while (_i < _s.Length && char.IsAsciiLetter(_s[_i])) _i++;
            if (_i == nameStart && _i < _s.Length) _i++;
            var name = _s[nameStart.._i];
            return LatexSymbols.TryGet(name, out var t) ? t : name;
        }
        _i++;
        return _s[start].ToString();
    }

    private void SkipArgument()
    {
        SkipSpaces();
        if (_i < _s.Length && _s[_i] == '{') SkipGroup();
    }

    /// <summary>Moves past a balanced {…} group starting at the current '{' without decoding it.</summary>
    private void SkipGroup()
    {
        var depth = 0;
        for (; _i < _s.Length; _i++)
        {
            if (_s[_i] == '{') depth++;
            else if (_s[_i] == '}' && --depth <= 0) { _i++; return; }
        }
    }

    private void SkipSpaces()
    {
        while (_i < _s.Length && _s[_i] is ' ' or '\t' or '\n' or '\r') _i++;
    }

    private void Emit(string text, RunStyle style)
    {
        foreach (var c in text) Emit(c, style);
    }

    /// <summary>Appends one character, collapsing blank runs to one space placed between the styles around it.</summary>
    private void Emit(char c, RunStyle style)
    {
        if (c is ' ' or '\t' or '\n' or '\r')
        {
            _pendingSpace = _runs.Count > 0 || _buffer.Length > 0;
            return;
        }
        if (_pendingSpace)
        {
            _pendingSpace = false;
            Append(' ', style & _lastStyle);
        }
        Append(c, style);
    }

    private void Append(char c, RunStyle style)
    {
        if (style != _bufferStyle && _buffer.Length > 0) Flush();
        _bufferStyle = style;
        _lastStyle = style;
        _buffer.Append(c);
    }

    private void Flush()
    {
        if (_buffer.Length == 0) return;
        _runs.Add(new RichTextRun(_buffer.ToString(),
            Protected: _bufferStyle.HasFlag(RunStyle.Protected),
            Italic: _bufferStyle.HasFlag(RunStyle.Italic),
            Bold: _bufferStyle.HasFlag(RunStyle.Bold),
            SmallCaps: _bufferStyle.HasFlag(RunStyle.SmallCaps),
            Superscript: _bufferStyle.HasFlag(RunStyle.Superscript),
            Subscript: _bufferStyle.HasFlag(RunStyle.Subscript)));
        _buffer.Clear();
    }
}
