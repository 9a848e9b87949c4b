using System.Collections.Concurrent;
using System.Text;

namespace KetamineHandbook.Write;

/// <summary>
/// The built site, keyed by site path. In memory by default (check, serve, tests); or staged: each file goes
/// to a hidden staging folder the moment it is rendered, so a large site never sits in memory whole, and
/// <see cref="SiteWriter"/> later swaps the staging folder into place (or deletes it if the build failed).
/// Either way nothing reaches the output folder itself until the build has no errors.
/// </summary>
public sealed class SiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>A file's bytes, where they are on disk (staged, or linked from a cache), or how to make them when asked.</summary>
    private readonly record struct Content(byte[]? Bytes, string? DiskPath, Lazy<byte[]>? Deferred = null);

    private readonly ConcurrentDictionary<string, Content> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Parse.ParsedDocument> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<bool>> _createdFolders = new(StringComparer.Ordinal);
    private Exception? _writeFailure;
    // Files of an earlier site this one shows through where it has none of its own (see Overlay).
    private readonly SiteOutput? _lower;

    public SiteOutput() { }

    private SiteOutput(SiteOutput lower) => _lower = lower;

    /// <summary>
    /// A new in-memory site: this one with <paramref name="changes"/> laid over it. Neither is copied or
    /// altered, so the preview server can keep serving this site while the next is assembled, and an edit
    /// to one page costs that page, not the ten thousand others. Overlays do not stack: changes laid over
    /// an overlay are merged into one layer over the same base.
    /// </summary>
    public SiteOutput Overlay(SiteOutput changes)
    {
        if (StagingFolder is not null || changes.StagingFolder is not null || changes._lower is not null)
            throw new InvalidOperationException("only in-memory sites can be overlaid");
        var result = new SiteOutput(_lower ?? this);
        if (_lower is not null) result.CopyFrom(this);
        result.CopyFrom(changes);
        return result;
    }

    private void CopyFrom(SiteOutput other)
    {
        foreach (var (path, content) in other._files) _files[path] = content;
        foreach (var (path, source) in other._sources) _sources[path] = source;
    }

    private readonly WrittenFileStore? _store;

    private SiteOutput(string stagingFolder, WrittenFileStore? store)
    {
        StagingFolder = stagingFolder;
        _store = store;
    }

    /// <summary>
    /// An output whose files are written to <paramref name="stagingFolder"/> (created empty) as they are added;
    /// with a <paramref name="store"/>, a file an earlier build wrote byte for byte is linked from it instead.
    /// </summary>
    public static SiteOutput StagedIn(string stagingFolder, WrittenFileStore? store = null)
    {
        if (Directory.Exists(stagingFolder)) Directory.Delete(stagingFolder, true);
        Directory.CreateDirectory(stagingFolder);
        return new SiteOutput(stagingFolder, store);
    }

    /// <summary>Where files are staged, or null for an in-memory site.</summary>
    public string? StagingFolder { get; }

    /// <summary>The first error writing a staged file (a full disk, a permission), after which nothing more is written.</summary>
    public Exception? WriteFailure => _writeFailure;

    public void Add(string path, string text) => Add(path, Utf8.GetBytes(text));

    /// <summary>Text as a site file holds it: UTF-8 without a byte order mark.</summary>
    public static byte[] Encode(ReadOnlySpan<char> text)
    {
        var bytes = new byte[Utf8.GetByteCount(text)];
        Utf8.GetBytes(text, bytes);
        return bytes;
    }

    /// <summary>Records the Markdown document a page was rendered from, for checks that report source positions.</summary>
    public void Add(string path, byte[] bytes, Parse.ParsedDocument source)
    {
        Add(path, bytes);
        _sources[path] = source;
    }

    public Parse.ParsedDocument? SourceOf(string path) => _sources.TryGetValue(path, out var source) ? source : _lower?.SourceOf(path);

    /// <summary>
    /// Adds a file made only when it is first read (in memory only): the preview server's search index, tens
    /// of megabytes for a large handbook, need not be rebuilt on every keystroke when nobody is searching.
    /// </summary>
    public void AddDeferred(string path, Func<byte[]> make)
    {
        if (StagingFolder is not null) { Add(path, make()); return; }
        Claim(path, new Content(null, null, new Lazy<byte[]>(make)));
    }

    public void Add(string path, byte[] bytes)
    {
        if (StagingFolder is null) { Claim(path, new Content(bytes, null)); return; }
        var full = StagedPath(path);
        Claim(path, new Content(null, full));
        Stage(full, f =>
        {
            if (_store is null) WriteNew(f, bytes);
            else _store.Place(f, bytes, WriteNew);
        });
    }

    /// <summary>
    /// Adds a file that already exists on disk (a cached edition page) without reading it: a staged site
    /// gets a hard link to it (a copy where links are impossible), an in-memory one reads it when asked.
    /// </summary>
    public void AddExisting(string path, string diskPath)
    {
        if (StagingFolder is null) { Claim(path, new Content(null, diskPath)); return; }
        var full = StagedPath(path);
        Claim(path, new Content(null, full));
        Stage(full, f => FileLink.LinkOrCopy(diskPath, f));
    }

    /// <summary>
    /// Creates a file that cannot exist yet (the staging folder starts empty). Opened this way .NET skips
    /// the advisory lock, the truncation and the file-system probe of File.WriteAllBytes: three system calls
    /// fewer per file, which counts when a site has tens of thousands of them.
    /// </summary>
    private static void WriteNew(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, bytes, 0);
    }

    private void Claim(string path, Content content)
    {
        if (!_files.TryAdd(path, content))
            throw new InvalidOperationException($"two outputs claim the same path '{path}'");
    }

    private string StagedPath(string path) => Path.Combine(StagingFolder!, path);

    private void Stage(string full, Action<string> write)
    {
        if (_writeFailure is not null) return;
        try
        {
            MakeFolder(Path.GetDirectoryName(full)!);
            write(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RecordFailure(e);
        }
    }

    /// <summary>Keeps the first failure to write (later ones follow from it) and so stops all further writing.</summary>
    private void RecordFailure(Exception e) => Interlocked.CompareExchange(ref _writeFailure, e, null);

    // Lazy: a second writer into the same folder waits until the first has created it.
    private void MakeFolder(string folder) =>
        _ = _createdFolders.GetOrAdd(folder, f => new Lazy<bool>(() => Directory.CreateDirectory(f).Exists)).Value;

    private Task? _folderMaker;

    /// <summary>
    /// Starts making the staging folders of files still to come (<paramref name="sitePaths"/>), one after another on
    /// a thread of their own; a file whose folder is not made yet when it arrives makes it itself. Wait for the
    /// thread with <see cref="FinishStaging"/>.
    /// </summary>
    /// <remarks>
    /// Making a folder locks its parent in the kernel, and on ext4 a new folder can cost a hundred microseconds
    /// (its inode allocator steps over recently deleted inodes). Two render threads making the ten thousand
    /// folders below <c>entries/</c> spent a third of that time spinning on each other's lock; one thread alone
    /// makes them without waiting, ahead of the pages.
    /// </remarks>
    public void PrepareFolders(IEnumerable<string> sitePaths)
    {
        if (StagingFolder is null || _folderMaker is not null) return;
        _folderMaker = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var path in sitePaths)
                {
                    if (_writeFailure is not null) return;
                    MakeFolder(Path.GetDirectoryName(StagedPath(path))!);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                RecordFailure(e);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Waits for the folders <see cref="PrepareFolders"/> is making: nothing is made in the staging folder after this.</summary>
    public void FinishStaging() => _folderMaker?.Wait();

    /// <summary>Deletes the staging folder of a build that will not be published.</summary>
    public void Discard()
    {
        FinishStaging();
        if (StagingFolder is not null) FolderCleanup.TryDelete(StagingFolder);
    }

    public bool Contains(string path) => _files.ContainsKey(path) || _lower?.Contains(path) == true;
    public byte[]? Get(string path) => _files.TryGetValue(path, out var c) ? Read(c) : _lower?.Get(path);
    public string? GetText(string path) => Get(path) is { } b ? Utf8.GetString(b) : null;
    public int Count => _lower is null ? _files.Count : _lower.Count + _files.Keys.Count(p => !_lower.Contains(p));

    /// <summary>Files in ordinal path order, so writing and hashing are deterministic (staged or linked files are read from disk as enumerated).</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> Files => Paths.Select(p => KeyValuePair.Create(p, Get(p)!));

    /// <summary>How many paths match, without putting them in order first.</summary>
    public int CountPaths(Func<string, bool> match) => _lower is null ? _files.Keys.Count(match) : Paths.Count(match);

    public IEnumerable<string> Paths => (_lower is null ? _files.Keys : _files.Keys.Union(_lower._files.Keys)).Order(StringComparer.Ordinal);

    private static byte[] Read(Content c) => c.Bytes ?? c.Deferred?.Value ?? File.ReadAllBytes(c.DiskPath!);
}
