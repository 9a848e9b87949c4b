using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Release;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Editions;

/// <summary>The mini fixture released twice: 1.0.0, then 1.1.0 with alpha revised and a new entry gamma.</summary>
public sealed class EditionTestSite : IDisposable
{
    public FixtureWorkspace Workspace { get; } = FixtureWorkspace.FromFixture("mini");
    public BuildResult Result { get; }

    public EditionTestSite()
    {
        Release("1.0.0", "First edition");
        Workspace.Replace("input/entries/alpha.md", "Rodent data only.", "Rodent data only, now in two species.");
        Workspace.Write("input/entries/gamma.md", Workspace.Read("input/entries/beta.md").Replace("Beta mechanism", "Gamma mechanism"));
        Release("1.1.0", "Second edition", ("alpha", "Adds a second species"));
        Result = Workspace.Build();
        Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics));
    }

    public EditionRecord Release(string version, string summary, params (string Entry, string Note)[] notes)
    {
        var diagnostics = new DiagnosticBag();
        var record = EditionRelease.Run(new BuildOptions { Root = Workspace.Root },
            new ReleaseRequest(version, summary, notes.ToDictionary(n => n.Entry, n => n.Note), new DateOnly(2026, 11, 20)), diagnostics);
        Assert.True(record is not null, string.Join("\n", diagnostics.Sorted()));
        return record!;
    }

    public void Dispose() => Workspace.Dispose();
}
