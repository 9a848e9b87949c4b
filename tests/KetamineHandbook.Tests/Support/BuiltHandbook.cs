using KetamineHandbook.Build;
using KetamineHandbook.Model;
using KetamineHandbook.Write;

namespace KetamineHandbook.Tests.Support;

/// <summary>
/// The real handbook (input/, theme/, handbook/ of this repository), built once per test run and written to a
/// temporary folder, shared by the browser, budget and output tests.
/// </summary>
public sealed class BuiltHandbook
{
    private static readonly Lazy<BuiltHandbook> Shared = new(() => new BuiltHandbook(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static BuiltHandbook Instance => Shared.Value;

    private BuiltHandbook()
    {
        // HANDBOOK_SITE_ROOT lets a developer point every site test at another checkout (e.g. one with editions).
        var root = Environment.GetEnvironmentVariable("HANDBOOK_SITE_ROOT") is { Length: > 0 } other ? other : RepositoryRoot.Path;
        Result = BuildPipeline.Run(new BuildOptions { Root = root });
        if (!Result.Succeeded)
            throw new InvalidOperationException("the handbook does not build:\n" + string.Join("\n", Result.Diagnostics.Where(d => d.IsError)));
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kh-site-{Environment.ProcessId}");
        var diagnostics = new DiagnosticBag();
        if (!SiteWriter.Write(Result.Site, Directory, diagnostics))
            throw new InvalidOperationException("cannot write the built handbook to " + Directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { System.IO.Directory.Delete(Directory, true); } catch (IOException) { } };
    }

    public BuildResult Result { get; }
    public SiteOutput Site => Result.Site;
    /// <summary>Where the site was written.</summary>
    public string Directory { get; }
}
