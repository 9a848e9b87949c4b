namespace KetamineHandbook.Build;

/// <summary>
/// Which generator produced a cached result: this assembly's module version id (it changes with every
/// change to the code) and the exact versions of the libraries it renders with, so output cached by one
/// build of the generator is never reused by another.
/// </summary>
public static class GeneratorIdentity
{
    public static string Fingerprint { get; } = SourceFingerprint.OfText([
        typeof(GeneratorIdentity).Assembly.ManifestModule.ModuleVersionId.ToString(),
        .. typeof(GeneratorIdentity).Assembly.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal)]);
}
