using KetamineHandbook.Model;
using KetamineHandbook.Parse.BibTex;

namespace KetamineHandbook.Render.Formatters;

/// <summary>
/// A reference's titles as CSL data holds them: .bib files write English titles in title case, CSL styles
/// expect sentence case and never lower-case by themselves. Pandoc converts when it reads BibTeX; we keep
/// the original in <see cref="Reference"/> and convert here, for every style and export that wants CSL data.
/// Journal names keep their case; a book's title does not, even when it is the container of a chapter.
/// </summary>
public static class CslTitleCase
{
    public static Reference Apply(Reference r) => !r.TitlesAsInBibTex ? r : r with
    {
        TitlesAsInBibTex = false,
        Title = r.Title is { } title ? TitleSentenceCase.Apply(title, r.Language) : null,
        ContainerTitle = r.ContainerTitle is { } container && BibTypeMap.IsPartOfBook(r.EntryType) ? TitleSentenceCase.Apply(container, r.Language) : r.ContainerTitle,
        CollectionTitle = r.CollectionTitle is { } collection ? TitleSentenceCase.Apply(collection, r.Language) : null,
    };
}
