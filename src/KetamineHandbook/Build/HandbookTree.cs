using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Build;

/// <summary>One handbook tree after parsing and resolving: the living handbook or one released edition.</summary>
public sealed record HandbookTree(
    HandbookSource Source,
    HandbookSettings Settings,
    DocumentIndex Index,
    IReadOnlyList<Reference> References,
    ReferenceCatalog Catalog,
    EditionRecord? Edition)
{
    /// <summary>Site path of the tree's root: <c>""</c> for the living handbook, <c>v/1.0.0/</c> for an edition.</summary>
    public string Prefix => Edition is null ? "" : SiteUrls.Edition(Edition.Version);
    public string Label => Edition is null ? "Living edition" : $"Edition {Edition.Version}";
}
