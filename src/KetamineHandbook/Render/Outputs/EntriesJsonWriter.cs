using System.Text.Encodings.Web;
using System.Text.Json;
using KetamineHandbook.Build;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Outputs;

/// <summary>
/// <c>api/entries.json</c>: every entry of one edition with its category, status, grades, review date and
/// cascade links — the evidence overview as data, for readers who analyse it.
/// </summary>
public static class EntriesJsonWriter
{
    /// <summary>The file's path inside its edition.</summary>
    public const string Path = "api/entries.json";

    public static byte[] Write(SiteContext site, HandbookTree tree, Cascade cascade)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", 1);
            json.WriteString("handbook", tree.Settings.Title);
            json.WriteStartObject("edition");
            json.WriteString("label", tree.Label);
            WriteNullable(json, "version", tree.Edition?.Version);
            WriteNullable(json, "date", tree.Edition is null ? null : SiteContext.Iso(tree.Edition.Date));
            json.WriteString("url", site.AbsoluteUrl(tree.Prefix));
            json.WriteEndObject();
            json.WriteString("grades", "high > moderate > low > very-low > none; see methods/#grading-rubric");
            json.WriteStartArray("entries");
            foreach (var doc in tree.Index.Entries)
            {
                var meta = doc.Entry!;
                json.WriteStartObject();
                json.WriteString("id", doc.Id);
                json.WriteString("title", doc.Title);
                json.WriteString("summary", doc.Summary);
                json.WriteString("category", meta.Category);
                json.WriteString("status", meta.Status);
                json.WriteString("preclinical_grade", meta.PreclinicalGrade);
                json.WriteString("clinical_grade", meta.ClinicalGrade);
                json.WriteString("reviewed", SiteContext.Iso(meta.Reviewed));
                json.WriteString("url", site.AbsoluteUrl(tree.Prefix + SiteUrls.Entry(doc.Id)));
                if (cascade.LayerOf(doc.Id) is { } layer) json.WriteNumber("cascade_step", layer + 1);
                else json.WriteNull("cascade_step");
                json.WriteStartArray("links");
                foreach (var link in meta.Links)
                {
                    json.WriteStartObject();
                    json.WriteString("to", link.To);
                    json.WriteString("relation", link.Relation);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                WriteStrings(json, "related", meta.Related);
                WriteStrings(json, "keywords", meta.Keywords);
                WriteStrings(json, "authors", meta.Authors);
                WriteNullable(json, "replaced_by", meta.ReplacedBy);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }
}
