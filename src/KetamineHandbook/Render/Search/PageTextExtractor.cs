using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KetamineHandbook.Render.Search;

/// <summary>
/// Reads the text a reader sees from a rendered page, split at its h2/h3 headings. Indexing the rendered
/// HTML (the element the theme marks <c>data-search-body</c>) rather than the Markdown means citations,
/// cross-links and any future extension are indexed exactly as they read.
/// </summary>
public static partial class PageTextExtractor
{
    public const string BodyAttribute = "data-search-body";

    public static IReadOnlyList<SearchSection> Sections(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var body = document.QuerySelector($"[{BodyAttribute}]");
        if (body is null) return [];
        var sections = new List<SearchSection>();
        var heading = "";
        var anchor = "";
        var text = new List<string>();
        void Flush()
        {
            var joined = Collapse(string.Join(" ", text));
            if (joined.Length > 0 || heading.Length > 0) sections.Add(new SearchSection(heading, anchor, joined));
            text.Clear();
        }
        foreach (var element in body.Children)
        {
            if (element.LocalName is "h2" or "h3")
            {
                Flush();
                heading = Collapse(element.TextContent);
                anchor = element.Id ?? "";
            }
            else if (!element.HasAttribute("data-search-skip"))
            {
                text.Add(element.TextContent);
            }
        }
        Flush();
        return sections;
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
