using System.Globalization;
using System.Text;
using KetamineHandbook.Model;
using KetamineHandbook.Parse.BibTex;

namespace KetamineHandbook.Render.Formatters;

/// <summary>
/// Writes references as normalised BibLaTeX-compatible BibTeX: entries sorted by key, fields in one
/// fixed order (known fields first, then the rest alphabetically), values in braces, names as
/// "von Last, Jr, First", Unicode kept (UTF-8). What it writes reads back through
/// <see cref="BibTexParser"/> to the same reference.
/// </summary>
public static class BibTexWriter
{
    /// <summary>Fields a typed member of <see cref="Reference"/> is read from; they are written from that member, not copied.</summary>
    private static readonly HashSet<string> FromTypedMembers =
    [
        "author", "editor", "title", "subtitle", "journal", "journaltitle", "journalsubtitle", "booktitle", "booksubtitle",
        "maintitle", "mainsubtitle", "series", "address", "location", "volume", "issue", "pages", "edition",
        "version", "date", "year", "month", "day", "urldate", "doi", "pmid", "pmcid", "url", "isbn", "issn", "note", "abstract",
        "langid", "hyphenation", "keywords", "crossref",
    ];

    private static readonly string[] PublisherSources = ["school", "institution", "organization", "howpublished", "publisher"];

    /// <summary>All references, sorted by key, separated by blank lines.</summary>
    public static string Write(IEnumerable<Reference> references) => Join(references, WriteOne);

    /// <summary>
    /// The file <see cref="Write"/> gives, assembled from each reference's entry as <see cref="WriteOne"/> writes it;
    /// <paramref name="entryOf"/> may return entries written earlier (one site writes each work into many files).
    /// </summary>
    public static string Join(IEnumerable<Reference> references, Func<Reference, string> entryOf)
    {
        // Entries are never empty, so a blank line goes between every two of them.
        return string.Join('\n', references.OrderBy(r => r.Key, StringComparer.Ordinal).Select(entryOf));
    }

    /// <summary>One reference as a BibTeX entry.</summary>
    public static string WriteOne(Reference reference)
    {
        var sb = new StringBuilder();
        WriteEntry(sb, reference);
        return sb.ToString();
    }

    private static void WriteEntry(StringBuilder sb, Reference r)
    {
        var fields = new List<(string Name, string Value)>();
        void Add(string name, string? value) { if (!string.IsNullOrEmpty(value)) fields.Add((name, value)); }

        var type = string.IsNullOrEmpty(r.EntryType) ? "misc" : r.EntryType.ToLowerInvariant();
        Add("author", Names(r.Authors));
        Add("editor", Names(r.Editors));
        Add("title", r.Title is null ? null : Rich(r.Title));
        if (r.ContainerTitle is { } container) Add(BibTypeMap.IsPartOfBook(type) ? "booktitle" : "journal", Rich(container));
        if (r.CollectionTitle is { } series) Add("series", Rich(series));
        Add("edition", Escape(r.Edition));
        Add("version", Escape(r.Version));
        Add("volume", Escape(r.Volume));
        if (!BibTypeMap.NumberIsIssue(type) && r.Fields.TryGetValue("number", out var number)) Add("number", Escape(number));
        Add(BibTypeMap.NumberIsIssue(type) ? "number" : "issue", Escape(r.Issue));
        Add("pages", Escape(r.Page)?.Replace("–", "--"));
        var publisherFromFields = PublisherSources.Any(r.Fields.ContainsKey);
        if (publisherFromFields)
            foreach (var source in PublisherSources) Add(source, Escape(r.Fields.GetValueOrDefault(source)));
        else Add("publisher", Escape(r.Publisher));
        Add("address", Escape(r.PublisherPlace));
        WriteDate(r.Issued, Add);
        if (r.Accessed is { Year: not null } accessed) Add("urldate", IsoDate(accessed));
        Add("doi", Verbatim(r.Doi));
        Add("pmid", Verbatim(r.Pmid));
        Add("pmcid", Verbatim(r.Pmcid));
        Add("url", Verbatim(r.Url));
        Add("isbn", Escape(r.Isbn));
        Add("issn", Escape(r.Issn));
        Add("langid", Escape(r.Fields.GetValueOrDefault("langid") ?? r.Fields.GetValueOrDefault("hyphenation") ?? r.Language));
        if (r.Keywords.Count > 0) Add("keywords", Escape(string.Join(", ", r.Keywords)));
        Add("note", Escape(r.Note));
        Add("abstract", Escape(r.Abstract));

        var written = new HashSet<string>(fields.Select(f => f.Name), StringComparer.Ordinal);
        foreach (var (name, value) in r.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (FromTypedMembers.Contains(name) || written.Contains(name) || PublisherSources.Contains(name)) continue;
            if (name == "number" && BibTypeMap.NumberIsIssue(type)) continue;
            Add(name, Escape(value));
        }

        sb.Append('@').Append(type).Append('{').Append(r.Key);
        foreach (var (name, value) in fields) sb.Append(",\n  ").Append(name).Append(" = {").Append(value).Append('}');
        sb.Append("\n}\n");
    }

