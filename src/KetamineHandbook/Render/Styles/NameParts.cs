using KetamineHandbook.Model;

namespace KetamineHandbook.Render.Styles;

/// <summary>The pieces of a name that styles print: the family name with its particles, the short form used in text.</summary>
public static class NameParts
{
    /// <summary>"de Graaf" for display in text: the non-dropping particle stays, the dropping one goes (CSL short form).</summary>
    public static string Short(PersonName name) =>
        name.Literal ?? Join(" ", name.NonDroppingParticle, name.Family);

    /// <summary>The names that are real people or groups: BibTeX's <c>and others</c> marker removed.</summary>
    public static IReadOnlyList<PersonName> Named(IReadOnlyList<PersonName> names) => names.Where(n => !n.IsOthers).ToList();

    /// <summary>True when the list ends with BibTeX's <c>and others</c>: the list is known to be incomplete.</summary>
    public static bool EndsWithOthers(IReadOnlyList<PersonName> names) => names.Count > 0 && names[^1].IsOthers;

    public static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
