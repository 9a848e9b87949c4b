using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KetamineHandbook.Tests.Support;
using Microsoft.Playwright;

namespace KetamineHandbook.Tests.Browser;

/// <summary>axe-core finds no violation (all of its rules, WCAG 2.1 A/AA and best practice) on the main pages, in both colour schemes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    /// <summary>The pages checked: fixed ones, and those that exist once other stages produce them.</summary>
    public static TheoryData<string, string> Pages()
    {
        var paths = new List<string> { "", "entries/glutamate-surge/", "entries/esketamine-nasal-spray/", "evidence/", "methods/", "entries/no-such-entry/" };
        foreach (var optional in new[] { "references/", "changelog/" })
            if (SiteFacts.HasPage(optional)) paths.Add(optional);
        if (SiteFacts.OldEditionEntry is { } old)
        {
            paths.Add(old);
            // The same entry in the oldest edition carries the banner and, where recorded, errata.
            if (SiteFacts.HasPage(old[..(old.IndexOf("/entries/", StringComparison.Ordinal) + 1)] + "entries/glutamate-surge/"))
                paths.Add(old[..(old.IndexOf("/entries/", StringComparison.Ordinal) + 1)] + "entries/glutamate-surge/");
        }
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
            foreach (var scheme in new[] { "light", "dark" })
                data.Add(path, scheme);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_reports_no_violations(string path, string scheme)
    {
        await using var session = await browser.NewPageAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var response = await session.GoAsync(path);
        var result = await session.Page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {Shorten(n.Html)}"))));
        Assert.True(result.Violations.Length == 0, $"axe on /{path} ({scheme}):\n{report}");
        if (response?.Status == 404) session.AssertNoErrors("404");
        else session.AssertNoErrors();
    }

    private static string Shorten(string html) => html.Length > 160 ? html[..160] + "…" : html;
}
