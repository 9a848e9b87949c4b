namespace KetamineHandbook.Bench.Corpus;

/// <summary>
/// The text of one entry. The released edition has <see cref="FrontMatter"/> and <see cref="Body"/>;
/// the living handbook (and the Hugo site) append <see cref="Revision"/> when the entry was revised since.
/// </summary>
public sealed record GeneratedEntry(EntryPlan Plan, string FrontMatter, string Body, string? Revision)
{
    public string ReleasedText => $"---\n{FrontMatter}---\n\n{Body}";
    public string LivingText => Revision is null ? ReleasedText : $"{ReleasedText}\n{Revision}";
}
