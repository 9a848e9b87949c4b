using System.Text;

namespace KetamineHandbook.Bench.Corpus;

/// <summary>
/// Writes each planned entry: front matter valid against the entry schema, the eight standard
/// sections with subsections, a pipe table and lists, 3–8 cited keys in every citation form, and
/// 1–3 cross-links to headings of other entries.
/// </summary>
public static class EntryWriter
{
    /// <summary>About one entry in fifty has been revised in the living handbook since edition 1.0.0.</summary>
    public const int RevisedOneIn = 50;

    public static IReadOnlyList<GeneratedEntry> WriteAll(CorpusPlan plan)
    {
        var entries = new GeneratedEntry[plan.Entries.Count];
        Parallel.For(0, entries.Length, i => entries[i] = Write(plan, plan.Entries[i]));
        return entries;
    }

    public static GeneratedEntry Write(CorpusPlan plan, EntryPlan entry)
    {
        var random = plan.RandomFor(entry.Index, 1);
        var keys = PickDistinct(random, plan.References.Count, random.Next(3, 9)).Select(i => plan.References[i].Key).ToList();
        var related = RelatedEntries(random, plan, entry);
        var linkTargets = PickOthers(random, plan, entry, random.Next(1, 4));
        var crossLinks = new Queue<string>(linkTargets.Select(t =>
        {
            var anchor = random.Pick(t.Anchors.ToList());
            return $"This bears on [{t.Title.ToLowerInvariant()}]({t.Id}.md#{anchor}), where the evidence is weighed differently.";
        }));
        var citations = new Queue<CitationUse>(CitationUses(random, keys));
        var targetWords = random.Next(520, 720);
        var writer = new ProseWriter(random, citations, crossLinks) { CitationStride = Math.Max(1, targetWords / 14 / (citations.Count + 1)) };

        var body = WriteBody(writer, random, entry, plan, related, keys, targetWords);
        var frontMatter = FrontMatter(random, plan, entry, related);
        var revision = entry.Index % RevisedOneIn == 7
            ? $"A reanalysis published after edition 1.0.0 {random.Pick(Vocabulary.Verbs)} {random.Pick(Vocabulary.Objects)} [@{keys[0]}].\n"
            : null;
        return new GeneratedEntry(entry, frontMatter, body, revision);
    }

    private static string WriteBody(ProseWriter w, Random random, EntryPlan entry, CorpusPlan plan, IReadOnlyList<EntryPlan> related, IReadOnlyList<string> keys, int target)
    {
        int Share(double fraction) => (int)(target * fraction);

        w.Heading(2, "Summary");
        w.Paragraph(Share(0.07));
        w.Paragraph(Share(0.05));

        w.Heading(2, "Proposed mechanism");
        w.Paragraph(Share(0.09));
        w.Paragraph(Share(0.06));

        w.Heading(2, "Preclinical evidence");
        w.Paragraph(Share(0.05));
        foreach (var model in Vocabulary.PreclinicalModels.OrderBy(_ => random.Next()).Take(3))
            w.Line($"- **{model}.** {w.Sentence()}");
        w.Line("");
        foreach (var sub in entry.PreclinicalSubheadings)
        {
            w.Heading(3, sub);
            w.Paragraph(Share(0.06));
        }

        w.Heading(2, "Evidence in humans");
        w.Paragraph(Share(0.05));
        w.Line("| Study | Design | n | Outcome |").Line("|---|---|---:|---|");
        for (int row = 0; row < 4; row++)
            w.Line($"| [@{keys[row % keys.Count]}] | {random.Pick(Vocabulary.HumanDesigns)} | {random.Next(8, 400)} | {random.Pick(Vocabulary.Verbs)} {random.Pick(Vocabulary.Objects)} |");
        w.Line("");
        foreach (var sub in entry.HumanSubheadings)
        {
            w.Heading(3, sub);
            w.Paragraph(Share(0.06));
        }

        w.Heading(2, "Grading");
        w.Line("Using the [rubric](../pages/methods.md#grading-rubric):").Line("");
        w.Line($"- **Preclinical.** {w.Sentence()}");
        w.Line($"- **Clinical.** {w.Sentence()}");
        w.Line("");
        w.Paragraph(Share(0.04));

        w.Heading(2, "What would falsify it");
        for (int i = 0; i < 3; i++) w.Line($"- {w.Sentence()}");
        w.Line("");
        w.Paragraph(Share(0.04));

        w.Heading(2, "Open questions");
        for (int i = 1; i <= 3; i++) w.Line($"{i}. {w.Sentence()}");
        w.Line("");
        while (w.Words < target - 20) w.Paragraph(Math.Min(60, target - w.Words));
        w.Flush();

        w.Heading(2, "Related entries");
        foreach (var r in related) w.Line($"- [{r.Title}]({r.Id}.md): {Vocabulary.Pick(random, Vocabulary.Hedges)}");
        return w.ToString();
    }

