using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.Yaml;

/// <summary>
/// Front matter already read against its schema by an earlier build, kept in one file under the build cache and
/// keyed by the YAML's exact text: a handbook's front matter (a released edition's above all) rarely changes,
/// and reading YAML was a sixth of a large build's work. Only a reading that reported nothing is kept, so a
/// cached reading gives exactly what reading again would: the same object and no diagnostics. The file ends with
/// the SHA-256 of everything before it; a file that does not match it is not used at all.
/// </summary>
public sealed class FrontMatterCache
{
    private const string Magic = "KetamineHandbook front matter 1";

    private readonly string _file;
    private readonly string _generator;
    private readonly Dictionary<UInt128, ReadOnlyMemory<byte>> _kept;
    private readonly ConcurrentDictionary<UInt128, ReadOnlyMemory<byte>> _used = new();
    private int _added;

    /// <param name="file">The cache file; missing, unreadable or written by another generator, it counts as empty.</param>
    /// <param name="generator">Identifies the code that reads YAML: a reading kept by any other is never used.</param>
    public FrontMatterCache(string file, string generator)
    {
        _file = file;
        _generator = generator;
        _kept = Load(file, generator);
    }

    /// <summary><see cref="YamlSchemaReader.Read"/>, or the object an earlier reading of the same text gave.</summary>
    public YamlObject? Read(string yaml, ObjectSpec spec, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var key = KeyOf(yaml, spec, lineOffset);
        if (_kept.TryGetValue(key, out var bytes) || _used.TryGetValue(key, out bytes))
        {
            try
            {
                var cached = YamlObjectCodec.Decode(bytes.Span);
                _used.TryAdd(key, bytes);
                return cached;
            }
            catch (InvalidDataException)
            {
                // A damaged entry is read again below, and replaced.
            }
        }
        var own = new DiagnosticBag();
        var read = YamlSchemaReader.Read(yaml, spec, path, lineOffset, own);
        var reported = own.Sorted();
        diagnostics.AddRange(reported);
        if (read is not null && reported.Count == 0)
        {
            _used[key] = YamlObjectCodec.Encode(read);
            Interlocked.Increment(ref _added);
        }
        return read;
    }

    /// <summary>
    /// Writes the readings this build used (only those: front matter since edited or deleted drops out), unless
    /// they are exactly the ones the file holds. Written beside and renamed into place, so a reader never sees
    /// half a file; a failure to write only costs the next build its head start.
    /// </summary>
    public void Save()
    {
        if (_added == 0 && _used.Count == _kept.Count) return;
        var temporary = $"{_file}.tmp-{Environment.ProcessId}";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            using var content = new MemoryStream();
            using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(_generator);
                writer.Write(_used.Count);
                foreach (var (key, bytes) in _used.OrderBy(p => p.Key))
                {
                    writer.Write((ulong)(key >> 64));
                    writer.Write((ulong)key);
                    writer.Write(bytes.Length);
                    writer.Write(bytes.Span);
                }
            }
            content.Write(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
            File.WriteAllBytes(temporary, content.ToArray());
            File.Move(temporary, _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception f) when (f is IOException or UnauthorizedAccessException) { }
        }
    }

    private static Dictionary<UInt128, ReadOnlyMemory<byte>> Load(string file, string generator)
    {
        var kept = new Dictionary<UInt128, ReadOnlyMemory<byte>>();
        byte[] all;
        try { all = File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return kept; }
        if (all.Length < SHA256.HashSizeInBytes
            || !SHA256.HashData(all.AsSpan(0, all.Length - SHA256.HashSizeInBytes)).AsSpan().SequenceEqual(all.AsSpan(all.Length - SHA256.HashSizeInBytes)))
            return kept;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(all, 0, all.Length - SHA256.HashSizeInBytes, writable: false));
            if (reader.ReadString() != Magic || reader.ReadString() != generator) return kept;
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var length = reader.ReadInt32();
                var start = (int)reader.BaseStream.Position;
                if (length < 0 || start + length > reader.BaseStream.Length) throw new InvalidDataException("an entry runs past the end of the file");
                kept[key] = all.AsMemory(start, length);
                reader.BaseStream.Position = start + length;
            }
            return kept;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            return [];
        }
    }

    /// <summary>The text, which schema it was read against and where in its file it starts: all a reading depends on.</summary>
    private static UInt128 KeyOf(string yaml, ObjectSpec spec, int lineOffset)
    {
        Span<byte> hash = stackalloc byte[32];
        var text = Encoding.UTF8.GetBytes($"{spec.Name}\n{lineOffset}\n{yaml}");
        SHA256.HashData(text, hash);
        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }
}
