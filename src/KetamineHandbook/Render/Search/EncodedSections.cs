using System.Buffers;
using System.Text.Json;

namespace KetamineHandbook.Render.Search;

/// <summary>
/// A page's search sections as they will stand in <c>api/search.json</c>: each already written as the JSON
/// array <c>["heading","anchor","text"]</c>, one per line of UTF-8. Ten thousand pages' worth of section text
/// is held from the page's render to the end of the build; encoded once, in the rendering thread, it takes
/// half the memory of .NET strings and a few objects instead of a few per section.
/// </summary>
public sealed class EncodedSections
{
    // JSON text never holds a raw newline (one in a string is written \n), so it can end each section.
    internal const byte Separator = (byte)'\n';

    private readonly byte[] _json;

    private EncodedSections(byte[] json) => _json = json;

    public static readonly EncodedSections None = new([]);

    public static EncodedSections Of(IReadOnlyList<SearchSection> sections)
    {
        if (sections.Count == 0) return None;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, SearchIndexWriter.JsonOptions))
            for (var i = 0; i < sections.Count; i++)
            {
                if (i > 0)
                {
                    json.Flush();
                    buffer.Write([Separator]);
                    json.Reset(buffer);
                }
                json.WriteStartArray();
                json.WriteStringValue(sections[i].Heading);
                json.WriteStringValue(sections[i].Anchor);
                json.WriteStringValue(sections[i].Text);
                json.WriteEndArray();
            }
        return new EncodedSections(buffer.WrittenSpan.ToArray());
    }

    /// <summary>Each section's array, without its opening bracket: the index writer puts the page's number in front.</summary>
    internal IEnumerable<ReadOnlyMemory<byte>> ArrayTails()
    {
        ReadOnlyMemory<byte> rest = _json;
        while (!rest.IsEmpty)
        {
            var end = rest.Span.IndexOf(Separator);
            var section = end < 0 ? rest : rest[..end];
            yield return section[1..];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
        }
    }

    internal int Length => _json.Length;

    public bool SameAs(EncodedSections other) => _json.AsSpan().SequenceEqual(other._json);
}
