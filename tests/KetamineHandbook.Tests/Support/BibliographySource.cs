using KetamineHandbook.Model;
using KetamineHandbook.Parse.CslJson;

namespace KetamineHandbook.Tests.Support;

/// <summary>
/// The seam through which citation tests read a .bib file. Until the BibTeX reader is merged, pandoc reads the
/// .bib into CSL-JSON and <see cref="CslJsonReader"/> maps it; after the merge, change only the body of
/// <see cref="Read"/> to use the BibTeX reader.
/// </summary>
public static class BibliographySource
{
    public static IReadOnlyList<Reference> Read(string bibPath) =>
        CslJsonReader.Read(Pandoc.Run(["-f", "bibtex", "-t", "csljson", bibPath]), bibPath, new DiagnosticBag());
}
