using System.Text.RegularExpressions;

namespace KetamineHandbook.Tests.Styles;

/// <summary>
/// Where Debian's citeproc (pandoc 2.17) is known to be wrong, the comparison corrects citeproc's text first, so
/// every item is still compared and every other difference still fails.
/// </summary>
public static partial class KnownCiteprocDefects
{
    /// <summary>
    /// BibTeX's <c>and others</c> under apa.csl (et-al-use-last) is glued to the previous name as
    /// "Canuso, C.others." — https://github.com/jgm/citeproc/issues/102. APA means "et al." there, as biblatex prints.
    /// </summary>
    public static string Correct(string citeprocText) => GluedOthers().Replace(citeprocText, "., et al.");

    [GeneratedRegex(@"\.others\.")]
    private static partial Regex GluedOthers();
}
