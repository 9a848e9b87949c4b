namespace KetamineHandbook.Render.Styles;

/// <summary>Joins non-empty parts with a delimiter and closes with a suffix, avoiding doubled periods as CSL groups do.</summary>
public static class FormattedJoin
{
    public static FormattedText Join(string delimiter, IEnumerable<FormattedText?> parts, string suffix = "")
    {
        var builder = new StyledTextBuilder();
        var first = true;
        foreach (var part in parts)
        {
            if (part is null || part.IsEmpty) continue;
            if (!first) builder.Punctuation(delimiter);
            builder.Append(part);
            first = false;
        }
        if (!first && suffix.Length > 0) builder.Punctuation(suffix);
        return builder.Build();
    }
}
