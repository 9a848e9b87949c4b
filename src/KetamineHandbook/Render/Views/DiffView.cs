namespace KetamineHandbook.Render.Views;

/// <summary>What the diff template sees as <c>diff</c>: one entry's text between two editions.</summary>
public sealed record DiffView(string EntryId, string EntryTitle, string FromLabel, string ToLabel, string FromPath, string ToPath,
    IReadOnlyList<DiffLineView> Lines, int Inserted, int Deleted);

/// <summary>A line of a diff: kind is <c>same</c>, <c>ins</c>, <c>del</c> or <c>skip</c> (collapsed unchanged lines).</summary>
public sealed record DiffLineView(string Kind, string Text, int? OldNumber, int? NewNumber);
