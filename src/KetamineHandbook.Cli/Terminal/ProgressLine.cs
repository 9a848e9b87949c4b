using KetamineHandbook.Build;

namespace KetamineHandbook.Cli.Terminal;

/// <summary>
/// A one-line spinner naming the running build stage, drawn on stderr only when it is a terminal and only
/// once a build has run for <see cref="Delay"/>: quick builds, CI logs and pipes never see it.
/// Disposing erases the line, so diagnostics print on a clean line after it.
/// </summary>
public sealed class ProgressLine : IBuildObserver, IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(400);
    private static readonly string[] Frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    private readonly TextWriter _writer;
    private readonly DateTime _started = DateTime.UtcNow;
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private string _stage = "starting";
    private int _frame;
    private bool _drawn;
    private bool _done;

    private ProgressLine(TextWriter writer, bool enabled)
    {
        _writer = writer;
        if (enabled) _timer = new Timer(_ => Draw(), null, Delay, TimeSpan.FromMilliseconds(100));
    }

    /// <summary>A progress line on stderr if it is an interactive terminal and the user did not ask for quiet; otherwise one that draws nothing.</summary>
    public static ProgressLine ForStderr(bool quiet) => new(Console.Error, enabled: !quiet && ConsoleEnvironment.IsInteractive);

    public void StageStarted(string stage) { lock (_gate) _stage = stage; }
    public void StageFinished(StageTiming timing) { }

    private void Draw()
    {
        lock (_gate)
        {
            if (_done) return;
            var elapsed = DateTime.UtcNow - _started;
            _writer.Write($"\r\e[2K{Frames[_frame++ % Frames.Length]} {_stage}… {elapsed.TotalSeconds:F1} s");
            _writer.Flush();
            _drawn = true;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _done = true;
            if (_drawn) { _writer.Write("\r\e[2K"); _writer.Flush(); }
        }
    }
}
