using System.Globalization;
using System.Text.RegularExpressions;
using KetamineHandbook.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KetamineHandbook.Parse.Yaml;

/// <summary>
/// Reads YAML against an <see cref="ObjectSpec"/>, reporting every problem (syntax, unknown keys with a
/// did-you-mean, missing or invalid values) at its line and column in the original file.
/// </summary>
public static class YamlSchemaReader
{
    /// <param name="lineOffset">Lines before the YAML text in its file (1 for front matter after <c>---</c>).</param>
    public static YamlObject? Read(string yaml, ObjectSpec spec, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + lineOffset;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new(path, line, (int)e.Start.Column),
                $"malformed YAML: {CleanYamlMessage(e)}; check indentation, colons and quoting on this line");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some unterminated constructs at the end.
            var lastLine = yaml.TrimEnd('\n').Count(c => c == '\n') + 1 + lineOffset;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new(path, lastLine, 1),
                "malformed YAML: a bracket, brace or quote opened above is never closed");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            var empty = new YamlObject { Position = (lineOffset + 1, 1) };
            ReportMissing(spec, empty, path, diagnostics, (lineOffset, 1));
            return diagnostics.HasErrors ? null : empty;
        }
        var root = stream.Documents[0].RootNode;
        var reader = new Session(path, lineOffset, diagnostics);
        return reader.ReadObject(root, spec, "");
    }

    private static string CleanYamlMessage(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes its own "(Line: x, Col: y, …)" which we already give in canonical form.
        var idx = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && idx > 0) message = message[(idx + 3)..];
        return message.TrimEnd('.');
    }

    private static void ReportMissing(ObjectSpec spec, YamlObject obj, string path, DiagnosticBag diagnostics, (int Line, int Column) at, string prefix = "")
    {
        foreach (var field in spec.Fields.Where(f => f.Required && !obj.Has(f.Name)))
        {
            diagnostics.Error(DiagnosticCodes.MissingField, new(path, at.Line, at.Column),
                $"required field '{prefix}{field.Name}' is missing: {field.Description}");
        }
    }

    private sealed class Session(string path, int lineOffset, DiagnosticBag diagnostics)
    {
        private SourceLocation At(YamlNode node) => new(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

        public YamlObject? ReadObject(YamlNode node, ObjectSpec spec, string prefix)
        {
            if (node is not YamlMappingNode map)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, At(node),
                    prefix.Length == 0
                        ? "front matter must be a YAML mapping of 'key: value' lines"
                        : $"'{prefix.TrimEnd('.')}' must be a mapping of 'key: value' lines");
                return null;
            }
            var at = At(node);
            var obj = new YamlObject { Position = (at.Line, at.Column) };
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!seen.Add(key))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateKey, At(keyNode), $"key '{prefix}{key}' appears twice; keep one");
                    continue;
                }
                var field = spec.Find(key);
                if (field is null)
                {
                    var suggestion = Spelling.Suggest(key, spec.Fields.Select(f => f.Name));
                    var allowed = string.Join(", ", spec.Fields.Select(f => f.Name));
                    diagnostics.Error(DiagnosticCodes.UnknownKey, At(keyNode),
                        $"unknown key '{prefix}{key}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?") + $" (allowed: {allowed})");
                    continue;
                }
                var value = ReadValue(valueNode, field, prefix + key);
                if (value is not Invalid) obj.Set(key, value, At(keyNode).Line, At(keyNode).Column);
            }
            // A present but invalid field was already reported; "missing" would be a second, wrong message.
            ReportMissing(spec with { Fields = spec.Fields.Where(f => !seen.Contains(f.Name)).ToList() }, obj, path, diagnostics, (at.Line, at.Column), prefix);
            return obj;
        }

        private sealed class Invalid { public static readonly Invalid Value = new(); }

        private object? ReadValue(YamlNode node, FieldSpec field, string name)
        {
            switch (field.Kind)
            {
                case FieldKind.Object:
                    return ReadObject(node, field.Fields!, name + ".") ?? (object)Invalid.Value;
                case FieldKind.ObjectList:
                {
                    if (IsNull(node)) return Array.Empty<YamlObject>();
                    if (node is not YamlSequenceNode seq) return WrongType(node, name, "a list of mappings (lines starting with '- ')");
                    var list = new List<YamlObject>();
                    foreach (var item in seq.Children)
                    {
                        var o = ReadObject(item, field.Fields!, name + "[].");
                        if (o is not null) list.Add(o);
                    }
                    return list;
                }
                case FieldKind.TextList:
                {
                    if (IsNull(node)) return Array.Empty<string>();
                    if (node is not YamlSequenceNode seq) return WrongType(node, name, "a list, e.g. [a, b] or lines starting with '- '");
                    var list = new List<string>();
                    foreach (var item in seq.Children)
                    {
                        if (item is not YamlScalarNode s || s.Value is null) { WrongType(item, name, "a list of plain text items"); continue; }
                        if (CheckText(item, field, name, s.Value)) list.Add(s.Value);
                    }
                    return list;
                }
            }
            if (node is not YamlScalarNode scalar) return WrongType(node, name, "a single value, not a list or mapping");
            var text = scalar.Value ?? "";
            if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (text is "" or "~" or "null"))
            {
                if (field.Required)
                {
                    diagnostics.Error(DiagnosticCodes.MissingField, At(node), $"'{name}' is empty: {field.Description}");
                    return Invalid.Value;
                }
                return null;
            }
            switch (field.Kind)
            {
                case FieldKind.Enum:
                    if (field.AllowedValues.Contains(text)) return text;
                    var suggestion = Spelling.Suggest(text, field.AllowedValues);
                    diagnostics.Error(DiagnosticCodes.InvalidValue, At(node),
                        $"'{name}' is '{text}', which is not allowed; use one of: {string.Join(", ", field.AllowedValues)}" +
                        (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"));
                    return Invalid.Value;
                case FieldKind.Date:
                    if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
                    diagnostics.Error(DiagnosticCodes.InvalidDate, At(node),
                        $"'{name}' is '{text}', which is not a valid date; write it as YYYY-MM-DD, e.g. 2026-11-26");
                    return Invalid.Value;
                case FieldKind.Integer:
                    if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)) return i;
                    return WrongType(node, name, "a whole number");
                case FieldKind.Boolean:
                    if (text is "true" or "false") return text == "true";
                    return WrongType(node, name, "true or false");
                default:
                    return CheckText(node, field, name, text) ? text : Invalid.Value;
            }
        }

        private bool CheckText(YamlNode node, FieldSpec field, string name, string text)
        {
            if (field.MaxLength is { } max && text.Length > max)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, At(node),
                    $"'{name}' is {text.Length} characters long; keep it to {max} or fewer");
                return false;
            }
            // NonBacktracking runs in time linear in the text, so no timeout is needed: the former 1 s timeout
            // fired under CPU starvation (a loaded CI machine, a long GC pause) and crashed whole builds.
            if (field.Pattern is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, At(node), $"'{name}' value '{text}' is not valid: {field.PatternHint}");
                return false;
            }
            return true;
        }

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

        private Invalid WrongType(YamlNode node, string name, string expected)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"'{name}' must be {expected}");
            return Invalid.Value;
        }
    }
}
