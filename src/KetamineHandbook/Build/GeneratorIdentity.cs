using System.Runtime.InteropServices;

namespace KetamineHandbook.Build;

/// <summary>
/// Which generator produced a cached result: this assembly's module version id (it changes with every
/// change to the code), the .NET runtime and the exact versions of the libraries it renders with, so output
/// cached by one build of the generator is never reused by another.
/// </summary>
public static class GeneratorIdentity
{
    // Named rather than read from the assembly's references, which the native (ahead-of-time compiled) CLI cannot list.
    private static readonly Type[] Libraries =
    [
        typeof(Markdig.Markdown), typeof(Scriban.Template), typeof(YamlDotNet.Core.Parser), typeof(AngleSharp.BrowsingContext),
        typeof(DiffPlex.Differ), typeof(System.Text.Json.Utf8JsonWriter), typeof(object),
    ];

    public static string Fingerprint { get; } = SourceFingerprint.OfText([
        typeof(GeneratorIdentity).Assembly.ManifestModule.ModuleVersionId.ToString(),
        RuntimeInformation.FrameworkDescription,
        .. Libraries.Select(t => t.Assembly.FullName!).Order(StringComparer.Ordinal)]);
}
