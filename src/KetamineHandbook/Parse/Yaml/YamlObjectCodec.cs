namespace KetamineHandbook.Parse.Yaml;

/// <summary>
/// A <see cref="YamlObject"/> as bytes and back, every value and position kept: what <see cref="FrontMatterCache"/>
/// stores. Only the kinds of value <see cref="YamlSchemaReader"/> produces can occur.
/// </summary>
public static class YamlObjectCodec
{
    private enum Tag : byte { Null, Text, Date, Integer, Boolean, TextList, Object, ObjectList }

    public static byte[] Encode(YamlObject value)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream)) Write(writer, value);
        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not an encoded object (a damaged cache file).</exception>
    public static YamlObject Decode(ReadOnlySpan<byte> bytes)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var reader = new BinaryReader(stream);
        try
        {
            var value = ReadObject(reader);
            if (stream.Position != stream.Length) throw new InvalidDataException("bytes left after the object");
            return value;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or IOException)
        {
            throw new InvalidDataException("the bytes are not an encoded object", e);
        }
    }

    private static void Write(BinaryWriter writer, YamlObject value)
    {
        writer.Write(value.Position.Line);
        writer.Write(value.Position.Column);
        writer.Write(value.Keys.Count);
        foreach (var key in value.Keys)
        {
            writer.Write(key);
            var (line, column) = value.PositionOf(key);
            writer.Write(line);
            writer.Write(column);
            WriteValue(writer, value.Value(key));
        }
    }

    private static void WriteValue(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.Write((byte)Tag.Null); break;
            case string text: writer.Write((byte)Tag.Text); writer.Write(text); break;
            case DateOnly date: writer.Write((byte)Tag.Date); writer.Write(date.DayNumber); break;
            case int number: writer.Write((byte)Tag.Integer); writer.Write(number); break;
            case bool flag: writer.Write((byte)Tag.Boolean); writer.Write(flag); break;
            case YamlObject nested: writer.Write((byte)Tag.Object); Write(writer, nested); break;
            case IReadOnlyList<string> texts:
                writer.Write((byte)Tag.TextList);
                writer.Write(texts.Count);
                foreach (var text in texts) writer.Write(text);
                break;
            case IReadOnlyList<YamlObject> objects:
                writer.Write((byte)Tag.ObjectList);
                writer.Write(objects.Count);
                foreach (var item in objects) Write(writer, item);
                break;
            default: throw new ArgumentException($"a YAML value of type {value.GetType().Name} cannot be encoded", nameof(value));
        }
    }

    private static YamlObject ReadObject(BinaryReader reader)
    {
        var result = new YamlObject { Position = (reader.ReadInt32(), reader.ReadInt32()) };
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var (line, column) = (reader.ReadInt32(), reader.ReadInt32());
            result.Set(key, ReadValue(reader), line, column);
        }
        return result;
    }

    private static object? ReadValue(BinaryReader reader) => (Tag)reader.ReadByte() switch
    {
        Tag.Null => null,
        Tag.Text => reader.ReadString(),
        Tag.Date => DateOnly.FromDayNumber(reader.ReadInt32()),
        Tag.Integer => reader.ReadInt32(),
        Tag.Boolean => reader.ReadBoolean(),
        Tag.Object => ReadObject(reader),
        Tag.TextList => ReadList(reader, r => r.ReadString()),
        Tag.ObjectList => ReadList(reader, ReadObject),
        var tag => throw new InvalidDataException($"unknown value tag {(byte)tag}"),
    };

    private static List<T> ReadList<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("a negative list length");
        var list = new List<T>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++) list.Add(read(reader));
        return list;
    }
}
