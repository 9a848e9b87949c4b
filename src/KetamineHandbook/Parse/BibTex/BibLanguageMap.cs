namespace KetamineHandbook.Parse.BibTex;

/// <summary>Maps babel/polyglossia language names (<c>langid</c>) to BCP 47 tags, as Pandoc does.</summary>
public static class BibLanguageMap
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en-US", ["american"] = "en-US", ["usenglish"] = "en-US", ["british"] = "en-GB",
        ["ukenglish"] = "en-GB", ["canadian"] = "en-CA", ["australian"] = "en-AU", ["newzealand"] = "en-NZ",
        ["german"] = "de-DE", ["ngerman"] = "de-DE", ["austrian"] = "de-AT", ["naustrian"] = "de-AT",
        ["swissgerman"] = "de-CH", ["nswissgerman"] = "de-CH", ["french"] = "fr-FR", ["francais"] = "fr-FR",
        ["italian"] = "it-IT", ["spanish"] = "es-ES", ["dutch"] = "nl-NL", ["portuguese"] = "pt-PT",
        ["portuges"] = "pt-PT", ["brazil"] = "pt-BR", ["brazilian"] = "pt-BR", ["russian"] = "ru-RU",
        ["polish"] = "pl-PL", ["swedish"] = "sv-SE", ["danish"] = "da-DK", ["norsk"] = "nb-NO",
        ["norwegian"] = "nb-NO", ["nynorsk"] = "nn-NO", ["finnish"] = "fi-FI", ["czech"] = "cs-CZ",
        ["greek"] = "el-GR", ["japanese"] = "ja-JP", ["chinese"] = "zh-CN", ["turkish"] = "tr-TR",
        ["hungarian"] = "hu-HU", ["magyar"] = "hu-HU", ["catalan"] = "ca-AD", ["croatian"] = "hr-HR",
        ["slovak"] = "sk-SK", ["slovene"] = "sl-SL", ["ukrainian"] = "uk-UA", ["hebrew"] = "he-IL",
        ["latin"] = "la", ["icelandic"] = "is-IS", ["romanian"] = "ro-RO", ["korean"] = "ko-KR",
    };

    /// <summary>The BCP 47 tag for a babel name; a value that already looks like a tag is kept.</summary>
    public static string? ToBcp47(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var t = language.Trim();
        return Tags.TryGetValue(t, out var tag) ? tag : t;
    }

    /// <summary>True when titles in this language are written in title case in .bib files (English, or unstated).</summary>
    public static bool IsEnglish(string? bcp47) => bcp47 is null || bcp47.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
