using KetamineHandbook.Load;
using KetamineHandbook.Model;
using KetamineHandbook.Parse;
using KetamineHandbook.Render.Outputs;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Editions;

/// <summary>The handbook as a whole is citable: CITATION.cff agrees with handbook.yml and the newest edition.</summary>
public class CitationCffTests
{
    [Fact]
    public void CommittedCitationCffIsGeneratedFromSettingsAndTheLatestEdition()
    {
        var diagnostics = new DiagnosticBag();
        var root = RepositoryRoot.Path;
        var settingsFile = new SourceFile("handbook.yml", "input/handbook.yml", File.ReadAllText(Path.Combine(root, "input/handbook.yml")));
        var settings = SettingsReader.Read(settingsFile, diagnostics)!;
        var latest = EditionsReader.Read(Path.Combine(root, "handbook"), "handbook", diagnostics).LastOrDefault();
        var expected = CitationCffWriter.Write(settings, latest, settings.BaseUrl);
        var path = Path.Combine(root, "CITATION.cff");
        if (Environment.GetEnvironmentVariable("UPDATE_CITATION_CFF") == "1") File.WriteAllText(path, expected);
        var committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "";
        Assert.True(expected == committed,
            "CITATION.cff is out of date; regenerate it with: UPDATE_CITATION_CFF=1 dotnet test --filter CitationCff (the expected text follows)\n" + expected);
        Assert.Contains($"version: \"{latest!.Version}\"", committed);
    }
}
