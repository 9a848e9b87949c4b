namespace KetamineHandbook.Bench.Corpus;

/// <summary>
/// The whole corpus decided from the seed: entries (grouped in clusters, like the topics of a real
/// handbook, so the cascade stays a shallow DAG) and the bibliography they cite.
/// </summary>
public sealed record CorpusPlan(CorpusOptions Options, IReadOnlyList<EntryPlan> Entries, IReadOnlyList<ReferencePlan> References)
{
    /// <summary>Entries per topic cluster: leads-to edges stay inside one, as mechanism chains do.</summary>
    public const int ClusterSize = 20;

    public static CorpusPlan Create(CorpusOptions options)
    {
        var random = new Random(options.Seed);
        var entries = new List<EntryPlan>(options.Entries);
        for (int i = 0; i < options.Entries; i++)
        {
            var topic = random.Pick(Vocabulary.TopicWords);
            var noun = random.Pick(Vocabulary.TitleNouns);
            var id = $"{topic}-{noun}-{i:D5}";
            var title = $"{char.ToUpperInvariant(topic[0])}{topic[1..]} {noun} {i}";
            entries.Add(new EntryPlan(i, id, title, random.Pick(Vocabulary.Categories),
                DistinctTitles(random, Vocabulary.PreclinicalModels, 2), DistinctTitles(random, Vocabulary.HumanDesigns, 2)));
        }
        var references = new List<ReferencePlan>(options.ReferenceCount);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < options.ReferenceCount; i++)
        {
            var year = 1990 + random.Next(36);
            var stem = $"{random.Pick(Vocabulary.Surnames).ToLowerInvariant().Replace("-", "")}{year}";
            var key = stem;
            for (char suffix = 'a'; !keys.Add(key); suffix++) key = suffix <= 'z' ? stem + suffix : $"{stem}x{i}";
            references.Add(new ReferencePlan(key, TypeFor(random.Next(100)), year, i));
        }
        return new CorpusPlan(options, entries, references);
    }

    /// <summary>Subheadings unique within the entry (a repeat would be a duplicate-anchor warning).</summary>
    private static IReadOnlyList<string> DistinctTitles(Random random, string[] pool, int count)
    {
        var start = random.Next(pool.Length);
        return Enumerable.Range(0, count).Select(k => pool[(start + k) % pool.Length]).ToList();
    }

    private static ReferenceType TypeFor(int percentile) => percentile switch
    {
        < 55 => ReferenceType.Article,
        < 65 => ReferenceType.Book,
        < 75 => ReferenceType.InCollection,
        < 88 => ReferenceType.InProceedings,
        < 94 => ReferenceType.Misc,
        _ => ReferenceType.Online,
    };

    /// <summary>A per-entry random source, so every entry's text depends only on the seed and its index.</summary>
    public Random RandomFor(int index, int stream) => new(unchecked(Options.Seed * 1_000_003 + index * 31 + stream));
}
