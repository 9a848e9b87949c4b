using System.Reflection;

namespace KetamineHandbook.Cli.Serve;

/// <summary>The preview's own files (live-reload script, error panel styles), embedded in the tool and served under /__handbook/.</summary>
public static class PreviewAssets
{
    public const string Prefix = "/__handbook/";

    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Files = new(StringComparer.Ordinal)
    {
        ["live-reload.js"] = ("text/javascript; charset=utf-8", Load("live-reload.js")),
        ["overlay.css"] = ("text/css; charset=utf-8", Load("overlay.css")),
    };

    public static (string ContentType, byte[] Bytes)? Find(string name) => Files.TryGetValue(name, out var file) ? file : null;

    private static byte[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"KetamineHandbook.Cli.Serve.Assets.{name}")
            ?? throw new InvalidOperationException($"the preview asset {name} is not embedded in the tool");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
