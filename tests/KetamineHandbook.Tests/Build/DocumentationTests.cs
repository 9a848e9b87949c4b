using System.Reflection;
using KetamineHandbook.Model;
using KetamineHandbook.Parse.BibTex;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Build;

/// <summary>The README is part of the contract: every diagnostic code the generator can emit is in its table.</summary>
public class DocumentationTests
{
    public static IEnumerable<object[]> Codes() =>
        new[] { typeof(DiagnosticCodes), typeof(BibDiagnosticCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && ((string)f.GetValue(null)!).StartsWith("KH"))
            .Select(f => new object[] { (string)f.GetValue(null)! })
            .DistinctBy(o => o[0]);

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryDiagnosticCodeIsDocumentedInTheReadme(string code)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        Assert.Contains($"| {code} |", readme);
    }
}
