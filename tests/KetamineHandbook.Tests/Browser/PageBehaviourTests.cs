using Microsoft.Playwright;

namespace KetamineHandbook.Tests.Browser;

/// <summary>The evidence table, the 404 page, badges and the pages without JavaScript, as a reader uses them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageBehaviourTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_evidence_table_sorts_by_grade_and_filters_by_text_and_category()
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await session.GoAsync("evidence/");
        var rows = page.Locator("#evidence-table tbody tr");
        var total = await rows.CountAsync();
        Assert.True(total >= 20, $"only {total} rows");

        await page.Locator("th", new() { HasText = "Preclinical" }).Locator("button").ClickAsync();
        await Assertions.Expect(page.Locator("th", new() { HasText = "Preclinical" })).ToHaveAttributeAsync("aria-sort", "descending");
        var grades = await page.Locator("#evidence-table tbody tr td:nth-child(4)").AllTextContentsAsync();
        Assert.Equal("high", grades[0].Trim());
        Assert.Equal("none", grades[^1].Trim());

        await page.FillAsync(".table-tools input[name=q]", "glutamate");
        var visible = page.Locator("#evidence-table tbody tr:visible");
        Assert.True(await visible.CountAsync() is > 0 and < 22);
        await Assertions.Expect(page.Locator(".table-count")).ToContainTextAsync("of " + total);

        await page.FillAsync(".table-tools input[name=q]", "");
        await page.SelectOptionAsync(".table-tools select[name=category]", "clinical");
        foreach (var category in await page.Locator("#evidence-table tbody tr:visible td:nth-child(2)").AllTextContentsAsync())
            Assert.Equal("Clinical evidence", category.Trim());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task The_404_page_suggests_the_entry_from_a_mistyped_address_and_knows_editions()
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        var response = await session.GoAsync("entries/glutamate-surj/");
        Assert.Equal(404, response!.Status);
        var guess = page.Locator("#not-found-guess a");
        await Assertions.Expect(guess).ToHaveTextAsync("Glutamate surge");
        await guess.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Glutamate surge");

        await session.GoAsync("v/99.0.0/entries/bdnf-trkb/");
        await Assertions.Expect(page.Locator("#not-found-guess")).ToContainTextAsync("There is no edition 99.0.0");
        await Assertions.Expect(page.Locator("#not-found-guess a")).ToHaveTextAsync("BDNF release and TrkB signalling");
        // Assets load from the base path although the page was served deep below it.
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        session.AssertNoErrors("404");
    }

    [Fact]
    public async Task Evidence_badges_explain_themselves_on_keyboard_focus_and_link_to_the_methods_page()
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await session.GoAsync("entries/glutamate-surge/");
        var badge = page.Locator(".badge").Nth(1);
        var tip = page.Locator("#tip-preclinical");
        await Assertions.Expect(tip).ToBeHiddenAsync();
        await badge.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(tip).ToBeHiddenAsync();
        Assert.EndsWith("methods/#grading-rubric", await badge.GetAttributeAsync("href"));
        await badge.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/methods/#grading-rubric$"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Without_javascript_pages_read_fully_and_script_only_controls_are_hidden()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(browser.Server.Url(""));
            await Assertions.Expect(page.Locator(".search")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".theme-toggle")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("svg.cascade a").First).ToBeVisibleAsync();
            await page.GotoAsync(browser.Server.Url("evidence/"));
            Assert.True(await page.Locator("#evidence-table tbody tr:visible").CountAsync() >= 20);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_cascade_nodes_are_keyboard_focusable_links_and_the_current_entry_is_marked()
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await session.GoAsync("entries/glutamate-surge/");
        var current = page.Locator("svg.cascade a[aria-current=page]");
        await Assertions.Expect(current).ToHaveCountAsync(1);
        await current.FocusAsync();
        Assert.Equal("a", await page.EvaluateAsync<string>("document.activeElement.localName"));
        var next = page.Locator("svg.cascade a[href$='entries/ampa-receptor-activation/']");
        await next.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("AMPA-receptor activation");
        session.AssertNoErrors();
    }
}
