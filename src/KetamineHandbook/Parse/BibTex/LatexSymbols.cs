namespace KetamineHandbook.Parse.BibTex;

/// <summary>LaTeX commands that stand for one character or a short fixed text (letters, punctuation, Greek, math signs).</summary>
internal static class LatexSymbols
{
    private static readonly Dictionary<string, string> Table = new(StringComparer.Ordinal)
    {
        // letters outside ASCII
        ["ss"] = "ß", ["SS"] = "SS", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["o"] = "ø", ["O"] = "Ø", ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł",
        ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ",
        ["dj"] = "đ", ["DJ"] = "Đ", ["ng"] = "ŋ", ["NG"] = "Ŋ",
        // escaped specials and punctuation
        ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["_"] = "_", ["{"] = "{", ["}"] = "}",
        [" "] = " ", ["\\"] = " ", [","] = "\u2006", [";"] = " ", [":"] = " ", ["!"] = "",
        ["-"] = "", ["/"] = "", ["@"] = "", ["quad"] = " ", ["qquad"] = " ",
        ["textendash"] = "–", ["textemdash"] = "—", ["textquoteleft"] = "‘", ["textquoteright"] = "’",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["textquotesingle"] = "'",
        ["guillemotleft"] = "«", ["guillemotright"] = "»", ["guillemetleft"] = "«", ["guillemetright"] = "»",
        ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…",
        ["textregistered"] = "®", ["texttrademark"] = "™", ["copyright"] = "©", ["textcopyright"] = "©",
        ["textdegree"] = "°", ["degree"] = "°", ["pounds"] = "£", ["textsterling"] = "£", ["euro"] = "€", ["texteuro"] = "€",
        ["S"] = "§", ["P"] = "¶", ["dag"] = "†", ["ddag"] = "‡", ["textdagger"] = "†", ["textbullet"] = "•",
        ["textasciitilde"] = "~", ["textbackslash"] = "\\", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
        ["textasciicircum"] = "^", ["textasciigrave"] = "`", ["textunderscore"] = "_", ["slash"] = "/", ["textperiodcentered"] = "·",
        ["textexclamdown"] = "¡", ["textquestiondown"] = "¿", ["textsection"] = "§", ["textparagraph"] = "¶",
        ["textmu"] = "µ", ["textperthousand"] = "‰", ["textonehalf"] = "½",
        ["TeX"] = "TeX", ["LaTeX"] = "LaTeX", ["BibTeX"] = "BibTeX", ["LaTeXe"] = "LaTeX2ε",
        // Greek
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        // math signs
        ["pm"] = "±", ["mp"] = "∓", ["times"] = "×", ["div"] = "÷", ["cdot"] = "⋅", ["leq"] = "≤", ["le"] = "≤",
        ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈", ["sim"] = "∼", ["simeq"] = "≃",
        ["equiv"] = "≡", ["infty"] = "∞", ["circ"] = "∘", ["bullet"] = "∙", ["prime"] = "′", ["partial"] = "∂",
        ["nabla"] = "∇", ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫", ["sqrt"] = "√", ["propto"] = "∝",
        ["rightarrow"] = "→", ["to"] = "→", ["leftarrow"] = "←", ["leftrightarrow"] = "↔", ["Rightarrow"] = "⇒",
        ["Leftarrow"] = "⇐", ["uparrow"] = "↑", ["downarrow"] = "↓", ["langle"] = "⟨", ["rangle"] = "⟩",
        ["ll"] = "≪", ["gg"] = "≫", ["in"] = "∈", ["cap"] = "∩", ["cup"] = "∪", ["ast"] = "∗", ["star"] = "⋆",
        ["hbar"] = "ℏ", ["ell"] = "ℓ", ["emptyset"] = "∅", ["forall"] = "∀", ["exists"] = "∃",
        ["lbrace"] = "{", ["rbrace"] = "}", ["vert"] = "|", ["mid"] = "|", ["backslash"] = "\\",
    };

    public static bool TryGet(string command, out string text) => Table.TryGetValue(command, out text!);
}