    private static void WriteDate(DateValue? d, Action<string, string?> add)
    {
        if (d is null) return;
        if (d.Year is null) { add("year", Escape(d.Literal)); return; }
        if (d.Day is null && d.EndOfRange is null && d.Year >= 0)
        {
            add("year", d.Year.Value.ToString(CultureInfo.InvariantCulture));
            if (d.Month is { } m) add("month", m.ToString(CultureInfo.InvariantCulture));
            return;
        }
        add("date", IsoDate(d));
    }

    private static string IsoDate(DateValue d)
    {
        static string One(DateValue v)
        {
            var s = v.Year!.Value.ToString("0000", CultureInfo.InvariantCulture);
            if (v.Month is { } m) s += "-" + m.ToString("00", CultureInfo.InvariantCulture);
            if (v.Month is not null && v.Day is { } day) s += "-" + day.ToString("00", CultureInfo.InvariantCulture);
            return s;
        }
        return d.EndOfRange is { Year: not null } end ? One(d) + "/" + One(end) : One(d);
    }

    private static string? Names(IReadOnlyList<PersonName> names) =>
        names.Count == 0 ? null : string.Join(" and ", names.Select(Name));

    private static string Name(PersonName n)
    {
        if (n.IsOthers) return "others";
        if (n.Family is null && n.Literal is not null) return "{" + Escape(n.Literal) + "}";
        var family = Escape(n.Family ?? "")!;
        if (family.Any(char.IsWhiteSpace) || family.Contains(',')) family = "{" + family + "}";
        var particle = n.NonDroppingParticle ?? n.DroppingParticle;
        var last = particle is null ? family : Escape(particle) + " " + family;
        var given = Escape(n.Given);
        if (given is not null && (given.Contains(',') || given.Contains(" and ", StringComparison.OrdinalIgnoreCase))) given = "{" + given + "}";
        if (n.Suffix is not null) return $"{last}, {Escape(n.Suffix)}, {given}";
        if (given is not null) return $"{last}, {given}";
        return family.Contains(' ') || particle is not null ? last + "," : last;
    }

    /// <summary>Rich text as LaTeX: protected runs in braces, styles as \textit{…} and friends.</summary>
    internal static string Rich(RichText text)
    {
        var sb = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var body = Escape(run.Text)!;
            if (run.Subscript) body = $"\\textsubscript{{{body}}}";
            if (run.Superscript) body = $"\\textsuperscript{{{body}}}";
            if (run.SmallCaps) body = $"\\textsc{{{body}}}";
            if (run.Bold) body = $"\\textbf{{{body}}}";
            if (run.Italic) body = $"\\textit{{{body}}}";
            if (run.Protected) body = $"{{{body}}}";
            sb.Append(body);
        }
        return sb.ToString();
    }

    // Every character Escape changes, and '-' (a "--" pair is split with "{}").
    private static readonly System.Buffers.SearchValues<char> NeedsEscaping = System.Buffers.SearchValues.Create("\\{}%&$#_~^'`\u00A0-");

    /// <summary>Plain Unicode text as LaTeX that decodes back to the same text.</summary>
    internal static string? Escape(string? text)
    {
        if (text is null) return null;
        // Most values (names, numbers, URLs' neighbours) need nothing: the loop below would copy them unchanged.
        if (text.AsSpan().IndexOfAny(NeedsEscaping) < 0) return text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': sb.Append("\\textbackslash{}"); break;
                case '{': sb.Append("\\{"); break;
                case '}': sb.Append("\\}"); break;
                case '%': sb.Append("\\%"); break;
                case '&': sb.Append("\\&"); break;
                case '$': sb.Append("\\$"); break;
                case '#': sb.Append("\\#"); break;
                case '_': sb.Append("\\_"); break;
                case '~': sb.Append("\\textasciitilde{}"); break;
                case '^': sb.Append("\\textasciicircum{}"); break;
                case '\'': sb.Append("\\textquotesingle{}"); break;
                case '`': sb.Append("\\textasciigrave{}"); break;
                case '\u00A0': sb.Append('~'); break;
                case '-':
                    sb.Append('-');
                    if (i + 1 < text.Length && text[i + 1] == '-') sb.Append("{}");
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Identifiers and URLs go out as written; only braces, which would unbalance the value, are dropped.</summary>
    private static string? Verbatim(string? text) => text?.Replace("{", "").Replace("}", "");
}
