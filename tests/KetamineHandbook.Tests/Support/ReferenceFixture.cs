using KetamineHandbook.Model;

namespace KetamineHandbook.Tests.Support;

/// <summary>Builds <see cref="Reference"/> records in code for tests, with sensible defaults for a journal article.</summary>
public static class ReferenceFixture
{
    public static Reference Article(string key, int? year, params string[] authors) => new()
    {
        Key = key,
        EntryType = "article",
        CslType = "article-journal",
        Authors = authors.Select(Person).ToList(),
        Title = RichText.Plain($"Title of {key}"),
        ContainerTitle = RichText.Plain("Journal of Tests"),
        Issued = year is int y ? new DateValue(y) : null,
    };

    /// <summary>"Family, Given" → a split name; "{Group Name}" → a literal; "others" → BibTeX's <c>and others</c>.</summary>
    public static PersonName Person(string name)
    {
        if (name == "others") return new PersonName(Literal: "others");
        if (name.StartsWith('{')) return new PersonName(Literal: name.Trim('{', '}'));
        var comma = name.IndexOf(',');
        return comma < 0 ? new PersonName(Family: name) : new PersonName(Family: name[..comma].Trim(), Given: name[(comma + 1)..].Trim());
    }
}
