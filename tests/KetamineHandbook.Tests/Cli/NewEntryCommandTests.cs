using System.Globalization;
using KetamineHandbook.Cli.Scaffold;
using KetamineHandbook.Parse;

namespace KetamineHandbook.Tests.Cli;

/// <summary><c>handbook new entry</c> as a contributor meets it: a valid scaffold, and clear refusals.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class NewEntryCommandTests : IDisposable
{
    private readonly FixtureWorkspace _handbook = FixtureWorkspace.FromRealHandbook();

    public void Dispose() => _handbook.Dispose();

    [Theory]
    [InlineData("mechanism")]
    [InlineData("pharmacology")]
    [InlineData("clinical")]
    [InlineData("interaction")]
    public void New_entry_writes_an_entry_that_passes_check(string category)
    {
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = CliRunner.Run("new", "entry", "test-scaffolded-entry", "--title", "A scaffolded entry: \"quoted\"", "--category", category, "--root", _handbook.Root);

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("test-scaffolded-entry.md", created.Stdout);
        Assert.Contains("serve", created.Stdout);
        var text = _handbook.Read("input/entries/test-scaffolded-entry.md");
        Assert.Contains($"reviewed: {today}", text);
        Assert.Contains($"category: {category}", text);
        foreach (var field in EntrySchema.Spec.Fields.Where(f => f.Required))
            Assert.Contains($"\n{field.Name}:", text);
        var headings = text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();
        Assert.Equal(EntryTemplate.Sections(category), headings);

        var check = CliRunner.Run("check", "--root", _handbook.Root, "--format", "msbuild");
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.DoesNotContain("test-scaffolded-entry", check.Stderr);
    }

    [Fact]
    public void New_entry_refuses_an_existing_id_and_leaves_the_file_alone()
    {
        var before = _handbook.Read("input/entries/glutamate-surge.md");

        var result = CliRunner.Run("new", "entry", "glutamate-surge", "--root", _handbook.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists", result.Stderr);
        Assert.Equal(before, _handbook.Read("input/entries/glutamate-surge.md"));
    }

    [Fact]
    public void New_entry_refuses_an_id_used_by_a_page()
    {
        var result = CliRunner.Run("new", "entry", "methods", "--root", _handbook.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("page", result.Stderr);
        Assert.False(File.Exists(_handbook.PathOf("input/entries/methods.md")));
    }

    [Fact]
    public void New_entry_refuses_an_id_a_released_edition_used()
    {
        _handbook.ReleaseSnapshot("1.0.0", new DateOnly(2026, 1, 15));
        File.Delete(_handbook.PathOf("input/entries/opioid-system.md"));

        var result = CliRunner.Run("new", "entry", "opioid-system", "--root", _handbook.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("released edition 1.0.0", result.Stderr);
        Assert.False(File.Exists(_handbook.PathOf("input/entries/opioid-system.md")));
    }

    [Theory]
    [InlineData("Bad_Id", "bad-id")]
    [InlineData("glutamate surge", "glutamate-surge")]
    [InlineData("double--hyphen", "double-hyphen")]
    [InlineData("-leading", "leading")]
    public void New_entry_refuses_an_invalid_id_with_a_suggestion(string id, string suggestion)
    {
        var result = CliRunner.Run("new", "entry", id, "--root", _handbook.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a valid entry id", result.Stderr);
        Assert.Contains($"'{suggestion}'", result.Stderr);
        var repositoryEntries = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "input", "entries")).Select(Path.GetFileName);
        Assert.Equal(repositoryEntries.Order(), Directory.GetFiles(_handbook.PathOf("input/entries")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void New_entry_refuses_an_unknown_category_as_a_usage_error()
    {
        var result = CliRunner.Run("new", "entry", "fine-id", "--category", "mechanisms", "--root", _handbook.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(_handbook.PathOf("input/entries/fine-id.md")));
    }
}
