using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Parse;

/// <summary>Hostile or accidental extremes in contributor files end in one clear diagnostic, never a crash or a hang.</summary>
public class InputLimitsTests
{
    private static string Beta(string body) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures/mini/input/entries/beta.md")).Replace("None yet.", body);

    [Fact]
    public void FileOverTheSizeLimitIsRefusedByName()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Write("input/entries/beta.md", Beta(new string('x', 1_100_000)));
        var d = Assert.Single(ws.Build().Diagnostics, x => x.IsError);
        Assert.Equal("KH1004", d.Code);
        Assert.Equal("input/entries/beta.md", d.Location.Path);
        Assert.Contains("over the limit", d.Message);
    }

    [Fact]
    public void VeryDeepBlockQuotesAreRefusedWithTheirLine()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Write("input/entries/beta.md", Beta(new string('>', 5000) + " deep"));
        var d = Assert.Single(ws.Build().Diagnostics, x => x.IsError);
        Assert.Equal("KH2102", d.Code);
        Assert.Equal(22, d.Location.Line);
    }

    [Fact]
    public void VeryDeepBracketsAreRefused()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Write("input/entries/beta.md", Beta(new string('[', 3000) + "x" + new string(']', 3000)));
        var d = Assert.Single(ws.Build().Diagnostics, x => x.IsError);
        Assert.Equal("KH2102", d.Code);
    }

    [Fact]
    public void DeeplyNestedListsAreRefused()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        var lines = Enumerable.Range(0, 400).Select(i => new string(' ', i * 2) + "- item");
        ws.Write("input/entries/beta.md", Beta(string.Join("\n", lines)));
        var d = Assert.Single(ws.Build().Diagnostics, x => x.IsError);
        Assert.Equal("KH2102", d.Code);
    }

    [Fact]
    public void PathTraversalInAFrontMatterIdIsRejectedByTheIdPattern()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Replace("input/entries/alpha.md", "related: [beta]", "related: [../../etc/passwd]");
        var d = Assert.Single(ws.Build().Diagnostics, x => x.IsError);
        Assert.Equal("KH1106", d.Code);
    }

    [Fact]
    public void PathTraversalInAnImageIsRefused()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Write("input/entries/beta.md", Beta("![secret](../../../etc/passwd)"));
        var d = Assert.Single(ws.Build().Diagnostics, x => x.IsError);
        Assert.Equal("KH2003", d.Code);
    }
}
