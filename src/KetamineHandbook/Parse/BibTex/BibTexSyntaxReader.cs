using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>
/// The first pass over a .bib file: finds @entries, @string macros, @preamble and @comment, reads
/// field values with braces, quotes, numbers, macros and '#' concatenation, and records where each
/// entry starts. It decodes no LaTeX; that is <see cref="LatexToUnicode"/>'s job.
/// </summary>
/// <remarks>
/// A broken entry is reported and skipped: reading resumes at the next '@' that starts a line, so one
/// missing brace costs one entry, not the rest of the file. Every loop advances the position, and
/// brace depth is capped, so any input is read in time linear in its length.
/// </remarks>
internal sealed class BibTexSyntaxReader
{
    internal const int MaxBraceDepth = 64;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April",
        ["may"] = "May", ["jun"] = "June", ["jul"] = "July", ["aug"] = "August",
        ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    };
    private int _pos;

    public BibTexSyntaxReader(SourceText source, List<Diagnostic> diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    public List<RawEntry> Entries { get; } = [];

    public void ReadAll()
    {
        while (_pos < _text.Length)
        {
            var at = _text.IndexOf('@', _pos);
            if (at < 0) break;
            _pos = at + 1;
            try
            {
                ReadItem(at);
            }
            catch (BibSyntaxException e)
            {
                _diagnostics.Add(Diagnostic.Error(e.Code, _source.At(e.Offset), e.Message));
                _pos = NextLineStartingAt(Math.Max(at + 1, Math.Min(e.Offset, _text.Length)), at + 1);
            }
        }
    }

    /// <summary>Where to resume after a broken entry: the next '@' that begins a line (after blanks).</summary>
    private int NextLineStartingAt(int failedAt, int entryStart)
    {
        // An unterminated value swallowed everything after it, so resume right after the entry's
        // start; otherwise resume after the point of failure.
        var from = failedAt >= _text.Length ? entryStart : failedAt;
        while (true)
        {
            var at = _text.IndexOf('@', from);
            if (at < 0) return _text.Length;
            var i = at - 1;
            while (i >= 0 && (_text[i] == ' ' || _text[i] == '\t')) i--;
            if (i < 0 || _text[i] == '\n' || _text[i] == '\r') return at;
            from = at + 1;
        }
    }

    private void ReadItem(int at)
    {
        var type = ReadName();
        if (type.Length == 0) return; // a lone '@' in free text between entries: BibTeX ignores it
        SkipBlanks(allowComments: false);
        if (_pos >= _text.Length || (_text[_pos] != '{' && _text[_pos] != '(')) return;
        var close = _text[_pos] == '{' ? '}' : ')';
        var open = _pos;
        _pos++;

        switch (type.ToLowerInvariant())
        {
            case "comment":
                SkipComment(open, close);
                return;
            case "preamble":
                SkipBlanks();
                ReadValue("@preamble");
                SkipBlanks();
                Expect(close, "to close the @preamble");
                return;
            case "string":
                ReadStringDefinition(close);
                return;
            default:
                ReadEntry(type.ToLowerInvariant(), at, close);
                return;
        }
    }

    private void SkipComment(int open, char close)
    {
        if (close == '}')
        {
            _pos = open;
            ReadBraced();
            return;
        }
        var end = _text.IndexOf(')', _pos);
        _pos = end < 0 ? _text.Length : end + 1;
    }

    private void ReadStringDefinition(char close)
    {
        SkipBlanks();
        var nameAt = _pos;
        var name = ReadName();
        if (name.Length == 0)
            throw new BibSyntaxException(BibDiagnosticCodes.Syntax, nameAt,
                "@string needs a macro name, as in @string{jpsy = {Journal of Psychiatry}}.");
        SkipBlanks();
        Expect('=', $"after the @string name '{name}'");
        SkipBlanks();
        var value = ReadValue(name);
        SkipBlanks();
        Expect(close, $"to close @string{{{name} = …}}");
        _macros[name] = value;
    }

    private void ReadEntry(string type, int at, char close)
    {
        SkipBlanks();
        var keyAt = _pos;
        var key = ReadKey(close);
        if (key.Length == 0)
            throw new BibSyntaxException(BibDiagnosticCodes.MissingKey, keyAt,
                $"@{type} entry has no citation key; write one right after the brace, as in @{type}{{smith2020, …}}.");
        var entry = new RawEntry(type, key, _source.At(at));
        SkipBlanks();
        if (Peek() == close) { _pos++; Entries.Add(entry); return; }
        Expect(',', $"after the key '{key}'");

        while (true)
        {
            SkipBlanks();
            if (_pos >= _text.Length)
                throw new BibSyntaxException(BibDiagnosticCodes.Unterminated, at,
                    $"entry '{key}' is not closed before the end of the file; add the missing '{close}'.");
            if (_text[_pos] == close) { _pos++; break; }
            var nameAt = _pos;
            var name = ReadName().ToLowerInvariant();
            if (name.Length == 0)
                throw new BibSyntaxException(BibDiagnosticCodes.Syntax, nameAt,
                    $"in entry '{key}': expected a field name or '{close}' but found '{Describe(Peek())}'.");
            SkipBlanks();
            Expect('=', $"after the field name '{name}' in entry '{key}'");
            SkipBlanks();
            var value = ReadValue(name);
            if (entry.Fields.ContainsKey(name))
                _diagnostics.Add(Diagnostic.Warning(BibDiagnosticCodes.DuplicateField, _source.At(nameAt),
                    $"field '{name}' appears twice in entry '{key}'; the first value is kept. Delete one of them."));
            else
                entry.Set(new RawField(name, value, _source.At(nameAt)));
            SkipBlanks();
            var c = Peek();
            if (c == ',') { _pos++; continue; }
            if (c == close) { _pos++; break; }
            throw new BibSyntaxException(BibDiagnosticCodes.Syntax, _pos,
                $"in entry '{key}': expected ',' or '{close}' after the value of '{name}' but found '{Describe(c)}'; is a comma missing?");
        }
        Entries.Add(entry);
    }

    /// <summary>A value: parts in braces, quotes, bare numbers or macro names, joined by '#'.</summary>
    private string ReadValue(string fieldName)
    {
        StringBuilder? joined = null;
        string? single = null;
        while (true)
        {
            var start = _pos;
            string part;
            var c = Peek();
            if (c == '{') part = ReadBraced();
            else if (c == '"') part = ReadQuoted();
            else if (char.IsAsciiDigit(c)) part = ReadName();
            else
            {
                var name = ReadName();
                if (name.Length == 0)
                    throw new BibSyntaxException(BibDiagnosticCodes.Syntax, start,
                        $"field '{fieldName}' has no value: expected {{…}}, \"…\", a number or an @string name but found '{Describe(c)}'.");
                if (!_macros.TryGetValue(name, out var expanded))
                {
                    _diagnostics.Add(Diagnostic.Warning(BibDiagnosticCodes.UndefinedMacro, _source.At(start),
                        $"field '{fieldName}' uses the @string macro '{name}', which is not defined; define it with @string{{{name} = {{…}}}} before this entry, or put the text in braces (the name is used as the text meanwhile)."));
                    expanded = name.ToLowerInvariant(); // as Pandoc does: the name stands in for the text
                }
                part = expanded;
            }

            if (single is null && joined is null) single = part;
            else (joined ??= new StringBuilder(single)).Append(part);

            SkipBlanks();
            if (Peek() != '#') break;
            _pos++;
            SkipBlanks();
        }
        return joined?.ToString() ?? single ?? "";
    }

    private string ReadBraced()
    {
        var open = _pos;
        var depth = 0;
        for (var i = _pos; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '{')
            {
                if (++depth > MaxBraceDepth)
                    throw new BibSyntaxException(BibDiagnosticCodes.NestingTooDeep, i,
                        $"braces are nested more than {MaxBraceDepth} deep; this is almost certainly a missing '}}'.");
            }
            else if (c == '}' && --depth == 0)
            {
                _pos = i + 1;
                return _text.Substring(open + 1, i - open - 1);
            }
        }
        throw new BibSyntaxException(BibDiagnosticCodes.Unterminated, open,
            "this '{' is never closed; add the missing '}' (braces inside a value must balance).");
    }

    private string ReadQuoted()
    {
        var open = _pos;
        var depth = 0;
        for (var i = _pos + 1; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '{')
            {
                if (++depth > MaxBraceDepth)
                    throw new BibSyntaxException(BibDiagnosticCodes.NestingTooDeep, i,
                        $"braces are nested more than {MaxBraceDepth} deep; this is almost certainly a missing '}}'.");
            }
            else if (c == '}')
            {
                if (--depth < 0)
                    throw new BibSyntaxException(BibDiagnosticCodes.Syntax, i,
                        "a '}' inside a quoted value has no matching '{'.");
            }
            else if (c == '"' && depth == 0)
            {
                _pos = i + 1;
                return _text.Substring(open + 1, i - open - 1);
            }
        }
        throw new BibSyntaxException(BibDiagnosticCodes.Unterminated, open,
            "this '\"' is never closed; add the closing '\"' (or write the value in braces).");
    }

    /// <summary>A name as BibTeX allows for entry types, fields and macros: no blanks or delimiters.</summary>
    private string ReadName()
    {
        var start = _pos;
        while (_pos < _text.Length && IsNameChar(_text[_pos])) _pos++;
        return _text.Substring(start, _pos - start);
    }

    private string ReadKey(char close)
    {
        var start = _pos;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c) || c == ',' || c == '{' || c == '}' || c == '"' || c == '=' || c == close) break;
            _pos++;
        }
        return _text.Substring(start, _pos - start);
    }

    private static bool IsNameChar(char c) =>
        !char.IsWhiteSpace(c) && c is not ('"' or '#' or '%' or '\'' or '(' or ')' or ',' or '=' or '{' or '}' or '@');

    /// <summary>Skips blanks and, inside entries, '%' line comments that some tools write between fields.</summary>
    private void SkipBlanks(bool allowComments = true)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c)) { _pos++; continue; }
            if (c == '%' && allowComments)
            {
                var end = _text.IndexOf('\n', _pos);
                _pos = end < 0 ? _text.Length : end + 1;
                continue;
            }
            break;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Expect(char c, string context)
    {
        if (Peek() == c) { _pos++; return; }
        var code = _pos >= _text.Length ? BibDiagnosticCodes.Unterminated : BibDiagnosticCodes.Syntax;
        throw new BibSyntaxException(code, _pos, $"expected '{c}' {context} but found '{Describe(Peek())}'.");
    }

    private static string Describe(char c) => c switch
    {
        '\0' => "end of file",
        '\n' or '\r' => "end of line",
        _ => c.ToString(),
    };

    /// <summary>Aborts reading one entry; caught in <see cref="ReadAll"/> and turned into a diagnostic.</summary>
    private sealed class BibSyntaxException(string code, int offset, string message) : Exception(message)
    {
        public string Code { get; } = code;
        public int Offset { get; } = offset;
    }
}
