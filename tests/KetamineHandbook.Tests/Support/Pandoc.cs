using System.Diagnostics;
using Xunit.Sdk;

namespace KetamineHandbook.Tests.Support;

/// <summary>Runs Debian's pandoc, the reference implementation the citation tests compare with; fails loudly if it is missing.</summary>
public static class Pandoc
{
    public const string InstallHint =
        "pandoc and the CSL styles are required: apt-get update && apt-get install -y pandoc citation-style-language-styles";

    private static readonly string[] CslDirectories =
    [
        "/usr/share/citation-style-language/styles",
        "/usr/local/share/citation-style-language/styles",
    ];

    /// <summary>Path of a CSL style installed by citation-style-language-styles (e.g. <c>apa</c>).</summary>
    public static string Csl(string name)
    {
        foreach (var dir in CslDirectories)
        {
            var path = Path.Combine(dir, name + ".csl");
            if (File.Exists(path)) return path;
        }
        throw new XunitException($"{name}.csl not found in {string.Join(", ", CslDirectories)}. {InstallHint}");
    }

    /// <summary>Runs pandoc with the arguments and optional stdin; returns stdout, failing the test on any error.</summary>
    public static string Run(IEnumerable<string> arguments, string? stdin = null)
    {
        var start = new ProcessStartInfo("pandoc")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new XunitException("pandoc did not start. " + InstallHint);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new XunitException("pandoc is not installed. " + InstallHint);
        }
        using (process)
        {
            if (stdin is not null) process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new XunitException($"pandoc failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
    }
}
