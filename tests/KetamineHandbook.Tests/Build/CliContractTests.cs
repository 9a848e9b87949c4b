using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Build;

/// <summary>The CLI contract of DESIGN.md: exit codes, diagnostic form, atomic output.</summary>
[Collection(KetamineHandbook.Tests.Cli.ConsoleCollection.Name)]
public class CliContractTests
{
    [Fact]
    public void BuildWritesTheSiteAndExitsZero()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        var result = CliRunner.Run("build", "--root", ws.Root, "--format", "msbuild");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(ws.PathOf("_site/index.html")));
        Assert.True(File.Exists(ws.PathOf("_site/entries/alpha/index.html")));
    }

    [Fact]
    public void InvalidStatusExitsOneNamingFileAndLineAndLeavesThePreviousSiteUntouched()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        Assert.Equal(0, CliRunner.Run("build", "--root", ws.Root, "--format", "msbuild").ExitCode);
        var before = Directory.EnumerateFiles(ws.PathOf("_site"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);

        ws.Replace("input/entries/beta.md", "status: speculative", "status: probable");
        var result = CliRunner.Run("build", "--root", ws.Root, "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/entries/beta.md(5,9): error KH1106: 'status' is 'probable', which is not allowed", result.Stderr);
        var after = Directory.EnumerateFiles(ws.PathOf("_site"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before) Assert.Equal(bytes, after[path]);
        Assert.Empty(Directory.EnumerateDirectories(ws.Root, ".*tmp*"));
    }

    [Fact]
    public void CheckWritesNothing()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        var result = CliRunner.Run("check", "--root", ws.Root, "--format", "msbuild");
        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(ws.PathOf("_site")));
    }

    [Fact]
    public void UnknownOptionIsAUsageErrorWithExitCodeTwo()
    {
        var result = CliRunner.Run("build", "--no-such-option");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr);
    }

    [Fact]
    public void GithubFormatPrintsWorkflowAnnotations()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Replace("input/entries/beta.md", "status: speculative", "status: probable");
        var result = CliRunner.Run("check", "--root", ws.Root, "--format", "github");
        Assert.Contains("::error file=input/entries/beta.md,line=5,col=9,title=KH1106::'status' is 'probable'", result.Stderr);
    }

    [Fact]
    public void UnwritableOutputFolderIsADiagnosticNotACrash()
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Write("blocker", "a file where the output's parent folder should be");
        var result = CliRunner.Run("build", "--root", ws.Root, "--output", "blocker/site", "--format", "msbuild");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error KH9001", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void PublishedCliHasNoRoslynAssembly()
    {
        var deps = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "handbook.deps.json"));
        Assert.DoesNotContain("Microsoft.CodeAnalysis", deps);
        Assert.Empty(Directory.EnumerateFiles(AppContext.BaseDirectory, "Microsoft.CodeAnalysis*.dll"));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void UnknownCitationKeyExitsOneNamingFileLineAndColumn(string command)
    {
        using var ws = FixtureWorkspace.FromFixture("mini");
        ws.Replace("input/entries/beta.md", "A single study [@zanos2016].", "A single study [@zanos2061].");
        var result = CliRunner.Run(command, "--root", ws.Root, "--format", "msbuild");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/entries/beta.md(18,17): error KH3101:", result.Stderr);
        Assert.Contains("did you mean '@zanos2016'?", result.Stderr);
        Assert.False(Directory.Exists(ws.PathOf("_site")));
    }
}
