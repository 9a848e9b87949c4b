namespace KetamineHandbook.Bench.Corpus;

/// <summary>
/// Lays the same living entries out as a Hugo site: <c>content/entries/&lt;id&gt;.md</c> with the same
/// front matter and text (so the URLs match: <c>/entries/&lt;id&gt;/</c>), the pages at the root, and the
/// minimal layouts in <c>HugoSite/</c> that mirror the handbook theme's markup.
/// </summary>
public static class HugoLayout
{
    public static void Write(IReadOnlyList<GeneratedEntry> entries, string root)
    {
        if (Directory.Exists(root)) Directory.Delete(root, true);
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(Path.Combine(content, "entries"));
        File.WriteAllText(Path.Combine(content, "entries", "_index.md"), "---\ntitle: \"Entries\"\n---\n");
        foreach (var (slug, frontMatter, body) in PagesWriter.Pages)
            File.WriteAllText(Path.Combine(content, slug + ".md"), $"---\n{frontMatter}---\n\n{body}");
        Parallel.ForEach(entries, e => File.WriteAllText(Path.Combine(content, "entries", e.Plan.Id + ".md"), e.LivingText));

        var layouts = Path.Combine(AppContext.BaseDirectory, "HugoSite");
        foreach (var file in Directory.EnumerateFiles(layouts, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(layouts, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
