using Microsoft.Playwright;

namespace KetamineHandbook.Tests.Browser;

/// <summary>
/// Not a check: full-page screenshots of the main pages at desktop and phone widths in both schemes, for a
/// person to look at. Runs only when HANDBOOK_SCREENSHOTS names a folder (and passes trivially otherwise).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTour(BrowserFixture browser)
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", ""),
        ("entry", "entries/glutamate-surge/"),
        ("evidence", "evidence/"),
        ("methods", "methods/"),
        ("not-found", "entries/glutamate-surj/"),
        ("search", "entries/glutamate-surge/"),
    ];

    [Fact]
    public async Task Screenshots()
    {
        var folder = Environment.GetEnvironmentVariable("HANDBOOK_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        var only = Environment.GetEnvironmentVariable("HANDBOOK_SCREENSHOTS_ONLY");
        foreach (var (name, path) in Pages.Where(p => string.IsNullOrEmpty(only) || only.Split(',').Contains(p.Name)))
            foreach (var width in new[] { 1280, 375 })
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    await using var session = await browser.NewPageAsync(scheme, width);
                    await session.GoAsync(path);
                    var file = Path.Combine(folder, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                    if (name == "search")
                    {
                        // The results panel as a reader sees it while typing: the viewport only.
                        await session.Page.FillAsync("#search-input", "bdnf release");
                        await session.Page.Locator("#search-results .search-list a").First.WaitForAsync();
                        await session.Page.ScreenshotAsync(new() { Path = file });
                    }
                    else await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                }
    }
}
