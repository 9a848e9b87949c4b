using KetamineHandbook.Cli.Terminal;
using KetamineHandbook.Model;

namespace KetamineHandbook.Tests.Cli;

/// <summary>One broken entry should not bury its own error under the broken links it causes elsewhere.</summary>
public sealed class FollowOnErrorsTests
{
    private static readonly Diagnostic Cause = Diagnostic.Error("KH1103", new("input/entries/glutamate-surge.md", 2, 8), "malformed YAML");
    private static readonly Diagnostic FollowOn = Diagnostic.Error("KH2001", new("input/entries/ampa-receptor-activation.md", 43, 5), "link to missing entry 'entries/glutamate-surge.md'");
    private static readonly Diagnostic Unrelated = Diagnostic.Error("KH2001", new("input/entries/bdnf-trkb-signaling.md", 10, 1), "link to missing entry 'entries/nowhere.md'");

    [Fact]
    public void Errors_caused_by_an_unreadable_entry_are_listed_after_its_own_errors_with_a_hint()
    {
        var ordered = FollowOnErrors.Order([FollowOn, Unrelated, Cause]);

        Assert.Equal([Cause, Unrelated, FollowOn], ordered.Diagnostics);
        Assert.Contains("input/entries/glutamate-surge.md", ordered.Hint);
    }

    [Fact]
    public void Order_is_unchanged_when_nothing_failed_to_load()
    {
        var ordered = FollowOnErrors.Order([FollowOn, Unrelated]);

        Assert.Equal([FollowOn, Unrelated], ordered.Diagnostics);
        Assert.Null(ordered.Hint);
    }
}
