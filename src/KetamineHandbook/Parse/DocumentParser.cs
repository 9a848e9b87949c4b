using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Parse.Yaml;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KetamineHandbook.Parse;

/// <summary>Parses one entry or page: front matter against its schema, body with the shared Markdig pipeline.</summary>
public static class DocumentParser
{
    /// <param name="parseBody">
    /// False reads the front matter only (the body becomes an empty document without headings): enough for a
    /// released edition whose pages come from the render cache, which the build needs for ids, titles and text.
    /// </param>
    /// <param name="frontMatter">Readings of front matter kept from earlier builds; null reads every file's.</param>
    public static ParsedDocument? Parse(SourceFile file, DocumentKind kind, MarkdownPipeline pipeline, DiagnosticBag diagnostics, bool parseBody = true,
        FrontMatterCache? frontMatter = null)
    {
        var id = Path.GetFileNameWithoutExtension(file.RelativePath);
        var split = FrontMatterSplitter.Split(file.Text, file.DisplayPath, diagnostics);
        if (split is null) return null;

        var spec = kind == DocumentKind.Entry ? EntrySchema.Spec : PageSchema.Spec;
        var yaml = frontMatter is null
            ? YamlSchemaReader.Read(split.Yaml, spec, file.DisplayPath, 1, diagnostics)
            : frontMatter.Read(split.Yaml, spec, file.DisplayPath, 1, diagnostics);

        if (!parseBody)
            return yaml is null ? null : Assemble(id, kind, file, yaml, new MarkdownDocument(), split.BodyLineOffset, []);
        if (MarkdownNesting.ExceedsLimit(split.Body, out var nestingLine))
        {
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, new(file.DisplayPath, split.BodyLineOffset + nestingLine, 1),
                $"Markdown nesting is deeper than {MarkdownNesting.MaxDepth} levels (block quotes or lists); flatten the structure");
            return null;
        }
        MarkdownDocument markdown;
        try
        {
            markdown = Markdig.Markdown.Parse(split.Body, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses pathologically nested brackets itself; report it like our own nesting limit.
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, new(file.DisplayPath, split.BodyLineOffset + 1, 1),
                "Markdown nesting is too deep for the parser (brackets or emphasis nested over a hundred levels); flatten the structure");
            return null;
        }
        if (yaml is null) return null;

        var headings = CollectHeadings(markdown, split.BodyLineOffset, file.DisplayPath, kind, diagnostics);
        return Assemble(id, kind, file, yaml, markdown, split.BodyLineOffset, headings);
    }

    private static ParsedDocument? Assemble(string id, DocumentKind kind, SourceFile file, YamlObject yaml, MarkdownDocument markdown, int lineOffset, IReadOnlyList<Heading> headings)
    {
        EntryMeta? entry = null;
        PageMeta? page = null;
        if (kind == DocumentKind.Entry)
        {
            entry = ReadEntryMeta(yaml);
            if (entry is null) return null;
        }
        else
        {
            if (yaml.Text("title") is not { } title || yaml.Text("summary") is not { } summary) return null;
            page = new PageMeta(title, summary, yaml.Integer("order") ?? 100);
        }
        return new ParsedDocument(id, kind, file, entry, page, markdown, lineOffset, headings);
    }

    private static EntryMeta? ReadEntryMeta(YamlObject yaml)
    {
        var evidence = yaml.Object("evidence");
        if (yaml.Text("title") is not { } title || yaml.Text("summary") is not { } summary
            || yaml.Text("category") is not { } category || yaml.Text("status") is not { } status
            || evidence?.Text("preclinical") is not { } preclinical || evidence.Text("clinical") is not { } clinical
            || yaml.Date("reviewed") is not { } reviewed)
            return null;
        var keyLines = new Dictionary<string, int>();
        foreach (var key in new[] { "title", "summary", "category", "status", "evidence", "reviewed", "links", "related", "replaced_by" })
            if (yaml.Has(key)) keyLines[key] = yaml.PositionOf(key).Line;
        return new EntryMeta
        {
            Title = title,
            Summary = summary.Trim(),
            Category = category,
            Status = status,
            PreclinicalGrade = preclinical,
            ClinicalGrade = clinical,
            Reviewed = reviewed,
            Links = yaml.Objects("links").Select(l => new CascadeLink(l.Text("to")!, l.Text("relation")!, l.Position.Line)).ToList(),
            Related = yaml.TextList("related"),
            Keywords = yaml.TextList("keywords"),
            Authors = yaml.TextList("authors"),
            ReplacedBy = yaml.Text("replaced_by"),
            KeyLines = keyLines,
        };
    }

    private static List<Heading> CollectHeadings(MarkdownDocument markdown, int lineOffset, string path, DocumentKind kind, DiagnosticBag diagnostics)
    {
        var headings = new List<Heading>();
        var seenText = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in markdown.Descendants<HeadingBlock>())
        {
            var id = block.GetAttributes().Id ?? "";
            var text = HeadingText.Of(block);
            var line = block.Line + lineOffset + 1;
            if (block.Level == 1)
                diagnostics.Error(DiagnosticCodes.HeadingH1InBody, new(path, line, block.Column + 1),
                    $"a level-1 heading ('# {text}') in the body; the {(kind == DocumentKind.Entry ? "entry" : "page")}'s title is its only h1, so use '##' for sections");
            if (seenText.TryGetValue(id, out var firstLine))
                diagnostics.Warning(DiagnosticCodes.DuplicateHeading, new(path, line, block.Column + 1),
                    $"heading '{text}' repeats the heading on line {firstLine}, so links to '#{id}' are ambiguous; rename one of them");
            else seenText[id] = line;
            headings.Add(new Heading(block.Level, text, id, line));
        }
        return headings;
    }
}
