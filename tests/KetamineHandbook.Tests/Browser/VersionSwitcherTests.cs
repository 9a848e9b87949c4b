using KetamineHandbook.Tests.Support;
using Microsoft.Playwright;

namespace KetamineHandbook.Tests.Browser;

/// <summary>The version switcher: a &lt;details&gt; list of the same page in every edition, working without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VersionSwitcherTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_living_edition_switcher_opens_without_javascript_and_marks_the_current_edition()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(browser.Server.Url("entries/glutamate-surge/"));
            var switcher = page.Locator("details.switcher");
            await switcher.Locator("summary").ClickAsync();
            Assert.NotNull(await switcher.GetAttributeAsync("open"));
            var current = switcher.Locator("a[aria-current=page]");
            await Assertions.Expect(current).ToContainTextAsync("Living edition");
            Assert.NotNull(await current.GetAttributeAsync("data-edition-link"));
            await current.ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Glutamate surge");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [RequiresEditionFact]
    public async Task The_switcher_goes_to_the_same_entry_in_an_older_edition()
    {
        var editionPath = SiteFacts.OldEditionEntry!;
        var version = editionPath.Split('/')[1];
        var livingPath = editionPath[$"v/{version}/".Length..];
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await session.GoAsync(livingPath);
        var title = await page.Locator("h1").TextContentAsync();
        await page.Locator("details.switcher summary").ClickAsync();
        await page.Locator($"details.switcher a[data-edition-link][href*='v/{version}/']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(
            "/v/" + System.Text.RegularExpressions.Regex.Escape(version) + "/" + System.Text.RegularExpressions.Regex.Escape(livingPath) + "$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title!);
        session.AssertNoErrors();
    }
}
