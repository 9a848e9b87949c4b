using System.Security.Cryptography;
using System.Text;
using KetamineHandbook.Tests.Support;

namespace KetamineHandbook.Tests.Build;

/// <summary>
/// `build` keeps each file's front matter, as read against its schema, in .handbook-cache/front-matter.bin and
/// reads it from there while the YAML's text is unchanged; a reading that reported anything is never kept.
/// </summary>
[Collection(KetamineHandbook.Tests.Cli.ConsoleCollection.Name)]
public sealed class FrontMatterCacheTests : IDisposable
{
    private const string CacheFile = ".handbook-cache/front-matter.bin";
    private readonly FixtureWorkspace _ws = FixtureWorkspace.FromFixture("mini");

    public void Dispose() => _ws.Dispose();

    private CliRunner.CliResult Build(string output, params string[] extra) =>
        CliRunner.Run(["build", "--root", _ws.Root, "--output", output, "--format", "msbuild", .. extra]);

    /// <summary>
    /// Rewrites text inside the cache file's kept readings, keeping its length (the file's framing stays valid) and
    /// putting the checksum at its end right again, as if an earlier build had kept that reading.
    /// </summary>
    private void AlterCachedText(string from, string to)
    {
        Assert.Equal(from.Length, to.Length);
        var bytes = File.ReadAllBytes(_ws.PathOf(CacheFile));
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(from));
        Assert.True(at >= 0, $"'{from}' is not in the cache file");
        Encoding.UTF8.GetBytes(to).CopyTo(bytes, at);
        WriteWithChecksum(bytes);
    }

    private void WriteWithChecksum(byte[] bytes)
    {
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - SHA256.HashSizeInBytes)).CopyTo(bytes, bytes.Length - SHA256.HashSizeInBytes);
        File.WriteAllBytes(_ws.PathOf(CacheFile), bytes);
    }

    [Fact]
    public void ASecondBuildTakesUnchangedFrontMatterFromTheCache()
    {
        Assert.Equal(0, Build("site-first").ExitCode);
        // Only a reading taken from the cache can show this title: the file still says "Alpha mechanism".
        AlterCachedText("Alpha mechanism", "Alpha mechanisX");

        Assert.Equal(0, Build("site-second").ExitCode);

        Assert.Contains("Alpha mechanisX", _ws.Read("site-second/entries/alpha/index.html"));
    }

    [Fact]
    public void EditedFrontMatterIsReadAfresh()
    {
        Build("site-first");
        AlterCachedText("Alpha mechanism", "Alpha mechanisX");
        _ws.Replace("input/entries/alpha.md", "title: \"Alpha mechanism\"", "title: \"Alpha mechanism, revised\"");

        Assert.Equal(0, Build("site-second").ExitCode);

        var page = _ws.Read("site-second/entries/alpha/index.html");
        Assert.Contains("Alpha mechanism, revised", page);
        Assert.DoesNotContain("Alpha mechanisX", page);
    }

    [Fact]
    public void ABuildFromTheCacheIsTheSameAsOneWithout()
    {
        Build("site-first");
        Assert.True(File.Exists(_ws.PathOf(CacheFile)));
        Assert.Equal(0, Build("site-cached").ExitCode);
        Assert.Equal(0, Build("site-uncached", "--no-cache").ExitCode);
        _ws.AssertSameSite("site-uncached", "site-cached");
    }

    [Fact]
    public void FrontMatterWithAnErrorIsReportedOnEveryBuild()
    {
        _ws.Replace("input/entries/beta.md", "status: speculative", "status: maybe");
        var first = Build("site-first");
        var second = Build("site-second");

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("beta.md(5,9): error KH1106", first.Stdout + first.Stderr);
        Assert.Equal(first.Stdout + first.Stderr, second.Stdout + second.Stderr);
    }

    [Fact]
    public void ADamagedCacheFileIsIgnoredAndReplaced()
    {
        Build("site-first");
        var bytes = File.ReadAllBytes(_ws.PathOf(CacheFile));
        File.WriteAllBytes(_ws.PathOf(CacheFile), bytes[..(bytes.Length / 2)]);

        Assert.Equal(0, Build("site-second").ExitCode);
        _ws.AssertSameSite("site-first", "site-second");
        Assert.Equal(bytes, File.ReadAllBytes(_ws.PathOf(CacheFile)));
    }

    [Fact]
    public void AFileWhoseChecksumDoesNotMatchIsNotUsed()
    {
        Build("site-first");
        var bytes = File.ReadAllBytes(_ws.PathOf(CacheFile));
        var at = bytes.AsSpan().IndexOf("Alpha mechanism"u8);
        "Alpha mechanisX"u8.CopyTo(bytes.AsSpan(at)); // a reading changed on disk, the checksum left as it was
        File.WriteAllBytes(_ws.PathOf(CacheFile), bytes);

        Assert.Equal(0, Build("site-second").ExitCode);

        Assert.DoesNotContain("Alpha mechanisX", _ws.Read("site-second/entries/alpha/index.html"));
        _ws.AssertSameSite("site-first", "site-second");
    }

    [Fact]
    public void ADamagedReadingIsReadAgain()
    {
        Build("site-first");
        // A value tag no reading has: that one reading cannot be decoded.
        var bytes = File.ReadAllBytes(_ws.PathOf(CacheFile));
        var at = bytes.AsSpan().IndexOf("Alpha mechanism"u8);
        bytes[at - 2] = 0xEE; // the string's tag byte sits before its one-byte length prefix
        WriteWithChecksum(bytes);

        Assert.Equal(0, Build("site-second").ExitCode);
        _ws.AssertSameSite("site-first", "site-second");
    }
}
