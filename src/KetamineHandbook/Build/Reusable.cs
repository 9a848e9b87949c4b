namespace KetamineHandbook.Build;

/// <summary>A stage's result and whether it was reused from an earlier build (reported by --verbose and the preview server).</summary>
public readonly record struct Reusable<T>(T Value, bool Reused);
