using System.Buffers;
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

        var json = JsonLd(doc, site, self, described, cited);
        // "</" inside a script element would end it early; JSON allows "<\/" as the same string.
        html.Append("<script type=\"application/ld+json\">").Append(json.Replace("</", "<\\/")).Append("</script>\n");
        return html.ToString();
    }

    /// <summary>
    /// The schema.org record, written member by member as the serializer wrote the dictionary it replaces (same
    /// order, same escaping, null values as <c>null</c>; per-page reflection over object values was most of this
    /// class's time). "citation" is the last member: its items, serialised once per work (<see cref="JsonLdCitation"/>),
    /// are copied in as they are.
    /// </summary>
    private static string JsonLd(ParsedDocument doc, SiteContext site, Reference self, HandbookTree described, IReadOnlyList<Reference> cited)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ScholarlyArticle");
            json.WriteString("headline", self.Title!.PlainText);
            json.WriteString("name", self.Title.PlainText);
            json.WriteString("description", doc.Entry!.Summary);
            json.WriteString("url", self.Url);
            json.WriteString("version", self.Version ?? "living");
            json.WriteString("datePublished", $"{self.Issued!.Year:0000}-{self.Issued.Month:00}-{self.Issued.Day:00}");
            json.WriteString("dateModified", SiteContext.Iso(doc.Entry.Reviewed));
            json.WriteString("inLanguage", self.Language);
            json.WriteStartArray("author");
            foreach (var author in self.Authors)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Organization");
                json.WriteString("name", author.Literal);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "Book");
            json.WriteString("name", site.View.Title);
            json.WriteString("bookEdition", self.Version);
            json.WriteString("url", site.AbsoluteUrl(described.Prefix));
            json.WriteEndObject();
            json.WriteString("license", site.View.LicenceUrl);
            json.WriteStartArray("citation");
            foreach (var reference in cited) json.WriteRawValue(JsonLdCitation.Of(reference), skipInputValidation: true);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A <c>&lt;meta name content&gt;</c> line, or nothing when the content is empty.</summary>
    internal static void AppendMeta(StringBuilder html, string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
            html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(WebUtility.HtmlEncode(content)).Append("\">\n");
    }
}
