using KetamineHandbook.Model;
using KetamineHandbook.Resolve;

namespace KetamineHandbook.Render.Styles;

/// <summary>The citation styles by the name handbook.yml uses: <c>apa</c> (the default) and <c>vancouver</c>.</summary>
public static class CitationStyles
{
    public const string DefaultName = "apa";

    public static IReadOnlyList<string> Names { get; } = ["apa", "vancouver"];

    /// <summary>The style with this name (case-insensitive; null or empty means APA), or null if there is none.</summary>
    public static ICitationStyle? Find(string? name) => (string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim().ToLowerInvariant()) switch
    {
        "apa" or "apa7" or "apa-7" => ApaStyle.Instance,
        "vancouver" => VancouverStyle.Instance,
        _ => null,
    };

    /// <summary>The named style; an unknown name is reported as KH3102 at <paramref name="at"/> and APA is used so the build can go on.</summary>
    public static ICitationStyle Get(string? name, DiagnosticBag diagnostics, SourceLocation at)
    {
        if (Find(name) is { } style) return style;
        diagnostics.Error(CitationDiagnosticCodes.UnknownStyle, at,
            $"unknown citation style '{name}': use one of {string.Join(", ", Names.Select(n => $"'{n}'"))}");
        return ApaStyle.Instance;
    }

    /// <summary>The named style, or an <see cref="ArgumentException"/> for an unknown name (for the CLI's <c>--style</c>).</summary>
    public static ICitationStyle Get(string? name) =>
        Find(name) ?? throw new ArgumentException($"unknown citation style '{name}': use one of {string.Join(", ", Names)}", nameof(name));
}
