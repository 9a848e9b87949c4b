using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Browser;

/// <summary>"Cite this entry": the copy button puts the citation on the clipboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CiteBoxTests(BrowserFixture browser)
{
    [RequiresCiteBoxFact]
    public async Task Copy_puts_the_apa_citation_on_the_clipboard()
    {
        await using var session = await browser.NewPageAsync(clipboard: true);
        var page = session.Page;
        await session.GoAsync("entries/glutamate-surge/");
        var expected = await page.Locator("#cite-apa").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(expected));
        await page.Locator("button[data-copy='cite-apa']").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("button[data-copy='cite-apa']")).ToHaveTextAsync("Copied");
        Assert.Equal(expected, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Contains("glutamate-surge", expected);
        session.AssertNoErrors();
    }
}
