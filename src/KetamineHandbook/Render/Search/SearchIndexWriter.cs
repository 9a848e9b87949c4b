using System.Text.Encodings.Web;
using System.Text.Json;
using KetamineHandbook.Build;
using KetamineHandbook.Render.Views;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Search;

/// <summary>
/// Builds <c>api/search.json</c> for one edition: a compact index the browser searches by itself, so search
/// needs no server and keeps working offline once loaded. Format 1, arrays rather than objects to stay small:
/// <c>{"format":1,"docs":[[title,path,kind,summary,keywords]],"sections":[[doc,heading,anchor,text]]}</c>,
/// paths relative to the edition root.
/// </summary>
public static class SearchIndexWriter
{
    /// <summary>The file's path inside its edition.</summary>
    public const string Path = "api/search.json";

    /// <summary>How the index's JSON is written, the sections encoded ahead of it (<see cref="EncodedSections"/>) included.</summary>
    internal static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The documents to index: the entries in reading order, then the pages, with the sections each page's
    /// rendered HTML was split into as it was rendered (<paramref name="sections"/>, by edition-relative path).
    /// </summary>
    public static IReadOnlyList<SearchDocument> Collect(HandbookTree tree, NavigationView nav, IReadOnlyDictionary<string, EncodedSections> sections) =>
        nav.Categories
            .SelectMany(c => c.Entries.Select(item => (Item: item, Label: c.Label, Keywords: string.Join(", ", tree.Index.Entry(item.Id)?.Entry?.Keywords ?? []))))
            .Concat(nav.Pages.Select(page => (Item: page, Label: "Page", Keywords: "")))
            .Select(s => new SearchDocument(s.Item.Title, s.Item.Path, s.Label, s.Item.Summary, s.Keywords, sections.GetValueOrDefault(s.Item.Path) ?? EncodedSections.None))
            .ToList();

    public static byte[] Write(IReadOnlyList<SearchDocument> documents)
    {
        using var head = new MemoryStream();
        using (var json = new Utf8JsonWriter(head, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("format", 1);
            json.WriteStartArray("docs");
            foreach (var d in documents)
            {
                json.WriteStartArray();
                json.WriteStringValue(d.Title);
                json.WriteStringValue(d.Path);
                json.WriteStringValue(d.Kind);
                json.WriteStringValue(d.Summary);
                json.WriteStringValue(d.Keywords);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        // The sections were encoded as their pages were rendered: they are copied in, each behind its page's
        // number, into an array of exactly the index's size (tens of megabytes for a large handbook: made once,
        // not grown and then copied out).
        ReadOnlySpan<byte> sectionsStart = ",\"sections\":["u8, end = "]}"u8;
        var size = head.Length + sectionsStart.Length + end.Length;
        var count = 0;
        for (var i = 0; i < documents.Count; i++)
            foreach (var tail in documents[i].Sections.ArrayTails())
                size += (count++ == 0 ? 1 : 2) + Digits(i) + 1 + tail.Length;
        var index = new byte[size];
        var at = (int)head.Length;
        head.GetBuffer().AsSpan(0, at).CopyTo(index);
        at += Append(index, at, sectionsStart);
        var first = true;
        for (var i = 0; i < documents.Count; i++)
            foreach (var tail in documents[i].Sections.ArrayTails())
            {
                at += Append(index, at, first ? "["u8 : ",["u8);
                first = false;
                i.TryFormat(index.AsSpan(at), out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
                at += written;
                at += Append(index, at, ","u8);
                at += Append(index, at, tail.Span);
            }
        Append(index, at, end);
        return index;
    }

    private static int Append(byte[] to, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(to.AsSpan(at));
        return bytes.Length;
    }

    /// <summary>How many digits a document's number takes in the index.</summary>
    private static int Digits(int number)
    {
        var digits = 1;
        for (; number >= 10; number /= 10) digits++;
        return digits;
    }
}
