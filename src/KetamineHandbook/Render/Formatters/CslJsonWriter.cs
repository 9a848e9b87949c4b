using System.Text;
using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Formatters;

/// <summary>
/// Writes references as a CSL-JSON array in the shape <c>pandoc -f bibtex -t csljson</c> gives: keys in
/// ordinal order, English titles in sentence case, inline markup as <c>&lt;i&gt;</c>/<c>&lt;b&gt;</c>/…,
/// page ranges with a hyphen (CSL processors format ranges themselves), dates as date-parts.
/// </summary>
public static class CslJsonWriter
{
    /// <summary>The CSL-JSON array (two-space indented, ending with a newline).</summary>
    public static string Write(IEnumerable<Reference> references) => Join(references, WriteArrayItem);

    /// <summary>One reference as an object of the array <see cref="Write"/> writes (indented one level, no separator).</summary>
    public static string WriteArrayItem(Reference reference)
    {
        var sb = new StringBuilder();
        JsonText.Write(sb, ToJson(reference), ArrayItemIndent);
        return sb.ToString();
    }

    /// <summary>
    /// The file <see cref="Write"/> gives, assembled from each reference's object as <see cref="WriteArrayItem"/> writes
    /// it; <paramref name="itemOf"/> may return objects written earlier (one site writes each work into many files).
    /// The array's layout is <see cref="JsonText"/>'s: "[]" when empty, else one item per line pair, indented.
    /// </summary>
    public static string Join(IEnumerable<Reference> references, Func<Reference, string> itemOf)
    {
        var items = references.Select(itemOf).ToList();
        if (items.Count == 0) return "[]\n";
        // Sized up front: these files are written for every entry, and a growing builder copies them twice.
        var separator = ",\n" + new string(' ', ArrayItemIndent);
        var length = 2 + ArrayItemIndent + 3 + (items.Count - 1) * separator.Length;
        foreach (var item in items) length += item.Length;
        var sb = new StringBuilder(length).Append("[\n").Append(' ', ArrayItemIndent);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(separator);
            sb.Append(items[i]);
        }
        return sb.Append("\n]\n").ToString();
    }

    private const int ArrayItemIndent = 2;

    /// <summary>One reference as a CSL-JSON object (keys sorted), for embedding in other JSON.</summary>
    public static string WriteOne(Reference reference)
    {
        var sb = new StringBuilder();
        JsonText.Write(sb, ToJson(reference), 0);
        return sb.Append('\n').ToString();
    }

    internal static SortedDictionary<string, object> ToJson(Reference r)
    {
        var o = JsonText.Object();
        o["id"] = r.Key;
        o["type"] = r.CslType;
        if (r.Authors.Count > 0) o["author"] = r.Authors.Select(Name).ToList();
        if (r.Editors.Count > 0) o["editor"] = r.Editors.Select(Name).ToList();
        var csl = CslTitleCase.Apply(r);
        if (csl.Title is { } title) o["title"] = Markup(title);
        if (csl.ContainerTitle is { } container) o["container-title"] = Markup(container);
        if (csl.CollectionTitle is { } collection) o["collection-title"] = Markup(collection);
        Put(o, "publisher", r.Publisher);
        Put(o, "publisher-place", r.PublisherPlace);
        Put(o, "volume", r.Volume);
        Put(o, "issue", r.Issue);
        Put(o, "page", r.Page?.Replace('–', '-'));
        Put(o, "edition", r.Edition);
        Put(o, "version", r.Version);
        if (r.Issued is { } issued) o["issued"] = Date(issued);
        if (r.Accessed is { } accessed) o["accessed"] = Date(accessed);
        Put(o, "DOI", r.Doi);
        Put(o, "PMID", r.Pmid);
        Put(o, "PMCID", r.Pmcid);
        Put(o, "URL", r.Url);
        Put(o, "ISBN", r.Isbn);
        Put(o, "ISSN", r.Issn);
        Put(o, "note", r.Note);
        Put(o, "abstract", r.Abstract);
        Put(o, "language", r.Language);
        if (r.Keywords.Count > 0) o["keyword"] = string.Join(", ", r.Keywords);
        return o;
    }

    private static void Put(SortedDictionary<string, object> o, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value)) o[key] = value;
    }

    private static SortedDictionary<string, object> Name(PersonName n)
    {
        var o = JsonText.Object();
        Put(o, "family", n.Family);
        Put(o, "given", n.Given);
        Put(o, "non-dropping-particle", n.NonDroppingParticle);
        Put(o, "dropping-particle", n.DroppingParticle);
        Put(o, "suffix", n.Suffix);
        Put(o, "literal", n.Literal);
        return o;
    }

    private static SortedDictionary<string, object> Date(DateValue d)
    {
        var o = JsonText.Object();
        if (d.Year is null)
        {
            if (d.Literal is not null) o["literal"] = d.Literal;
            return o;
        }
        var parts = new List<object> { Parts(d) };
        if (d.EndOfRange is { Year: not null } end) parts.Add(Parts(end));
        o["date-parts"] = parts;
        return o;
    }

    private static List<object> Parts(DateValue d)
    {
        var parts = new List<object> { d.Year!.Value };
        if (d.Month is { } m) parts.Add(m);
        if (d.Month is not null && d.Day is { } day) parts.Add(day);
        return parts;
    }

    /// <summary>Rich text as CSL-JSON's HTML-like markup (the subset citeproc processors read).</summary>
    internal static string Markup(RichText text)
    {
        var sb = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var open = new StringBuilder();
            var close = new List<string>();
            void Wrap(bool on, string start, string end) { if (on) { open.Append(start); close.Insert(0, end); } }
            Wrap(run.Italic, "<i>", "</i>");
            Wrap(run.Bold, "<b>", "</b>");
            Wrap(run.SmallCaps, "<span style=\"font-variant:small-caps;\">", "</span>");
            Wrap(run.Superscript, "<sup>", "</sup>");
            Wrap(run.Subscript, "<sub>", "</sub>");
            sb.Append(open).Append(run.Text);
            foreach (var c in close) sb.Append(c);
        }
        return sb.ToString().Replace("</i><i>", "").Replace("</b><b>", "");
    }
}
