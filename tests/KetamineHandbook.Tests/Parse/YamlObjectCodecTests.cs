using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Parse.Yaml;

namespace KetamineHandbook.Tests.Parse;

/// <summary>A front matter reading survives the trip to bytes and back whole: every kind of value, every position.</summary>
public class YamlObjectCodecTests
{
    private const string Yaml = """
        title: "Round trip"
        summary: "Every kind of value the entry schema has."
        category: mechanism
        status: supported
        evidence:
          preclinical: moderate
          clinical: low
        reviewed: 2026-11-01
        links:
          - to: beta
            relation: leads-to
          - to: gamma
            relation: modulates
        related: [beta, gamma]
        keywords: []
        authors:
          - A. Author
        """;

    private static void AssertSame(YamlObject expected, YamlObject actual)
    {
        Assert.Equal(expected.Position, actual.Position);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var key in expected.Keys)
        {
            Assert.Equal(expected.PositionOf(key), actual.PositionOf(key));
            Assert.Equal(expected.Text(key), actual.Text(key));
            Assert.Equal(expected.Date(key), actual.Date(key));
            Assert.Equal(expected.TextList(key), actual.TextList(key));
            Assert.Equal(expected.Object(key) is null, actual.Object(key) is null);
            if (expected.Object(key) is { } nested) AssertSame(nested, actual.Object(key)!);
            Assert.Equal(expected.Objects(key).Count, actual.Objects(key).Count);
            foreach (var (e, a) in expected.Objects(key).Zip(actual.Objects(key))) AssertSame(e, a);
        }
    }

    [Fact]
    public void AnEntryReadingDecodesToTheSameObject()
    {
        var bag = new DiagnosticBag();
        var read = YamlSchemaReader.Read(Yaml, EntrySchema.Spec, "x.md", 1, bag);
        Assert.Empty(bag.Sorted());

        var decoded = YamlObjectCodec.Decode(YamlObjectCodec.Encode(read!));

        AssertSame(read!, decoded);
        Assert.Equal(new DateOnly(2026, 11, 1), decoded.Date("reviewed"));
        Assert.Equal(["beta", "gamma"], decoded.TextList("related"));
        Assert.Equal((5, 1), decoded.PositionOf("status")); // the key on the YAML's fourth line, the file's fifth (after "---")
    }

    [Fact]
    public void APageReadingWithANumberDecodesToTheSameObject()
    {
        var bag = new DiagnosticBag();
        var read = YamlSchemaReader.Read("title: About\nsummary: What this is.\norder: 7\n", PageSchema.Spec, "about.md", 1, bag);

        var decoded = YamlObjectCodec.Decode(YamlObjectCodec.Encode(read!));

        AssertSame(read!, decoded);
        Assert.Equal(7, decoded.Integer("order"));
    }

    [Fact]
    public void BytesCutShortAreReportedAsDamagedNotThrownAsSomethingElse()
    {
        var bag = new DiagnosticBag();
        var bytes = YamlObjectCodec.Encode(YamlSchemaReader.Read(Yaml, EntrySchema.Spec, "x.md", 1, bag)!);

        Assert.Throws<InvalidDataException>(() => YamlObjectCodec.Decode(bytes.AsSpan(0, bytes.Length - 3)));
        Assert.Throws<InvalidDataException>(() => YamlObjectCodec.Decode([.. bytes, 0]));
    }
}
