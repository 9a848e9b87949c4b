namespace KetamineHandbook.Cli.Serve;

/// <summary>
/// Watches input/, theme/ and handbook/ and reports changed files in batches: editors save in several steps
/// (truncate, write, rename a temporary file), so events are collected until the folder has been quiet for
/// <see cref="Quiet"/>, and one rebuild follows. A folder created later (handbook/ after a first release) is
/// picked up by a watcher on the root.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    /// <summary>Quiet time that ends a batch: long enough to span one save, short enough to stay unnoticed.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);
    /// <summary>A batch is delivered after this long even if events keep coming (e.g. a git checkout).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(400);

    private readonly string _root;
    private readonly IReadOnlyList<string> _folders;
    private readonly Action<IReadOnlyList<string>> _onBatch;
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    private DateTime _batchStarted;
    private bool _disposed;

    public SourceWatcher(string root, IReadOnlyList<string> folders, Action<IReadOnlyList<string>> onBatch)
    {
        _root = Path.GetFullPath(root);
        _folders = folders;
        _onBatch = onBatch;
        _timer = new Timer(_ => Flush());
        _rootWatcher = new FileSystemWatcher(_root) { NotifyFilter = NotifyFilters.DirectoryName, IncludeSubdirectories = false };
        _rootWatcher.Created += (_, e) => OnRootChanged(e.Name);
        _rootWatcher.Deleted += (_, e) => OnRootChanged(e.Name);
        _rootWatcher.Renamed += (_, e) => { OnRootChanged(e.OldName); OnRootChanged(e.Name); };
        _rootWatcher.EnableRaisingEvents = true;
        foreach (var folder in folders) Attach(folder);
    }

    public IReadOnlyCollection<string> Watching { get { lock (_gate) return _watchers.Keys.ToList(); } }

    private void Attach(string folder)
    {
        lock (_gate)
        {
            if (_disposed || _watchers.ContainsKey(folder)) return;
            var full = Path.Combine(_root, folder);
            if (!Directory.Exists(full)) return;
            var watcher = new FileSystemWatcher(full)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
            // Too many events at once (a branch switch): we no longer know what changed, so rebuild everything.
            watcher.Error += (_, _) => Note(full);
            watcher.EnableRaisingEvents = true;
            _watchers[folder] = watcher;
        }
    }

    private void OnRootChanged(string? name)
    {
        if (name is null || !_folders.Contains(name)) return;
        lock (_gate)
        {
            if (_watchers.Remove(name, out var old)) old.Dispose();
        }
        Attach(name);
        Note(Path.Combine(_root, name));
    }

    private void Note(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (IsEditorScratch(name)) return;
        lock (_gate)
        {
            if (_disposed) return;
            if (_pending.Count == 0) _batchStarted = DateTime.UtcNow;
            _pending.Add(Path.GetRelativePath(_root, fullPath).Replace('\\', '/'));
            var waited = DateTime.UtcNow - _batchStarted;
            _timer.Change(waited >= MaxWait ? TimeSpan.Zero : Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Swap, backup and temporary files editors write beside the real one.</summary>
    public static bool IsEditorScratch(string name) =>
        name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name == "4913"
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal)
        || name.Contains("___jb_", StringComparison.Ordinal);

    private void Flush()
    {
        List<string> batch;
        lock (_gate)
        {
            if (_disposed || _pending.Count == 0) return;
            batch = _pending.ToList();
            _pending.Clear();
        }
        _onBatch(batch);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var watcher in _watchers.Values) watcher.Dispose();
            _watchers.Clear();
        }
        _rootWatcher.Dispose();
        _timer.Dispose();
    }
}
