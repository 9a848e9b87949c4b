using System.Globalization;
using System.Text.Json;
using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;

namespace KetamineHandbook.Parse.CslJson;

/// <summary>Reads a CSL-JSON array (Zotero's and Pandoc's exchange format) into <see cref="Reference"/> records.</summary>
/// <remarks>A malformed item is reported and skipped; the other items still load.</remarks>
public static class CslJsonReader
{
    /// <summary>Error: the CSL-JSON text, or one item of it, could not be read.</summary>
    public const string MalformedCode = "KH3103";

    public static IReadOnlyList<Reference> ReadFile(string path, DiagnosticBag diagnostics) =>
        Read(File.ReadAllText(path), path, diagnostics);

    public static IReadOnlyList<Reference> Read(string json, string sourcePath, DiagnosticBag diagnostics)
    {
        var references = new List<Reference>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            diagnostics.Error(MalformedCode, new SourceLocation(sourcePath, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1),
                "not valid CSL-JSON: " + e.Message);
            return references;
        }
        using (document)
        {
            var items = document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().ToList()
                : [document.RootElement];
            for (var index = 0; index < items.Count; index++)
            {
                var item = items[index];
                if (item.ValueKind != JsonValueKind.Object || Text(item, "id") is not { Length: > 0 } id)
                {
                    diagnostics.Error(MalformedCode, new SourceLocation(sourcePath), $"CSL-JSON item {index + 1} has no 'id'; skipped");
                    continue;
                }
                references.Add(ReadItem(item, id, sourcePath));
            }
        }
        return references;
    }

    private static Reference ReadItem(JsonElement item, string id, string sourcePath)
    {
        var type = Text(item, "type") ?? "document";
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                fields[property.Name.ToLowerInvariant()] = property.Value.ToString();
        }
        return new Reference
        {
            Key = id,
            CslType = type,
            EntryType = CslTypes.ToBibTex(type),
            Authors = Names(item, "author"),
            Editors = Names(item, "editor"),
            Title = Rich(item, "title"),
            ContainerTitle = Rich(item, "container-title"),
            CollectionTitle = Rich(item, "collection-title"),
            Publisher = Text(item, "publisher"),
            PublisherPlace = Text(item, "publisher-place"),
            Volume = Text(item, "volume"),
            Issue = Text(item, "issue"),
            Page = Text(item, "page") is { } page ? PageRange.WithEnDash(page) : null,
            Edition = Text(item, "edition"),
            Version = Text(item, "version"),
            Issued = Date(item, "issued"),
            Accessed = Date(item, "accessed"),
            Doi = Text(item, "DOI"),
            Pmid = Text(item, "PMID"),
            Pmcid = Text(item, "PMCID"),
            Url = Text(item, "URL"),
            Isbn = Text(item, "ISBN"),
            Issn = Text(item, "ISSN"),
            Note = Text(item, "note"),
            Abstract = Text(item, "abstract"),
            Language = Text(item, "language"),
            Keywords = Text(item, "keyword") is { } k
                ? k.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [],
            Fields = fields,
            Location = new SourceLocation(sourcePath),
        };
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static RichText? Rich(JsonElement item, string name) => Text(item, name) is { } text ? CslRichText.Parse(text) : null;

    private static IReadOnlyList<PersonName> Names(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array) return [];
        return list.EnumerateArray()
            .Where(n => n.ValueKind == JsonValueKind.Object)
            .Select(n => new PersonName(
                Family: Text(n, "family"), Given: Text(n, "given"),
                NonDroppingParticle: Text(n, "non-dropping-particle"), DroppingParticle: Text(n, "dropping-particle"),
                Suffix: Text(n, "suffix"), Literal: Text(n, "literal")))
            .ToList();
    }

    /// <summary>Reads <c>{"date-parts": [[y, m, d], [y2, …]]}</c>, <c>{"literal": …}</c> or <c>{"raw": "2020-05-01"}</c>.</summary>
    private static DateValue? Date(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var date) || date.ValueKind != JsonValueKind.Object) return null;
        if (date.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            var ranges = parts.EnumerateArray().Select(DateParts).Where(d => d is not null).ToList();
            if (ranges.Count > 0) return ranges[0]! with { EndOfRange = ranges.Count > 1 ? ranges[1] : null };
        }
        if (Text(date, "literal") is { } literal) return new DateValue(null, Literal: literal);
        if (Text(date, "raw") is { } raw)
        {
            var bits = raw.Split('-', '/');
            int? At(int i) => i < bits.Length && int.TryParse(bits[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
            return At(0) is int y ? new DateValue(y, At(1), At(2)) : new DateValue(null, Literal: raw);
        }
        return null;
    }

    private static DateValue? DateParts(JsonElement parts)
    {
        if (parts.ValueKind != JsonValueKind.Array) return null;
        var numbers = parts.EnumerateArray().Select(p => p.ValueKind switch
        {
            JsonValueKind.Number when p.TryGetInt32(out var n) => (int?)n,
            JsonValueKind.String when int.TryParse(p.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        }).ToList();
        if (numbers.Count == 0 || numbers[0] is null) return null;
        return new DateValue(numbers[0], numbers.ElementAtOrDefault(1), numbers.ElementAtOrDefault(2));
    }
}
