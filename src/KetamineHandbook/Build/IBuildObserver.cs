namespace KetamineHandbook.Build;

/// <summary>Hears a build's stages as they start and finish: the CLI draws its progress line and --verbose timings from this.</summary>
public interface IBuildObserver
{
    void StageStarted(string stage);
    void StageFinished(StageTiming timing);
}
