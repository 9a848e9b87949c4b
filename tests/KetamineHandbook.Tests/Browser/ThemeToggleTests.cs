using Microsoft.Playwright;

namespace KetamineHandbook.Tests.Browser;

/// <summary>Dark mode follows the system until the reader chooses; the choice survives a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeToggleTests(BrowserFixture browser)
{
    private const string Background = "getComputedStyle(document.body).backgroundColor";

    [Fact]
    public async Task The_toggle_switches_to_dark_and_the_choice_persists_across_reloads()
    {
        await using var session = await browser.NewPageAsync(ColorScheme.Light);
        var page = session.Page;
        await session.GoAsync("entries/glutamate-surge/");
        var toggle = page.Locator(".theme-toggle");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        var light = await page.EvaluateAsync<string>(Background);

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        var dark = await page.EvaluateAsync<string>(Background);
        Assert.NotEqual(light, dark);
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));

        await page.ReloadAsync();
        Assert.Equal(dark, await page.EvaluateAsync<string>(Background));
        await Assertions.Expect(page.Locator(".theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");

        // Another page of the site keeps it too, and switching back is remembered as well.
        await session.GoAsync("evidence/");
        Assert.Equal(dark, await page.EvaluateAsync<string>(Background));
        await page.Locator(".theme-toggle").ClickAsync();
        await page.ReloadAsync();
        Assert.Equal(light, await page.EvaluateAsync<string>(Background));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Without_a_choice_the_page_follows_the_system_scheme()
    {
        await using var darkSession = await browser.NewPageAsync(ColorScheme.Dark);
        await darkSession.GoAsync("");
        await Assertions.Expect(darkSession.Page.Locator(".theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        var dark = await darkSession.Page.EvaluateAsync<string>(Background);

        await using var lightSession = await browser.NewPageAsync(ColorScheme.Light);
        await lightSession.GoAsync("");
        Assert.NotEqual(dark, await lightSession.Page.EvaluateAsync<string>(Background));
        darkSession.AssertNoErrors();
        lightSession.AssertNoErrors();
    }
}
