using System.Diagnostics;

namespace KetamineHandbook.Build;

/// <summary>Times the stages of one build and tells the observer, so timings come from one place rather than stopwatches scattered through the stages.</summary>
internal sealed class StageClock(IBuildObserver? observer)
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Run<T>(string stage, Func<T> work) => Run(stage, () => new Reusable<T>(work(), false)).Value;

    public void Run(string stage, Action work) => Run(stage, () => { work(); return new Reusable<bool>(true, false); });

    /// <summary>Runs a stage whose result may have come from a <see cref="BuildCache"/>, recording which.</summary>
    public Reusable<T> Run<T>(string stage, Func<Reusable<T>> work)
    {
        observer?.StageStarted(stage);
        var clock = Stopwatch.StartNew();
        var result = work();
        var timing = new StageTiming(stage, clock.Elapsed, result.Reused);
        _timings.Add(timing);
        observer?.StageFinished(timing);
        return result;
    }
}
