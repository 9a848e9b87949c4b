using KetamineHandbook.Model;
using KetamineHandbook.Parse.BibTex;

namespace KetamineHandbook.Tests.Support;

/// <summary>The seam through which citation tests read a .bib file: the generator's own BibTeX reader.</summary>
public static class BibliographySource
{
    public static IReadOnlyList<Reference> Read(string bibPath) =>
        BibTexParser.Parse(File.ReadAllText(bibPath), bibPath).References;
}
