using KetamineHandbook.Model;

namespace KetamineHandbook.Parse.BibTex;

/// <summary>Maps character offsets of a file to 1-based line and column, computed once so lookups are cheap.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text, string path)
    {
        Text = text;
        Path = path;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _lineStarts.Add(i + 1);
    }

    public string Text { get; }
    public string Path { get; }

    public SourceLocation At(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        return new SourceLocation(Path, index + 1, offset - _lineStarts[index] + 1);
    }
}
