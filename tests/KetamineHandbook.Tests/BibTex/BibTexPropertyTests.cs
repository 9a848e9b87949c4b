using CsCheck;
using KetamineHandbook.Model;
using KetamineHandbook.Parse.BibTex;
using KetamineHandbook.Render.Formatters;

namespace KetamineHandbook.Tests.BibTex;

public sealed class BibTexPropertyTests
{
    /// <summary>Text made mostly of the characters that matter to BibTeX, so the generator hits the edge cases.</summary>
    private static readonly Gen<string> BibLikeText =
        Gen.OneOf(
            Gen.Char["@{}()\"#=,%\\$^_~-'` \nabcAZ019"].Array[0, 400].Select(cs => new string(cs)),
            Gen.String[0, 400]);

    [Fact]
    public void ArbitraryInputNeverThrowsAndFinishesInBoundedTime()
    {
        BibLikeText.Sample(text =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = BibTexParser.Parse("@article{k, title = {" + text + "}}\n" + text, "fuzz.bib");
            CslJsonWriter.Write(result.References);
            BibTexWriter.Write(result.References);
            RisWriter.Write(result.References);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == BibTexParser.InternalErrorCode);
            Assert.True(watch.ElapsedMilliseconds < 2000);
        }, iter: 3000);
    }

    private static readonly Gen<string> Word =
        Gen.Char["abcdefghijklmnopqrstuvwxyzäöüéß"].Array[1, 8].Select(cs => new string(cs));
    private static readonly Gen<string> CapitalWord = Word.Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
    private static readonly Gen<string> TitleText =
        Gen.OneOf(CapitalWord, Word, Gen.Const("R&D"), Gen.Const("50%"), Gen.Const("a_b"), Gen.Const("x–y"), Gen.Const("{curly}"), Gen.Const("$5"), Gen.Const("#1"))
            .Array[1, 6].Select(ws => string.Join(" ", ws));

    private static readonly Gen<PersonName> Person =
        Gen.Select(CapitalWord, CapitalWord.Array[0, 2], Gen.Int[0, 2].Select(i => i == 0 ? null : i == 1 ? "van der" : "de"),
            Gen.Bool.Select(b => b ? "Jr." : null))
        .Select((family, given, particle, suffix) => new PersonName(
            Family: family, Given: given.Length == 0 ? null : string.Join(" ", given), DroppingParticle: particle,
            Suffix: given.Length == 0 ? null : suffix));

    private static readonly Gen<Reference> Record =
        Gen.Select(Gen.Char["abcxyz0189:-_"].Array[1, 10].Select(cs => "k" + new string(cs)), Person.List[0, 4], TitleText,
                Gen.Int[1500, 2100], Gen.Int[0, 12], Gen.Int[1, 2000])
            .Select((key, authors, title, year, month, page) => new Reference
            {
                Key = key,
                EntryType = "article",
                CslType = "article-journal",
                Authors = authors,
                Title = RichText.Plain(title),
                ContainerTitle = RichText.Plain("Journal of " + title),
                Volume = (page % 90).ToString(),
                Page = $"{page}–{page + 9}",
                Issued = new DateValue(year, month == 0 ? null : month),
                Doi = $"10.1000/{key}",
            });

    [Fact]
    public void GeneratedRecordsRoundTripThroughBibTexWriterAndParser()
    {
        Record.Sample(original =>
        {
            var text = BibTexWriter.Write([original]);
            var result = BibTexParser.Parse(text, "roundtrip.bib");
            var back = Assert.Single(result.References);
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            Assert.Equal(original.Key, back.Key);
            Assert.Equal(original.Authors, back.Authors);
            Assert.Equal(original.Title!.PlainText, back.Title!.PlainText);
            Assert.Equal(original.ContainerTitle!.PlainText, back.ContainerTitle!.PlainText);
            Assert.Equal(original.Issued, back.Issued);
            Assert.Equal(original.Page, back.Page);
            Assert.Equal(original.Volume, back.Volume);
            Assert.Equal(original.Doi, back.Doi);
        }, iter: 2000);
    }
}
