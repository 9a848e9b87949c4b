using System.Threading.Channels;

namespace KetamineHandbook.Cli.Serve;

/// <summary>
/// A running preview: the server, the watcher and a single build loop. Saved files arrive in batches from
/// the watcher; the loop builds once per batch (batches that pile up during a build are merged), then tells
/// open pages. One build at a time, so the cache and the snapshots need no locking.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly LiveBuilder _builder;
    private readonly ReloadBroadcaster _broadcaster = new();
    private readonly Channel<IReadOnlyList<string>> _changes = Channel.CreateUnbounded<IReadOnlyList<string>>(new() { SingleReader = true });
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _waitersGate = new();
    private readonly List<(Func<SiteSnapshot, bool> Until, TaskCompletionSource<SiteSnapshot> Done)> _waiters = [];
    private PreviewServer? _server;
    private SourceWatcher? _watcher;
    private Task _loop = Task.CompletedTask;

    private PreviewSession(PreviewOptions options)
    {
        _options = options;
        _builder = new LiveBuilder(options.Build);
    }

    public Uri Address => _server!.Address;
    public SiteSnapshot Current => _builder.Current;
    public int OpenPages => _broadcaster.ClientCount;

    /// <summary>Binds the port, runs the first build and starts watching. Throws <see cref="IOException"/> if the port is taken.</summary>
    public static async Task<PreviewSession> StartAsync(PreviewOptions options, CancellationToken cancel = default)
    {
        var session = new PreviewSession(options);
        session._server = await PreviewServer.StartAsync(options.Port, options.Build.Root, () => session._builder.Current,
            session._firstBuild.Task, session._broadcaster, cancel);
        try
        {
            // Watch before the first build, so an edit made while it runs is not lost.
            session._watcher = new SourceWatcher(options.Build.Root, options.Watched, batch => session._changes.Writer.TryWrite(batch));
            await Task.Run(() => session.Build([]), cancel);
            session._firstBuild.SetResult();
            session._loop = Task.Run(session.LoopAsync, CancellationToken.None);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private async Task LoopAsync()
    {
        while (await _changes.Reader.WaitToReadAsync())
        {
            var sources = new SortedSet<string>(StringComparer.Ordinal);
            while (_changes.Reader.TryRead(out var batch)) sources.UnionWith(batch);
            Build(sources.ToList());
        }
    }

    private void Build(IReadOnlyList<string> sources)
    {
        var snapshot = _builder.Rebuild(sources);
        _broadcaster.Publish(snapshot);
        _options.Built?.Invoke(snapshot);
        lock (_waitersGate)
        {
            foreach (var waiter in _waiters.Where(w => w.Until(snapshot)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(snapshot);
            }
        }
    }

    /// <summary>Waits for the first build after now that satisfies <paramref name="until"/> (tests, the latency probe).</summary>
    public Task<SiteSnapshot> NextBuildAsync(Func<SiteSnapshot, bool> until)
    {
        var done = new TaskCompletionSource<SiteSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waitersGate) _waiters.Add((until, done));
        return done.Task;
    }

    /// <summary>Runs until <paramref name="stop"/> fires (Ctrl+C in the CLI).</summary>
    public async Task RunUntilAsync(CancellationToken stop)
    {
        try { await Task.Delay(Timeout.Infinite, stop); }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        await _loop;
        _firstBuild.TrySetCanceled();
        if (_server is not null) await _server.DisposeAsync();
    }
}
