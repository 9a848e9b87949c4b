using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KetamineHandbook.Parse;
using KetamineHandbook.Parse.Yaml;

namespace KetamineHandbook.Render.Schema;

/// <summary>
/// Writes a front-matter <see cref="ObjectSpec"/> as a JSON Schema (draft-07, the draft editors' YAML
/// tooling supports most widely). It is generated from the very spec the build validates with, so an
/// editor and the build agree on keys, required fields, allowed values and id patterns.
/// </summary>
public static class FrontMatterJsonSchema
{
    /// <summary>Where the entry schema is published in the site.</summary>
    public const string EntrySitePath = "schema/entry.schema.json";
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>The schema of an entry's front matter, as published at <see cref="EntrySitePath"/>.</summary>
    public static string ForEntries() => Generate(EntrySchema.Spec,
        "KetamineHandbook entry front matter",
        "The YAML between the '---' lines at the top of input/entries/<id>.md. Generated from the schema the build validates with.");

    public static string Generate(ObjectSpec spec, string title, string description)
    {
        var buffer = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n", // the same bytes on every OS, so the committed copy can be compared exactly
            // The file is read by editors, not embedded in HTML: keep apostrophes and '<id>' readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Draft);
            json.WriteString("title", title);
            json.WriteString("description", description);
            WriteObjectBody(json, spec);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteObjectBody(Utf8JsonWriter json, ObjectSpec spec)
    {
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var field in spec.Fields)
        {
            json.WriteStartObject(field.Name);
            WriteField(json, field);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        var required = spec.Fields.Where(f => f.Required).Select(f => f.Name).ToList();
        if (required.Count > 0)
        {
            json.WriteStartArray("required");
            foreach (var name in required) json.WriteStringValue(name);
            json.WriteEndArray();
        }
        // Unknown keys are build errors (usually a misspelt key), so the editor should flag them too.
        json.WriteBoolean("additionalProperties", false);
    }

    private static void WriteField(Utf8JsonWriter json, FieldSpec field)
    {
        json.WriteString("description", field.Description);
        // The build reads an empty optional value ("key:" with nothing after it) as absent; allow null for those.
        var nullable = !field.Required;
        switch (field.Kind)
        {
            case FieldKind.Text:
                WriteType(json, "string", nullable);
                WriteTextConstraints(json, field);
                break;
            case FieldKind.Enum:
                json.WriteStartArray("enum");
                foreach (var value in field.AllowedValues) json.WriteStringValue(value);
                if (nullable) json.WriteNullValue();
                json.WriteEndArray();
                break;
            case FieldKind.Date:
                WriteType(json, "string", nullable);
                json.WriteString("format", "date");
                json.WriteString("pattern", @"^\d{4}-\d{2}-\d{2}$");
                break;
            case FieldKind.Integer:
                WriteType(json, "integer", nullable);
                break;
            case FieldKind.Boolean:
                WriteType(json, "boolean", nullable);
                break;
            case FieldKind.TextList:
                // Lists may be left empty ("related:") in every case; the build reads that as no items.
                WriteType(json, "array", nullable: true);
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                WriteTextConstraints(json, field);
                json.WriteEndObject();
                break;
            case FieldKind.Object:
                WriteObjectBody(json, field.Fields!);
                break;
            case FieldKind.ObjectList:
                WriteType(json, "array", nullable: true);
                json.WriteStartObject("items");
                WriteObjectBody(json, field.Fields!);
                json.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"no JSON Schema mapping for field kind {field.Kind}");
        }
    }

    private static void WriteType(Utf8JsonWriter json, string type, bool nullable)
    {
        if (!nullable) { json.WriteString("type", type); return; }
        json.WriteStartArray("type");
        json.WriteStringValue(type);
        json.WriteStringValue("null");
        json.WriteEndArray();
    }

    private static void WriteTextConstraints(Utf8JsonWriter json, FieldSpec field)
    {
        if (field.Required && field.Kind == FieldKind.Text) json.WriteNumber("minLength", 1);
        if (field.MaxLength is { } max) json.WriteNumber("maxLength", max);
        if (field.Pattern is { } pattern) json.WriteString("pattern", pattern);
    }
}
