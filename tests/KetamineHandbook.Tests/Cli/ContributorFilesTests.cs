using System.Text.RegularExpressions;
using KetamineHandbook.Parse;
using YamlDotNet.RepresentationModel;

namespace KetamineHandbook.Tests.Cli;

/// <summary>The contributor-facing files under .github stay consistent with the generator and with supply-chain rules.</summary>
public sealed partial class ContributorFilesTests
{
    [GeneratedRegex(@"^\s*-?\s*uses:\s*(?<action>[^@\s]+)@(?<ref>\S+)(?<comment>\s+#.*)?$")]
    private static partial Regex UsesLine();

    private static string Github(string relative) => Path.Combine(RepositoryRoot.Path, ".github", relative);

    [Fact]
    public void Every_workflow_action_is_pinned_to_a_full_commit_sha_with_its_version()
    {
        var workflows = Directory.GetFiles(Github("workflows"), "*.yml");
        Assert.Contains(workflows, w => w.EndsWith("ci.yml", StringComparison.Ordinal));
        Assert.Contains(workflows, w => w.EndsWith("pages.yml", StringComparison.Ordinal));
        foreach (var workflow in workflows)
        {
            foreach (var line in File.ReadLines(workflow).Where(l => l.TrimStart().StartsWith("uses:", StringComparison.Ordinal) || l.TrimStart().StartsWith("- uses:", StringComparison.Ordinal)))
            {
                var match = UsesLine().Match(line);
                Assert.True(match.Success, $"{Path.GetFileName(workflow)}: cannot read '{line.Trim()}'");
                Assert.Matches("^[0-9a-f]{40}$", match.Groups["ref"].Value);
                Assert.Matches(@"#\s*v\d", match.Groups["comment"].Value);
            }
        }
    }

    [Fact]
    public void Workflows_default_to_least_permissions()
    {
        foreach (var workflow in Directory.GetFiles(Github("workflows"), "*.yml"))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(workflow)));
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            Assert.True(root.Children.ContainsKey("permissions"), $"{Path.GetFileName(workflow)} sets no top-level permissions");
            var permissions = root.Children["permissions"];
            var granted = permissions is YamlMappingNode map ? map.Children.Select(c => $"{c.Key}: {c.Value}").ToList() : [];
            Assert.All(granted, g => Assert.Equal("contents: read", g));
        }
    }

    [Fact]
    public void Entry_proposal_form_offers_exactly_the_categories_the_build_accepts()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Github("ISSUE_TEMPLATE/propose-entry.yml"))));
        var body = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children["body"];
        var category = body.Children.OfType<YamlMappingNode>().Single(n => n.Children.TryGetValue("id", out var id) && id.ToString() == "category");
        var options = ((YamlSequenceNode)((YamlMappingNode)category.Children["attributes"]).Children["options"]).Children.Select(o => o.ToString());
        Assert.Equal(EntrySchema.Categories, options);
    }

    [Fact]
    public void Contributing_guide_names_every_command_a_contributor_needs()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "CONTRIBUTING.md"));
        foreach (var command in new[] { "new entry", "serve", "check", "release", "[@", "verified", "doi" })
            Assert.Contains(command, guide, StringComparison.OrdinalIgnoreCase);
    }
}
