using KetamineHandbook.Model;

namespace KetamineHandbook.Load;

/// <summary>The theme folder: Scriban templates (layouts and partials) and static assets copied as they are.</summary>
public sealed record ThemeSource(string Root, IReadOnlyDictionary<string, SourceFile> Templates, IReadOnlyList<(string RelativePath, byte[] Bytes)> Assets)
{
    public static ThemeSource? Load(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root) || !Directory.Exists(Path.Combine(root, "layouts")))
        {
            diagnostics.Error(DiagnosticCodes.ThemeMissing, new(displayRoot),
                $"the theme folder '{displayRoot}' (with layouts/ and partials/) is missing; restore it from the repository or pass --theme DIR");
            return null;
        }
        var templates = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var full in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                var text = TextFileReader.Read(full, $"{displayRoot}/{relative}", diagnostics);
                if (text is not null) templates[relative] = new SourceFile(relative, $"{displayRoot}/{relative}", text);
            }
        }
        var assets = new List<(string, byte[])>();
        var assetDir = Path.Combine(root, "assets");
        if (Directory.Exists(assetDir))
        {
            foreach (var full in Directory.EnumerateFiles(assetDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                assets.Add((Path.GetRelativePath(root, full).Replace('\\', '/'), File.ReadAllBytes(full)));
        }
        return new ThemeSource(root, templates, assets);
    }
}
