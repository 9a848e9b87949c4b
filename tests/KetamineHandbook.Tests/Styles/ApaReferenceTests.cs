using KetamineHandbook.Model;
using KetamineHandbook.Render.Styles;
using KetamineHandbook.Resolve;
using static KetamineHandbook.Tests.Support.ReferenceFixture;

namespace KetamineHandbook.Tests.Styles;

/// <summary>APA 7 reference-list items, as HTML and plain text.</summary>
public sealed class ApaReferenceTests
{
    private static readonly Reference Berman = new()
    {
        Key = "berman2000",
        EntryType = "article",
        CslType = "article-journal",
        Authors = new[] { "Berman, Robert M.", "Cappiello, Angela", "Anand, Amit", "Oren, Dan A.", "Heninger, George R.", "Charney, Dennis S.", "Krystal, John H." }
            .Select(Person).ToList(),
        Title = RichText.Plain("Antidepressant effects of ketamine in depressed patients"),
        ContainerTitle = RichText.Plain("Biological Psychiatry"),
        Volume = "47",
        Issue = "4",
        Page = "351–354",
        Issued = new DateValue(2000),
        Doi = "10.1016/S0006-3223(99)00230-9",
    };

    private static string Html(Reference r) => ApaStyle.Instance.FormatReferenceHtml(r, new ReferenceCatalog([r], ApaStyle.Instance));

    private static string Text(Reference r) => ApaStyle.Instance.FormatReferenceText(r, new ReferenceCatalog([r], ApaStyle.Instance));

    [Fact]
    public void JournalArticleHtmlItalicisesJournalAndVolumeAndLinksTheDoi() =>
        Assert.Equal(
            "Berman, R. M., Cappiello, A., Anand, A., Oren, D. A., Heninger, G. R., Charney, D. S., &amp; Krystal, J. H. (2000). " +
            "Antidepressant effects of ketamine in depressed patients. <i>Biological Psychiatry</i>, <i>47</i>(4), 351–354. " +
            "<a href=\"https://doi.org/10.1016/S0006-3223(99)00230-9\">https://doi.org/10.1016/S0006-3223(99)00230-9</a>",
            Html(Berman));

    [Fact]
    public void PlainTextHasNoMarkup() =>
        Assert.Equal(
            "Berman, R. M., Cappiello, A., Anand, A., Oren, D. A., Heninger, G. R., Charney, D. S., & Krystal, J. H. (2000). " +
            "Antidepressant effects of ketamine in depressed patients. Biological Psychiatry, 47(4), 351–354. " +
            "https://doi.org/10.1016/S0006-3223(99)00230-9",
            Text(Berman));

    [Fact]
    public void HtmlSpecialCharactersAreEscaped()
    {
        var r = Berman with { Title = RichText.Plain("Glutamate <and> \"GABA\" & more"), Doi = null, Url = "https://example.org/?a=1&b=2" };
        var html = Html(r);
        Assert.Contains("Glutamate &lt;and&gt; &quot;GABA&quot; &amp; more.", html);
        Assert.Contains("<a href=\"https://example.org/?a=1&amp;b=2\">https://example.org/?a=1&amp;b=2</a>", html);
    }

    [Fact]
    public void ItalicRunsInATitleStayItalicAndFlipInsideAnItalicTitle()
    {
        var title = new RichText([new RichTextRun("Effects in "), new RichTextRun("Mus musculus", Italic: true)]);
        Assert.Contains("Effects in <i>Mus musculus</i>.", Html(Berman with { Title = title }));
        var book = Berman with { CslType = "book", EntryType = "book", Title = title, ContainerTitle = null, Publisher = "Press" };
        Assert.Contains("<i>Effects in </i>Mus musculus (Vol. 47).", Html(book));
    }

    [Fact]
    public void MoreThanTwentyAuthorsListNineteenThenEllipsisThenTheLast()
    {
        var many = Berman with { Authors = Enumerable.Range(1, 25).Select(i => Person($"Author{i}, A.")).ToList() };
        Assert.StartsWith(string.Join(", ", Enumerable.Range(1, 19).Select(i => $"Author{i}, A.")) + ", … Author25, A. (2000).", Text(many));
    }

    [Fact]
    public void AndOthersEndsTheListWithEtAl() =>
        Assert.StartsWith("Canuso, C., et al. (2018).", Text(Article("canuso2018", 2018, "Canuso, Carla", "others")));

