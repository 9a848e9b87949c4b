using System.IO.Compression;
using System.Text.Json;
using KetamineHandbook.Render.Search;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Render;

public sealed class SearchIndexTests
{
    [Fact]
    public void Page_text_is_split_at_h2_and_h3_with_their_anchors()
    {
        var html = """
            <main><div data-search-body>
            <p>Intro   text</p>
            <h2 id="first">First <em>part</em></h2><p>Alpha</p><ul><li>beta</li></ul>
            <h3 id="sub">Sub</h3><p>Gamma</p>
            <p data-search-skip>hidden</p>
            </div><p>outside</p></main>
            """;
        var sections = PageTextExtractor.Sections(html);
        Assert.Equal(3, sections.Count);
        Assert.Equal(new SearchSection("", "", "Intro text"), sections[0]);
        Assert.Equal(new SearchSection("First part", "first", "Alpha beta"), sections[1]);
        Assert.Equal(new SearchSection("Sub", "sub", "Gamma"), sections[2]);
    }

    [Fact]
    public void The_built_index_covers_every_entry_and_page_with_their_sections()
    {
        var site = BuiltHandbook.Instance.Site;
        using var json = JsonDocument.Parse(site.Get("api/search.json")!);
        Assert.Equal(1, json.RootElement.GetProperty("format").GetInt32());
        var docs = json.RootElement.GetProperty("docs").EnumerateArray().Select(d => d.EnumerateArray().Select(x => x.GetString()).ToArray()).ToList();
        var entryPages = site.Paths.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p, "^entries/[^/]+/index.html$"));
        Assert.Equal(entryPages, docs.Count(d => d[1]!.StartsWith("entries/", StringComparison.Ordinal)));
        Assert.Contains(docs, d => d[1] == "methods/");

        var glutamate = docs.FindIndex(d => d[0] == "Glutamate surge");
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().Where(s => s[0].GetInt32() == glutamate).ToList();
        Assert.Contains(sections, s => s[1].GetString() == "Preclinical evidence" && s[2].GetString() == "preclinical-evidence"
            && s[3].GetString()!.Contains("microdialysis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_index_stays_compact()
    {
        var bytes = BuiltHandbook.Instance.Site.Get("api/search.json")!;
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, true)) gzip.Write(bytes);
        // Loaded only when the reader starts searching; still, keep it well below a large image.
        Assert.True(compressed.Length < 150 * 1024, $"search index is {compressed.Length / 1024} KB gzipped");
    }

    [Theory]
    [InlineData("plain words stay as they are")]
    [InlineData("  leading and trailing  ")]
    [InlineData("tabs\tand\nnew lines\r\n and  double  spaces")]
    [InlineData("\u00a0no-break\u00a0spaces\u2028and separators\u2029")]
    [InlineData(" \t\n ")]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("a \u0085b")]
    public void Collapsing_white_space_gives_what_the_regular_expression_gave(string text)
    {
        var expected = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
        Assert.Equal(expected, PageTextExtractor.Collapse(text));
    }

    [Theory]
    [InlineData("<h2 id=\"mechanism\">")]
    [InlineData("<h2 class=\"x\" id=\"a&amp;b\" data-x=\"1\">")]
    [InlineData("<h2 data-id=\"first\" id=\"second\">")]
    [InlineData("<h2 grid=\"no\" id=\"yes\">")]
    [InlineData("<h2 _id=\"no\">")]
    [InlineData("<h3 éid=\"no\" id=\"\">")]
    [InlineData("<h2 id=\"unclosed>")]
    [InlineData("<h2>")]
    [InlineData("id=\"at-start\"")]
    public void A_headings_anchor_is_read_as_the_regular_expression_read_it(string tag)
    {
        var match = System.Text.RegularExpressions.Regex.Match(tag, "\\bid=\"([^\"]*)\"");
        Assert.Equal(match.Success ? match.Groups[1].Value : null, PageTextExtractor.IdAttribute(tag));
    }
}
