using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>Turns one raw entry (crossref already inherited) into a decoded <see cref="Reference"/>, reporting field-level problems.</summary>
internal static class ReferenceBuilder
{
    /// <summary>Fields whose value is an identifier or address, kept verbatim instead of decoded as LaTeX.</summary>
    private static readonly HashSet<string> VerbatimFields = ["url", "doi", "eprint", "file", "pdf", "urlraw", "verba", "verbb", "verbc", "crossref", "xref", "ids"];

    public static Reference Build(RawEntry e, List<Diagnostic> diagnostics)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in e.FieldOrder)
            fields[name] = VerbatimFields.Contains(name) ? Verbatim(e.Fields[name].Value) : LatexToUnicode.DecodePlain(e.Fields[name].Value);

        string? Plain(string name) => fields.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        RichText? Rich(string name) => e.Get(name) is { } raw && LatexToUnicode.Decode(raw) is { Runs.Count: > 0 } rt ? rt : null;
        RichText? WithSub(RichText? main, string subName)
        {
            var sub = Rich(subName);
            if (main is null || sub is null) return main ?? sub;
            return new RichText([.. main.Runs, new RichTextRun(": "), .. sub.Runs]);
        }

        var type = e.Type;
        var useprefix = e.Get("options") is { } opts && opts.Replace(" ", "").Contains("useprefix=true", StringComparison.OrdinalIgnoreCase);
        var language = BibLanguageMap.ToBcp47(Plain("langid") ?? Plain("hyphenation"));

        RichText? container;
        if (BibTypeMap.IsPartOfBook(type))
            container = WithSub(Rich("maintitle"), "mainsubtitle") ?? WithSub(Rich("booktitle"), "booksubtitle");
        else
            container = WithSub(Rich("journaltitle") ?? Rich("journal"), "journalsubtitle");

        var issued = ReadIssued(e, fields, diagnostics);
        var accessed = e.Get("urldate") is { } ud ? BibDateReader.ReadIsoDate(LatexToUnicode.DecodePlain(ud)) : null;

        var doi = BibFieldNormaliser.NormaliseDoi(Plain("doi"));
        if (doi is not null && !BibFieldNormaliser.IsWellFormedDoi(doi))
            diagnostics.Add(Diagnostic.Error(BibDiagnosticCodes.MalformedDoi, e.Fields["doi"].Location,
                $"entry '{e.Key}' has doi = {{{Plain("doi")}}}, which is not a DOI; write it as 10.<registrant>/<suffix>, e.g. 10.1016/S0006-3223(99)00230-9."));

        var eprintType = Plain("eprinttype")?.ToLowerInvariant();
        var pmid = BibFieldNormaliser.NormalisePmid(Plain("pmid") ?? (eprintType == "pubmed" ? Plain("eprint") : null));
        if (pmid is not null && !BibFieldNormaliser.IsWellFormedPmid(pmid))
            diagnostics.Add(Diagnostic.Warning(BibDiagnosticCodes.MalformedPmid, (e.Fields.GetValueOrDefault("pmid") ?? e.Fields["eprint"]).Location,
                $"entry '{e.Key}' has PMID '{pmid}', which is not a PubMed number; a PMID is digits only, e.g. 10611079."));

        var publisherParts = new[] { "school", "institution", "organization", "howpublished", "publisher" }
            .Select(Plain).Where(p => p is not null).ToList();

        return new Reference
        {
            TitlesAsInBibTex = true,
            Key = e.Key,
            EntryType = type,
            CslType = BibTypeMap.CslType(type, Plain("entrysubtype"), e.Fields.ContainsKey("eventtitle")),
            Authors = e.Get("author") is { } a ? BibTexNameParser.ParseList(a, useprefix) : [],
            Editors = e.Get("editor") is { } ed ? BibTexNameParser.ParseList(ed, useprefix) : [],
            Title = WithSub(Rich("title"), "subtitle"),
            ContainerTitle = container,
            CollectionTitle = Rich("series"),
            Publisher = publisherParts.Count > 0 ? string.Join("; ", publisherParts) : null,
            PublisherPlace = Plain("address") ?? Plain("location"),
            Volume = Plain("volume"),
            Issue = Plain("issue") ?? (BibTypeMap.NumberIsIssue(type) ? Plain("number") : null),
            Page = BibFieldNormaliser.NormalisePages(Plain("pages")),
            Edition = Plain("edition"),
            Version = Plain("version"),
            Issued = issued,
            Accessed = accessed,
            Doi = doi,
            Pmid = pmid,
            Pmcid = Plain("pmcid") ?? (eprintType == "pmc" ? Plain("eprint") : null),
            Url = Plain("url"),
            Isbn = Plain("isbn"),
            Issn = Plain("issn"),
            Note = Plain("note"),
            Abstract = Plain("abstract"),
            Language = language,
            Keywords = Plain("keywords") is { } kw
                ? kw.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [],
            Fields = fields,
            Location = e.Location,
        };
    }

    private static DateValue? ReadIssued(RawEntry e, Dictionary<string, string> fields, List<Diagnostic> diagnostics)
    {
        if (fields.TryGetValue("date", out var date) && date.Length > 0)
        {
            var value = BibDateReader.ReadIsoDate(date);
            if (value is not null) return value;
            diagnostics.Add(Diagnostic.Warning(BibDiagnosticCodes.UnreadableDate, e.Fields["date"].Location,
                $"entry '{e.Key}' has date = {{{date}}}, which is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a range start/end."));
        }
        var issued = BibDateReader.FromYearMonthDay(fields.GetValueOrDefault("year"), fields.GetValueOrDefault("month"), fields.GetValueOrDefault("day"), out var badMonth);
        if (badMonth)
            diagnostics.Add(Diagnostic.Warning(BibDiagnosticCodes.UnreadableMonth, e.Fields["month"].Location,
                $"entry '{e.Key}' has month = {{{fields["month"]}}}, which is not a month; use jan…dec (no braces) or a number 1–12."));
        return issued;
    }

    /// <summary>An identifier as written, with blanks trimmed and a wrapping \url{…} removed.</summary>
    private static string Verbatim(string raw)
    {
        var t = raw.Trim();
        if (t.StartsWith("\\url{", StringComparison.Ordinal) && t.EndsWith('}')) t = t[5..^1].Trim();
        return t;
    }
}
