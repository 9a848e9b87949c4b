using KetamineHandbook.Render.Diagrams;

namespace KetamineHandbook.Tests.Render;

public sealed class TextWrapTests
{
    [Fact]
    public void Words_fill_lines_up_to_the_limit()
    {
        Assert.Equal(["GABA-interneuron", "disinhibition"], TextWrap.Lines("GABA-interneuron disinhibition", 20, 3));
        Assert.Equal(["Glutamate surge"], TextWrap.Lines("Glutamate surge", 20, 3));
    }

    [Fact]
    public void A_long_word_breaks_after_a_hyphen_without_gaining_a_space()
    {
        var lines = TextWrap.Lines("supercalifragilistic-expialidocious", 22, 3);
        Assert.Equal(["supercalifragilistic-", "expialidocious"], lines);
    }

    [Fact]
    public void Text_beyond_the_last_line_ends_in_an_ellipsis()
    {
        var lines = TextWrap.Lines("NMDA-receptor blockade at rest, eEF2 kinase and rapid BDNF translation", 20, 3);
        Assert.Equal(3, lines.Count);
        Assert.EndsWith("…", lines[^1]);
        Assert.All(lines, l => Assert.True(l.Length <= 20, l));
    }
}