    [Fact]
    public void ParticlesAndSuffixesFollowCsl()
    {
        var r = Berman with
        {
            Authors = [new PersonName("Graaf", "Robin A.", DroppingParticle: "de"), new PersonName("Zarate", "Carlos A.", Suffix: "Jr."),
                       new PersonName("Liu", "Rong-Jian"), new PersonName("Cheng", "Peng-fei")],
        };
        Assert.StartsWith("Graaf, R. A. de, Zarate, C. A., Jr., Liu, R.-J., & Cheng, P. (2000).", Text(r));
    }

    [Fact]
    public void MissingDateIsNd() => Assert.Contains("(n.d.)", Text(Berman with { Issued = null }));

    [Fact]
    public void BookHasItalicTitleEditionAndPublisher() =>
        Assert.Equal("Doe, J., &amp; Roe, R. (2019). <i>Ketamine and the brain: A primer</i> (2nd ed.). Example University Press.",
            Html(new Reference
            {
                Key = "b", EntryType = "book", CslType = "book",
                Authors = [Person("Doe, Jane"), Person("Roe, Richard")],
                Title = RichText.Plain("Ketamine and the brain: A primer"), Edition = "2",
                Publisher = "Example University Press", Issued = new DateValue(2019),
            }));

    [Fact]
    public void ChapterNamesEditorsBookAndPages() =>
        Assert.Equal("Smith, A. B. (2020). Glutamate and mood. In C. Brown &amp; D. E. Green (Eds.), <i>Handbook of examples</i> (pp. 101–125). Example Press.",
            Html(new Reference
            {
                Key = "c", EntryType = "incollection", CslType = "chapter",
                Authors = [Person("Smith, Alex B.")], Editors = [Person("Brown, Carol"), Person("Green, David E.")],
                Title = RichText.Plain("Glutamate and mood"), ContainerTitle = RichText.Plain("Handbook of examples"),
                Page = "101-125", Publisher = "Example Press", Issued = new DateValue(2020),
            }));

    [Fact]
    public void WebPageHasFullDateAndUrl() =>
        Assert.Equal("Jones, P. (2022, March 5). <i>What ketamine does</i>. <a href=\"https://example.org/k\">https://example.org/k</a>",
            Html(new Reference
            {
                Key = "w", EntryType = "online", CslType = "webpage", Authors = [Person("Jones, Pat")],
                Title = RichText.Plain("What ketamine does"), Issued = new DateValue(2022, 3, 5), Url = "https://example.org/k",
            }));

    [Fact]
    public void ThesisNamesItsKindAndInstitution() =>
        Assert.Equal("Garcia, M. (2016). Ketamine in example rodents [PhD thesis]. University of Example.",
            Text(new Reference
            {
                Key = "t", EntryType = "phdthesis", CslType = "thesis", Authors = [Person("Garcia, Maria")],
                Title = RichText.Plain("Ketamine in example rodents"), Publisher = "University of Example", Issued = new DateValue(2016),
            }));

    [Fact]
    public void HandbookEntryIsAVersionedEntryInTheHandbook() =>
        Assert.Equal(
            "KetamineHandbook editorial team. (2026). NMDA-receptor antagonism. In <i>Ketamine in Depression: An Evidence Handbook</i> (Version 1.0.0). " +
            "KetamineHandbook project. <a href=\"https://ketaminehandbook.github.io/KetamineHandbook/v/1.0.0/entries/nmda-receptor-antagonism/\">" +
            "https://ketaminehandbook.github.io/KetamineHandbook/v/1.0.0/entries/nmda-receptor-antagonism/</a>",
            Html(new Reference
            {
                Key = "handbook-nmda", EntryType = "inreference", CslType = "entry-encyclopedia",
                Authors = [new PersonName(Literal: "KetamineHandbook editorial team")],
                Title = RichText.Plain("NMDA-receptor antagonism"),
                ContainerTitle = RichText.Plain("Ketamine in Depression: An Evidence Handbook"),
                Version = "1.0.0", Publisher = "KetamineHandbook project", Issued = new DateValue(2026, 11, 26),
                Url = "https://ketaminehandbook.github.io/KetamineHandbook/v/1.0.0/entries/nmda-receptor-antagonism/",
            }));
}