    private static string FrontMatter(Random random, CorpusPlan plan, EntryPlan entry, IReadOnlyList<EntryPlan> related)
    {
        var text = new StringBuilder();
        text.Append($"title: \"{entry.Title}\"\n");
        text.Append($"summary: \"Synthetic entry {entry.Index}: {random.Pick(Vocabulary.Subjects).ToLowerInvariant()} {random.Pick(Vocabulary.Verbs)} {random.Pick(Vocabulary.Objects)} {random.Pick(Vocabulary.Settings)}.\"\n");
        text.Append($"category: {entry.Category}\n");
        text.Append($"status: {random.Pick(Vocabulary.Statuses)}\n");
        text.Append($"evidence:\n  preclinical: {random.Pick(Vocabulary.Grades)}\n  clinical: {random.Pick(Vocabulary.Grades)}\n");
        text.Append($"reviewed: 2026-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}\n");
        var links = CascadeLinks(random, plan, entry);
        if (links.Count > 0)
        {
            text.Append("links:\n");
            foreach (var (to, relation) in links) text.Append($"  - to: {to}\n    relation: {relation}\n");
        }
        text.Append($"related: [{string.Join(", ", related.Select(r => r.Id))}]\n");
        text.Append($"keywords: [{string.Join(", ", Enumerable.Range(0, 3).Select(_ => random.Pick(Vocabulary.TopicWords)).Distinct())}]\n");
        return text.ToString();
    }

    /// <summary>Mostly forward leads-to edges inside the entry's cluster (a shallow DAG), sometimes a modulates or alternative-to edge anywhere.</summary>
    private static List<(string To, string Relation)> CascadeLinks(Random random, CorpusPlan plan, EntryPlan entry)
    {
        var links = new List<(string, string)>();
        var clusterEnd = Math.Min(plan.Entries.Count, (entry.Index / CorpusPlan.ClusterSize + 1) * CorpusPlan.ClusterSize);
        var later = clusterEnd - entry.Index - 1;
        if (later > 0 && random.Next(4) > 0)
            foreach (var step in PickDistinct(random, later, Math.Min(later, random.Next(1, 3))))
                links.Add((plan.Entries[entry.Index + 1 + step].Id, "leads-to"));
        if (random.Next(6) == 0)
        {
            var other = PickOthers(random, plan, entry, 1)[0];
            if (!links.Any(l => l.Item1 == other.Id)) links.Add((other.Id, random.Next(2) == 0 ? "modulates" : "alternative-to"));
        }
        return links;
    }

    private static IReadOnlyList<EntryPlan> RelatedEntries(Random random, CorpusPlan plan, EntryPlan entry) =>
        PickOthers(random, plan, entry, random.Next(1, 4));

    /// <summary>Other entries, three in four from the same cluster, never the entry itself, no repeats.</summary>
    private static IReadOnlyList<EntryPlan> PickOthers(Random random, CorpusPlan plan, EntryPlan entry, int count)
    {
        var chosen = new List<EntryPlan>();
        var clusterStart = entry.Index / CorpusPlan.ClusterSize * CorpusPlan.ClusterSize;
        while (chosen.Count < count)
        {
            var index = random.Next(4) > 0
                ? clusterStart + random.Next(Math.Min(CorpusPlan.ClusterSize, plan.Entries.Count - clusterStart))
                : random.Next(plan.Entries.Count);
            var other = plan.Entries[index];
            if (other.Index != entry.Index && !chosen.Contains(other)) chosen.Add(other);
        }
        return chosen;
    }

    /// <summary>Every key once, plus a few repeats, each in the next citation form so every form is used.</summary>
    private static IEnumerable<CitationUse> CitationUses(Random random, IReadOnlyList<string> keys)
    {
        var forms = Enum.GetValues<CitationForm>();
        var offset = random.Next(forms.Length);
        var uses = Math.Max(keys.Count, forms.Length) + random.Next(3);
        for (int i = 0; i < uses; i++)
        {
            var key = keys[i % keys.Count];
            var second = keys[(i + 1) % keys.Count];
            yield return new CitationUse(forms[(i + offset) % forms.Length], key, second, 1 + random.Next(400));
        }
    }

    private static IEnumerable<int> PickDistinct(Random random, int range, int count)
    {
        var picked = new HashSet<int>();
        while (picked.Count < Math.Min(count, range)) picked.Add(random.Next(range));
        return picked.Order();
    }
}
