namespace KetamineHandbook.Resolve;

/// <summary>The diagnostic codes raised while resolving citations and choosing a citation style.</summary>
public static class CitationDiagnosticCodes
{
    /// <summary>Error: a citation names a key that is not in the citation store.</summary>
    public const string UnknownKey = "KH3101";

    /// <summary>Error: handbook.yml names a citation style the generator does not have.</summary>
    public const string UnknownStyle = "KH3102";
}
