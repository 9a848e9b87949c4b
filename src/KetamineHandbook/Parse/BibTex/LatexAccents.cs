namespace KetamineHandbook.Parse.BibTex;

/// <summary>
/// LaTeX accent commands with their combining mark and the precomposed letters they form. The table is
/// explicit because the generator runs with invariant globalization, where string.Normalize does not compose.
/// </summary>
internal static class LatexAccents
{
    /// <summary>Accent command → (combining mark, pairs of base letter and precomposed letter).</summary>
    private static readonly Dictionary<string, (string Mark, string Pairs)> Table = new(StringComparer.Ordinal)
    {
        ["'"] = ("\u0301", "AÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹaácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzź"),
        ["`"] = ("\u0300", "AÀEÈIÌNǸOÒUÙWẀYỲaàeèiìnǹoòuùwẁyỳ"),
        ["^"] = ("\u0302", "AÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐaâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑ"),
        ["\""] = ("\u0308", "AÄEËHḦIÏOÖUÜWẄXẌYŸaäeëhḧiïoötẗuüwẅxẍyÿ"),
        ["~"] = ("\u0303", "AÃEẼIĨNÑOÕUŨVṼYỸaãeẽiĩnñoõuũvṽyỹ"),
        ["="] = ("\u0304", "AĀEĒGḠIĪOŌUŪYȲaāeēgḡiīoōuūyȳ"),
        ["."] = ("\u0307", "AȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻaȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzż"),
        ["u"] = ("\u0306", "AĂEĔGĞIĬOŎUŬaăeĕgğiĭoŏuŭ"),
        ["v"] = ("\u030C", "AǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽaǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzž"),
        ["H"] = ("\u030B", "OŐUŰoőuű"),
        ["c"] = ("\u0327", "CÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢcçdḑeȩgģhḩkķlļnņrŗsştţ"),
        ["k"] = ("\u0328", "AĄEĘIĮOǪUŲaąeęiįoǫuų"),
        ["r"] = ("\u030A", "AÅUŮaåuůwẘyẙ"),
        ["d"] = ("\u0323", "AẠBḄDḌEẸHḤIỊKḲLḶMṂNṆOỌRṚSṢTṬUỤVṾWẈYỴZẒaạbḅdḍeẹhḥiịkḳlḷmṃnṇoọrṛsṣtṭuụvṿwẉyỵzẓ"),
        ["b"] = ("\u0331", "BḆDḎKḴLḺNṈRṞTṮZẔbḇdḏhẖkḵlḻnṉrṟtṯzẕ"),
        ["t"] = ("\u0361", ""),
    };

    public static bool IsAccent(string command) => Table.ContainsKey(command);

    /// <summary>The letter <paramref name="baseText"/> carrying the accent, precomposed when Unicode has it.</summary>
    public static string Apply(string command, string baseText)
    {
        if (!Table.TryGetValue(command, out var accent)) return baseText;
        if (baseText.Length == 0) return accent.Mark;
        var first = baseText[0] == '\u0131' ? 'i' : baseText[0] == '\u0237' ? 'j' : baseText[0];
        for (var i = 0; i + 1 < accent.Pairs.Length; i += 2)
            if (accent.Pairs[i] == first) return accent.Pairs[i + 1] + baseText[1..];
        return baseText[..1] + accent.Mark + baseText[1..];
    }
}
