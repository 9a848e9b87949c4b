namespace KetamineHandbook.Model;

/// <summary>
/// Every diagnostic code the generator emits. The README's table is checked against this list by a
/// test, so a new code cannot ship undocumented. Ranges: KH1xxx input and front matter, KH2xxx
/// Markdown and links, KH3xxx references and citations, KH4xxx editions, KH5xxx theme and
/// templates, KH6xxx rendered-HTML checks, KH9xxx output and usage.
/// </summary>
public static class DiagnosticCodes
{
    // Loading input files
    public const string MissingFile = "KH1001";
    public const string UnreadableFile = "KH1002";
    public const string NotUtf8 = "KH1003";
    public const string FileTooLarge = "KH1004";
    public const string EmptyFile = "KH1005";
    public const string NotMarkdown = "KH1006";
    public const string InvalidId = "KH1007";
    public const string DuplicateId = "KH1008";

    // Front matter and settings
    public const string MissingFrontMatter = "KH1101";
    public const string UnclosedFrontMatter = "KH1102";
    public const string YamlSyntax = "KH1103";
    public const string UnknownKey = "KH1104";
    public const string MissingField = "KH1105";
    public const string InvalidValue = "KH1106";
    public const string WrongType = "KH1107";
    public const string InvalidDate = "KH1108";
    public const string DuplicateKey = "KH1109";

    // Markdown and links
    public const string BrokenLink = "KH2001";
    public const string MissingAnchor = "KH2002";
    public const string PathTraversal = "KH2003";
    public const string UnknownLinkedEntry = "KH2004";
    public const string DuplicateHeading = "KH2005";
    public const string HeadingH1InBody = "KH2006";
    public const string MissingAsset = "KH2007";
    public const string UnsafeHtml = "KH2101";
    public const string NestingTooDeep = "KH2102";

    public const string UncitedReference = "KH3104";

    // Editions
    public const string EditionsFile = "KH4001";
    public const string SnapshotMissing = "KH4002";
    public const string SnapshotModified = "KH4003";
    public const string EditionOrder = "KH4004";
    public const string EntryRemoved = "KH4005";

    // Theme
    public const string ThemeMissing = "KH5001";
    public const string TemplateSyntax = "KH5002";
    public const string TemplateRuntime = "KH5003";

    // Rendered HTML
    public const string HtmlBrokenLink = "KH6001";
    public const string HtmlMissingFragment = "KH6002";
    public const string HtmlDuplicateId = "KH6003";
    public const string HtmlCitationUnresolved = "KH6004";
    public const string HtmlUncitedItem = "KH6005";
    public const string ExternalLinkSyntax = "KH6006";
    public const string ExternalLinkBroken = "KH6007";

    // Output and usage
    public const string OutputUnwritable = "KH9001";
}
