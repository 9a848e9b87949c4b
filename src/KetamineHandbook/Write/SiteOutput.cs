using System.Collections.Concurrent;
using System.Text;

namespace KetamineHandbook.Write;

/// <summary>The whole built site in memory, keyed by site path; nothing touches the disk until the build has no errors.</summary>
public sealed class SiteOutput
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly ConcurrentDictionary<string, Parse.ParsedDocument> _sources = new(StringComparer.Ordinal);

    public void Add(string path, string text) => Add(path, Utf8.GetBytes(text));

    /// <summary>Records the Markdown document a page was rendered from, for checks that report source positions.</summary>
    public void Add(string path, string text, Parse.ParsedDocument source)
    {
        Add(path, text);
        _sources[path] = source;
    }

    public Parse.ParsedDocument? SourceOf(string path) => _sources.GetValueOrDefault(path);

    public void Add(string path, byte[] bytes)
    {
        if (!_files.TryAdd(path, bytes))
            throw new InvalidOperationException($"two outputs claim the same path '{path}'");
    }

    public bool Contains(string path) => _files.ContainsKey(path);
    public byte[]? Get(string path) => _files.GetValueOrDefault(path);
    public string? GetText(string path) => _files.TryGetValue(path, out var b) ? Utf8.GetString(b) : null;
    public int Count => _files.Count;

    /// <summary>Files in ordinal path order, so writing and hashing are deterministic.</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> Files => _files.OrderBy(f => f.Key, StringComparer.Ordinal);
    public IEnumerable<string> Paths => _files.Keys.Order(StringComparer.Ordinal);
}
