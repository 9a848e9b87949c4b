using System.Text;
using System.Xml;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Outputs;

/// <summary>
/// <c>/feed.xml</c>: an Atom feed with one item per edition. Timestamps come from edition dates, never
/// from the build machine's clock, so the feed is as deterministic as the rest of the site.
/// </summary>
public static class AtomFeedWriter
{
    public static string Write(SiteContext site)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        var buffer = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriterUtf8(buffer), settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", ns);
            xml.WriteElementString("id", ns, site.AbsoluteUrl(""));
            xml.WriteElementString("title", ns, site.View.Title);
            xml.WriteElementString("subtitle", ns, "New editions of the handbook");
            var updated = site.Latest?.Edition!.Date ?? site.Living.Index.Entries.Select(e => e.Entry!.Reviewed).DefaultIfEmpty(new DateOnly(2026, 1, 1)).Max();
            xml.WriteElementString("updated", ns, Timestamp(updated));
            Link(xml, ns, site.AbsoluteUrl("feed.xml"), "self");
            Link(xml, ns, site.AbsoluteUrl(SiteUrls.Changelog), "alternate");
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, site.View.Editors.FirstOrDefault() ?? site.View.Publisher ?? site.View.Title);
            xml.WriteEndElement();
            foreach (var tree in site.Editions.Reverse())
            {
                var e = tree.Edition!;
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("id", ns, site.AbsoluteUrl(tree.Prefix));
                xml.WriteElementString("title", ns, $"Edition {e.Version}");
                xml.WriteElementString("updated", ns, Timestamp(e.Date));
                xml.WriteElementString("published", ns, Timestamp(e.Date));
                Link(xml, ns, site.AbsoluteUrl(tree.Prefix), "alternate");
                var summary = new StringBuilder(e.Summary);
                foreach (var c in e.Changes)
                    summary.Append($"\n- {c.Change}: {tree.Index.Entry(c.Entry)?.Title ?? c.Entry}{(c.Note is null ? "" : " — " + c.Note)}");
                xml.WriteElementString("summary", ns, summary.ToString());
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return buffer.ToString() + "\n";
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Link(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
