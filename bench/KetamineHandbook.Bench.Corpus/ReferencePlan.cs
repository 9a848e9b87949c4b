namespace KetamineHandbook.Bench.Corpus;

/// <summary>The BibTeX entry types the corpus uses, so the parser meets every shape a real store has.</summary>
public enum ReferenceType { Article, Book, InCollection, InProceedings, Misc, Online }

/// <summary>One planned bibliography item: its citation key and type; the fields are drawn when it is written.</summary>
public sealed record ReferencePlan(string Key, ReferenceType Type, int Year, int Index);
