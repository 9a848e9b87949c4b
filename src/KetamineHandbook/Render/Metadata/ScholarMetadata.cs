using System.Net;
using System.Text;
using System.Text.Json;
using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Metadata;

/// <summary>
/// Highwire Press <c>citation_*</c> meta tags (read by Zotero and Google Scholar) and schema.org JSON-LD for
/// an entry page. An edition page describes itself; a living page describes the newest edition that holds
/// the entry, so the two share one record instead of splitting the work (see README: canonical-link policy).
/// </summary>
public static class ScholarMetadata
{
    // One instance for every page: options cache the serialisation metadata they build, so a new instance per
    // call redoes that work each time (the documented System.Text.Json pitfall).
    internal static readonly JsonSerializerOptions JsonLdOptions = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string For(ParsedDocument doc, HandbookTree tree, SiteContext site, IReadOnlyList<Reference> cited)
    {
        var described = tree;
        if (tree.Edition is null && site.Editions.LastOrDefault(t => t.Index.Entry(doc.Id) is not null) is { } released
            && released.Index.Entry(doc.Id)!.Source.SameText(doc.Source))
            described = released;
        var self = EntrySelfReference.For(described.Index.Entry(doc.Id) ?? doc, described, site);
        var html = new StringBuilder();
        void Meta(string name, string? content) => AppendMeta(html, name, content);
        Meta("citation_title", self.Title!.PlainText);
        foreach (var author in self.Authors) Meta("citation_author", author.Literal ?? $"{author.Family}, {author.Given}");
        var date = $"{self.Issued!.Year:0000}/{self.Issued.Month:00}/{self.Issued.Day:00}";
        Meta("citation_publication_date", date);
        Meta("citation_online_date", date);
        Meta("citation_inbook_title", self.ContainerTitle!.PlainText);
        Meta("citation_collection_title", self.ContainerTitle.PlainText);
        Meta("citation_publisher", self.Publisher);
        Meta("citation_public_url", self.Url);
        Meta("citation_abstract_html_url", self.Url);
        Meta("citation_language", self.Language);
        if (self.Version is { } version) Meta("citation_edition", version);
        foreach (var reference in cited) html.Append(HighwireReference.MetaTag(reference));

        var jsonLd = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ScholarlyArticle",
            ["headline"] = self.Title.PlainText,
            ["name"] = self.Title.PlainText,
            ["description"] = doc.Entry!.Summary,
            ["url"] = self.Url,
            ["version"] = self.Version ?? "living",
            ["datePublished"] = $"{self.Issued.Year:0000}-{self.Issued.Month:00}-{self.Issued.Day:00}",
            ["dateModified"] = SiteContext.Iso(doc.Entry.Reviewed),
            ["inLanguage"] = self.Language,
            ["author"] = self.Authors.Select(a => new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = a.Literal }).ToList(),
            ["isPartOf"] = new Dictionary<string, object?>
            {
                ["@type"] = "Book",
                ["name"] = site.View.Title,
                ["bookEdition"] = self.Version,
                ["url"] = site.AbsoluteUrl(described.Prefix),
            },
            ["license"] = site.View.LicenceUrl,
        };
        // "citation" is the last member: its items, serialised once per work (JsonLdCitation), are joined onto the
        // rest of the object as the serializer would have written them inside it.
        var json = JsonSerializer.Serialize(jsonLd, JsonLdOptions);
        json = string.Concat(json.AsSpan(0, json.Length - 1), ",\"citation\":[", string.Join(',', cited.Select(JsonLdCitation.Of)), "]}");
        // "</" inside a script element would end it early; JSON allows "<\/" as the same string.
        html.Append("<script type=\"application/ld+json\">").Append(json.Replace("</", "<\\/")).Append("</script>\n");
        return html.ToString();
    }

    /// <summary>A <c>&lt;meta name content&gt;</c> line, or nothing when the content is empty.</summary>
    internal static void AppendMeta(StringBuilder html, string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
            html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(WebUtility.HtmlEncode(content)).Append("\">\n");
    }
}
