namespace KetamineHandbook.Build;

/// <summary>How long one build stage took, and whether its result was reused from an earlier build instead of computed.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, bool Reused);
