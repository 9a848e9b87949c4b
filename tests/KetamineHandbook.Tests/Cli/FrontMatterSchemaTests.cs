using System.Text.Json;
using Json.Schema;
using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Render.Schema;

namespace KetamineHandbook.Tests.Cli;

/// <summary>The published JSON Schema agrees with the build's own front-matter validation, and the committed editor copy is current.</summary>
public sealed class FrontMatterSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(FrontMatterJsonSchema.ForEntries());

    private static string CommittedCopyPath => Path.Combine(RepositoryRoot.Path, ".vscode", "entry.schema.json");

    private static EvaluationResults Evaluate(string frontMatter)
    {
        var json = JsonSerializer.SerializeToElement(YamlAsJson.Convert(frontMatter));
        return Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) => string.Join("; ",
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static string FrontMatterOf(string markdown)
    {
        var split = FrontMatterSplitter.Split(markdown.Replace("\r\n", "\n"), "entry.md", new DiagnosticBag());
        Assert.NotNull(split);
        return split.Yaml;
    }

    [Fact]
    public void Committed_editor_schema_equals_the_generated_schema()
    {
        Assert.True(File.Exists(CommittedCopyPath), $"{CommittedCopyPath} is missing");
        var committed = File.ReadAllText(CommittedCopyPath).Replace("\r\n", "\n");
        Assert.True(committed == FrontMatterJsonSchema.ForEntries(),
            "The entry schema changed: refresh the editor copy with 'handbook build' and then " +
            "'cp _site/schema/entry.schema.json .vscode/entry.schema.json', and commit it.");
    }

    [Fact]
    public void Built_site_publishes_the_schema_at_schema_entry_schema_json()
    {
        var result = BuildPipeline.Run(new KetamineHandbook.Build.BuildOptions { Root = RepositoryRoot.Path });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(FrontMatterJsonSchema.ForEntries(), result.Site.GetText("schema/entry.schema.json"));
    }

    [Fact]
    public void Vscode_settings_associate_the_schema_with_entry_files()
    {
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".vscode", "settings.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var schemas = settings.RootElement.GetProperty("yaml.schemas");
        var globs = schemas.GetProperty("./.vscode/entry.schema.json");
        var patterns = globs.ValueKind == JsonValueKind.Array ? globs.EnumerateArray().Select(g => g.GetString()).ToList() : [globs.GetString()];
        Assert.Contains("input/entries/*.md", patterns);
    }

    [Fact]
    public void Schema_accepts_the_front_matter_of_every_real_entry()
    {
        var entries = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "input", "entries"), "*.md");
        Assert.NotEmpty(entries);
        foreach (var file in entries)
        {
            var results = Evaluate(FrontMatterOf(File.ReadAllText(file)));
            Assert.True(results.IsValid, $"{Path.GetFileName(file)}: {Describe(results)}");
        }
    }

    [Theory]
    [InlineData("category: mechanism", "category: mechanismm")]            // value not in the list
    [InlineData("status: supported", "statuss: supported")]                 // misspelt key
    [InlineData("reviewed: 2026-11-26", "reviewed: 26/11/2026")]             // not an ISO date
    [InlineData("  clinical: low", "  clinical: lowish")]                    // nested enum
    [InlineData("related: [", "related: [Not_An_Id, ")]                      // id pattern
    public void Schema_rejects_what_the_build_rejects(string original, string mistake)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "input", "entries", "glutamate-surge.md")).Replace("\r\n", "\n");
        var yaml = FrontMatterOf(text);
        Assert.Contains(original, yaml);
        var broken = yaml.Replace(original, mistake);

        Assert.False(Evaluate(broken).IsValid, $"the schema accepted: {mistake}");
        var diagnostics = new DiagnosticBag();
        KetamineHandbook.Parse.Yaml.YamlSchemaReader.Read(broken, EntrySchema.Spec, "entry.md", 1, diagnostics);
        Assert.True(diagnostics.HasErrors, $"the build accepted: {mistake}");
    }

    [Fact]
    public void Schema_requires_every_field_the_build_requires()
    {
        using var schema = JsonDocument.Parse(FrontMatterJsonSchema.ForEntries());
        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(EntrySchema.Spec.Fields.Where(f => f.Required).Select(f => f.Name), required);
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }
}
