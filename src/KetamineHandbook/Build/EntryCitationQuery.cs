using KetamineHandbook.Load;
using KetamineHandbook.Markdown;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Render;
using KetamineHandbook.Render.Formatters;
using KetamineHandbook.Render.Metadata;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Build;

/// <summary>
/// <c>handbook cite</c>: the citation of one entry in one edition, in the same words and with the same
/// permanent URL as the entry page's "Cite this entry" box. Without an edition, the newest edition that
/// holds the entry is cited (a URL that never changes); an unreleased entry is cited in the living edition.
/// </summary>
public static class EntryCitationQuery
{
    public static readonly string[] Styles = ["apa", "vancouver", "bibtex", "ris", "csl-json"];

    public static string? Run(BuildOptions options, string id, string? version, string style, DiagnosticBag diagnostics)
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var handbookRoot = options.Full(options.HandbookDir);
        var editions = EditionsReader.Read(handbookRoot, options.HandbookDir, diagnostics);
        var living = TreeLoader.Load(options.Full(options.InputDir), options.InputDir, null, pipeline, new DiagnosticBag());
        if (living is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, new(options.InputDir), "the handbook could not be loaded; run 'handbook check' to see why");
            return null;
        }
        var trees = editions.Select(e => TreeLoader.Load(EditionSnapshot.Folder(handbookRoot, e.Version), $"{options.HandbookDir}/editions/{e.Version}", e, pipeline, new DiagnosticBag()))
            .OfType<HandbookTree>().ToList();
        var site = new SiteContext(living, trees, options.BaseUrl ?? living.Settings.BaseUrl);

        HandbookTree? tree;
        if (version is not null)
        {
            tree = trees.FirstOrDefault(t => t.Edition!.Version == version);
            if (tree is null)
            {
                diagnostics.Error(DiagnosticCodes.EditionOrder, new($"{options.HandbookDir}/{EditionsReader.FileName}"),
                    $"there is no edition {version}; editions: {(trees.Count == 0 ? "none yet" : string.Join(", ", trees.Select(t => t.Edition!.Version)))}");
                return null;
            }
        }
        else tree = trees.LastOrDefault(t => t.Index.Entry(id) is not null) ?? living;

        if (tree.Index.Entry(id) is not { } doc)
        {
            var suggestion = Spelling.Suggest(id, tree.Index.EntryIds);
            diagnostics.Error(DiagnosticCodes.UnknownLinkedEntry, new($"{options.InputDir}/entries/{id}.md"),
                $"there is no entry '{id}' in {tree.Label}" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            return null;
        }
        var self = EntrySelfReference.For(doc, tree, site);
        return style switch
        {
            "bibtex" => BibTexWriter.WriteOne(self),
            "ris" => RisWriter.WriteOne(self),
            "csl-json" => CslJsonWriter.Write([self]),
            _ => CitationStyles.Get(style).FormatReferenceText(self, new ReferenceCatalog([self], CitationStyles.Get(style))) + "\n",
        };
    }
}
