namespace KetamineHandbook.Bench.Corpus;

/// <summary>
/// The words synthetic prose is assembled from. Plain ASCII letters only in anything that becomes a
/// heading, so heading anchors are predictable (lowercase, spaces to hyphens) without a slug library.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] TopicWords =
    [
        "glutamate", "ampa", "nmda", "bdnf", "trkb", "mtorc", "eef", "gsk", "hcn", "kir", "habenula", "interneuron",
        "synapse", "spine", "cortex", "hippocampus", "kynurenine", "opioid", "sigma", "dopamine", "serotonin", "microglia",
        "astrocyte", "plasticity", "metabolite", "enantiomer", "infusion", "esketamine", "arketamine", "norketamine",
    ];

    public static readonly string[] TitleNouns =
    [
        "signalling", "disinhibition", "surge", "blockade", "potentiation", "trafficking", "turnover", "bursting",
        "translation", "remodelling", "modulation", "release", "coupling", "occupancy", "clearance", "sensitisation",
    ];

    public static readonly string[] Subjects =
    [
        "Subanaesthetic ketamine", "The racemic drug", "Its main metabolite", "A single infusion", "Repeated dosing",
        "Chronic stress", "Receptor blockade", "The downstream cascade", "Synaptic potentiation", "Cortical activity",
        "The effect on mood", "Network synchrony", "Spine density", "Protein synthesis", "Glial signalling",
    ];

    public static readonly string[] Verbs =
    [
        "increased", "reduced", "restored", "did not change", "transiently raised", "blunted", "predicted",
        "preceded", "outlasted", "depended on", "correlated with", "was abolished by", "was unaffected by",
    ];

    public static readonly string[] Adjectives =
    [
        "prefrontal", "hippocampal", "rapid", "sustained", "transient", "dose-dependent", "extrasynaptic", "tonic",
        "phasic", "local", "presynaptic", "postsynaptic", "behavioural", "spectroscopic", "electrophysiological",
    ];

    public static readonly string[] Objects =
    [
        "glutamate release", "AMPA receptor currents", "BDNF expression", "mTORC1 activity", "eEF2 phosphorylation",
        "spine formation", "burst firing", "gamma power", "immobility in the forced swim test", "sucrose preference",
        "depression ratings", "plasma levels", "Glx signal", "synaptic protein levels", "network connectivity",
    ];

    public static readonly string[] Settings =
    [
        "in adult male rats", "in mice exposed to chronic stress", "in slices of medial prefrontal cortex",
        "in treatment-resistant depression", "in healthy volunteers", "in an open-label pilot", "within two hours",
        "at twenty-four hours", "after a week of daily dosing", "in a randomised crossover trial", "in cultured neurons",
    ];

    public static readonly string[] Hedges =
    [
        "The finding has not been replicated by an independent group.", "Sample sizes were small.",
        "Blinding was probably compromised by dissociative effects.", "The dose range differed from clinical use.",
        "Whether the effect is causal remains open.", "Sex differences were not examined.",
    ];

    public static readonly string[] PreclinicalModels =
    [
        "Rodent chronic stress model", "Slice electrophysiology", "Microdialysis in awake rats", "Conditional knockout",
        "Optogenetic silencing", "Learned helplessness", "Social defeat paradigm", "Spine imaging in vivo",
    ];

    public static readonly string[] HumanDesigns =
    [
        "Randomised infusion trial", "Spectroscopy during infusion", "Crossover with active placebo", "Open label case series",
        "Intranasal dosing study", "Registry cohort", "Biomarker substudy", "Electroencephalography study",
    ];

    public static readonly string[] Surnames =
    [
        "Abdallah", "Autry", "Berman", "Chowdhury", "Duman", "Evans", "Gerhard", "Homayoun", "Krystal", "Li", "Maeng",
        "Milak", "Moghaddam", "Pothula", "Zanos", "Zarate", "Murrough", "Sanacora", "Nagele", "Lapidus", "Fava",
        "Daly", "Popova", "Singh", "Williams", "Hashimoto", "Yang", "Cui", "Kavalali", "Monteggia", "Su", "Price",
        "Grunebaum", "Wilkinson", "Newport", "Machado-Vieira", "Ionescu", "Kadriu", "Gould", "Lumsden",
    ];

    /// <summary>Surnames written with LaTeX accents, as real BibTeX files have them (the parser must turn them into Unicode).</summary>
    public static readonly string[] AccentedSurnames =
    [
        "M{\\\"u}ller", "Garc{\\'\\i}a", "Sch{\\\"o}nfeld", "Jos{\\'e}", "Fran{\\c{c}}ois", "{\\O}stergaard", "Ni{\\~n}o", "Dvo{\\v{r}}{\\'a}k",
    ];

    public static readonly string[] GivenNames =
    [
        "Chadi G.", "Lisa M.", "Robert M.", "Mohammad", "Ronald S.", "Jennifer W.", "Danielle M.", "Houman",
        "John H.", "Nanxin", "Shuai", "Carlos A.", "Panos", "Eric", "Gerard", "Lisa", "Kai",
    ];

    public static readonly string[] Journals =
    [
        "Nature", "Science", "Biological Psychiatry", "Molecular Psychiatry", "American Journal of Psychiatry",
        "Neuropsychopharmacology", "Journal of Neuroscience", "Neuron", "JAMA Psychiatry", "Lancet Psychiatry",
    ];

    public static readonly string[] Publishers = ["Oxford University Press", "Springer", "Elsevier", "Cambridge University Press", "Wiley"];

    public static readonly string[] Conferences =
    [
        "Proceedings of the Annual Meeting of the Society for Neuroscience", "Proceedings of the ACNP Annual Meeting",
        "Proceedings of the World Congress of Biological Psychiatry",
    ];

    public static readonly string[] Categories = ["pharmacology", "mechanism", "clinical", "interaction"];
    public static readonly string[] Statuses = ["established", "supported", "contested", "speculative", "refuted"];
    public static readonly string[] Grades = ["high", "moderate", "low", "very-low", "none"];
    public static readonly string[] Relations = ["leads-to", "alternative-to", "modulates"];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
