"""The dev3 posts, each with the structured checks it was written for and its intended label.

build.py recomputes every label from the raw files and refuses to write cases.jsonl if any
computed label differs from the one given here. `act` marks a post that asserts no result (question,
bet, prediction, disbelief, poll, unpublished population, time of day...): unconfirmed whatever the
figures; its parts, when given, are computed for the note only.
"""

from checks import *  # noqa: F401,F403  (constructors: states, candidates, checks, values)

PREFIX = "d3"
POSTS = []
C, X, U = "confirmed", "contradicted", "unconfirmed"


def post(state, lang, text, label, *parts, act=None):
    POSTS.append({"state": state, "lang": lang, "text": text, "label": label,
                  "parts": list(parts), "act": act})


NPDC = ["59", "62"]  # "Nord-Pas-de-Calais" (the former région): each département is a reading

# ============================================================== 2017 round 1, final
post(T1, "en", "EM wins round one with 26 pc, well clear of MLP 🇫🇷", X, lead("FR", M), share("FR", M, P(26)))
post(T1, "fr", "Résultats définitifs : Macron rafle la première place avec vingt-quatre pour cent des suffrages exprimés", C,
     lead("FR", M), share("FR", M, P(24)))
post(T1, "en", "Macron edges out Le Pen in the first round, 24pct to 21pct. Runoff on May 7.", C,
     ahead("FR", M, LP), share("FR", M, P(24)), share("FR", LP, P(21)), top2(M), top2(LP))
post(T1, "en", "LE PEN TOPS FIRST ROUND!!! 🔥🔥 patriots rejoice", X, lead("FR", LP))
post(T1, "fr", "Marine finit derrière Macron, mais se hisse au second tour. Le FN y est, comme en 2002.", U, ahead("FR", M, LP), top2(LP), unpub("comparison with 2002"))
post(T1, "en", "Fillon narrowly beats Mélenchon for third place, 20.0 vs 19.6", C, rank("FR", FI, 3), ahead("FR", FI, JLM), close("FR", FI, JLM), share("FR", FI, P("20.0")), share("FR", JLM, P("19.6")))
post(T1, "fr", "Méluche talonne Fillon : 19,6 contre 20,0. A 150 000 voix près on avait la gauche au 2nd tour…", U, ahead("FR", FI, JLM), close("FR", FI, JLM), share("FR", JLM, P("19.6")), share("FR", FI, P("20.0")), unpub("counterfactual"))
post(T1, "fr", "Le candidat de la France insoumise termine 3e !!! Historique", X, rank("FR", JLM, 3))
post(T1, "fr", "Fillon termine à la 3e place avec 20 pc, Mélenchon 4e", C,
     rank("FR", FI, 3), share("FR", FI, P(20)), rank("FR", JLM, 4))
post(T1, "en", "Fillon trounced: the Republicans' man finishes 4th behind Mélenchon", X,
     rank("FR", FI, 4), ahead("FR", JLM, FI))
post(T1, "en", "Hamon at 8.5pct, a disaster for the Socialists", X, share("FR", BH, P("8.5")))
post(T1, "fr", "Benoit Hamon n'atteint même pas les 8 %. #PS", C, share("FR", BH, P(8, "gt"), neg=True))
post(T1, "en", "Dupont-Aignan on 5.7pct, not bad at all", X, share("FR", NDA, P("5.7")))
post(T1, "en", "NDA clears 6% 💪 best result ever for Debout la France", X, share("FR", NDA, P(6, "gt")))
post(T1, "en", "Lassalle edges out Poutou, 1.2% to 1.1%", C, ahead("FR", JL, PP), close("FR", JL, PP), share("FR", JL, P("1.2")), share("FR", PP, P("1.1")))
post(T1, "fr", "Poutou finit devant Lassalle, bravo le NPA ✊", X, ahead("FR", PP, JL))
post(T1, "fr", "ARTHAUD DERNIERE ! 0,6 %", X, last("FR", NA), share("FR", NA, P("0.6")))
post(T1, "en", "Cheminade finishes dead last with 0.8%", X, last("FR", JC), share("FR", JC, P("0.8")))
post(T1, "fr", "Asselineau sous la barre du 1 %, 332 547 voix exactement. Chez les moins de 35 ans encore moins", U, share("FR", FA, P(1, "lt")), votes("FR", FA, N(332547)), unpub("population not published (age group)"))
post(T1, "fr", "Plus de 8,6 M de voix pour Macron au 1er tour, plus que Sarkozy en 2007 ?", U, votes("FR", M, N(8.6e6, p=5e4, op="gt")), unpub("comparison with 2007 (question)"))
post(T1, "en", "Le Pen: 7.7m votes, her party's best ever first-round haul", U,
     votes("FR", LP, N(7.7e6, p=5e4)), unpub("historical comparison (party's best ever)"))
post(T1, "en", "Fillon 7.2m votes, Mélenchon 7.06m. A 150k gap.", C, votes("FR", FI, N(7.2e6, p=5e4)), votes("FR", JLM, N(7.06e6, p=5000)), gapv("FR", FI, JLM, N(150000, p=5000, op="about")))
post(T1, "fr", "Mélenchon a récolté 7,8 millions de voix", X, votes("FR", JLM, N(7.8e6, p=5e4)))
post(T1, "en", "Hamon 2.3m votes, Dupont-Aignan 1.7m. Worst Socialist score since 1969", U, votes("FR", BH, N(2.3e6, p=5e4)), votes("FR", NDA, N(1.7e6, p=5e4)), unpub("historical comparison"))
post(T1, "fr", "Écart Macron / Le Pen : plus d'1,5 million de voix", X, gapv("FR", M, LP, N(1.5e6, op="gt")))
post(T1, "fr", "Macron creuse l'écart : 6 points devant Le Pen", X, gap("FR", M, LP, P(6)))
post(T1, "en", "Le Pen 3.1 pts ahead of Fillon, final figures", X, gap("FR", LP, FI, P("3.1")))
post(T1, "en", "Turnout 74pct, lowest since 2002", X, turnout("FR", P(74)), unpub("historical comparison"))
post(T1, "fr", "L'abstention s'établit à 22,2 %. Plus d'un électeur sur cinq est resté chez lui.", C,
     abst_rate("FR", P("22.2")), abst_rate("FR", F("un sur cinq", "gt")))
post(T1, "en", "10.58m abstainers in round one", C, abst("FR", N(10.58e6, p=5000)))
post(T1, "en", "Abstention at 28%, the French stayed home", X, abst_rate("FR", P(28)))
post(T1, "fr", "Blancs : 1,8 % des votants, nuls 0,8 % ; sûrement bien plus dans les quartiers populaires", U, blancs_pv("FR", P("1.8")), nuls_pv("FR", P("0.8")), unpub("area not published (quartiers populaires)"))
post(T1, "fr", "Près d'1,5 million de bulletins blancs ou nuls au premier tour", X, bn("FR", N(1.5e6, p=5e4, op="approx")))
post(T1, "en", "Over 1 million blank ballots in round one", X, blancs("FR", N(1e6, op="gt")))
post(T1, "en", "37,003,728 voters turned out; 36,054,394 valid votes. Interior ministry figures.", C, votants("FR", N(37003728)), exprimes("FR", N(36054394)))
post(T1, "en", "47.6m registered voters for this election", C, inscrits("FR", N(47.6e6, p=5e4)))
post(T1, "fr", "Macron et Le Pen qualifiés. Fillon et Mélenchon à la trappe.", C,
     top2(M), top2(LP), elim(FI), elim(JLM))
post(T1, "fr", "Méluche qualifié pour le second tour !!!! #OnVaGagner", X, top2(JLM))
post(T1, "en", "Mélenchon did NOT make the runoff. Sorry, comrades.", C, top2(JLM, neg=True))
post(T1, "fr", "Je lis partout que Fillon est éliminé. FAUX, il est qualifié, attendez les vrais chiffres", X,
     top2(FI))
post(T1, "en", "Fake news alert: no, Le Pen did NOT come first. Macron did.", C, lead("FR", LP, neg=True), lead("FR", M))
post(T1, "fr", "RT @PolitiqueFR: Fillon devant Le Pen au niveau national !! → c'est faux, elle le devance de 1,3 pt", C,
     ahead("FR", FI, LP, neg=True), gap("FR", LP, FI, P("1.3")))
post(T1, "fr", "Macron 24 %, Le Pen 21 %, Fillon 20 %, Mélenchon 19,6 % : le carré de tête tient en moins de 5 points", C,
     share("FR", M, P(24)), share("FR", LP, P(21)), share("FR", FI, P(20)), share("FR", JLM, P("19.6")),
     gap("FR", M, JLM, P(5, "lt")))
post(T1, "en", "THREAD 1/ Final round-one numbers: Macron 24.0, Le Pen 21.3, Fillon 20.0, Mélenchon 19.6", C,
     share("FR", M, P("24.0")), share("FR", LP, P("21.3")), share("FR", FI, P("20.0")), share("FR", JLM, P("19.6")))
post(T1, "en", "2/ Hamon 6.4, Dupont-Aignan 4.7, Lassalle 1.2, Poutou 1.1, Asselineau 0.9, Arthaud 0.6, Cheminade 0.2", C,
     share("FR", BH, P("6.4")), share("FR", NDA, P("4.7")), share("FR", JL, P("1.2")),
     share("FR", PP, P("1.1")), share("FR", FA, P("0.9")), share("FR", NA, P("0.6")), share("FR", JC, P("0.2")))
post(T1, "fr", "Mélenchon + Hamon = 26 %, plus que Macron. La gauche divisée s'est tiré une balle dans le pied.", C, share("FR", (JLM, BH), P(26)), share("FR", M, P(26, "lt")))
# regions, départements, communes
post(T1, "fr", "En région PACA, Le Pen s'impose avec 28 %", C, lead("R93", LP), share("R93", LP, P(28)))
post(T1, "fr", "Le Pen rafle les Hauts-de-France : 41 pc", X, lead("R32", LP), share("R32", LP, P(41)))
post(T1, "en", "Macron sweeps Brittany: first in Côtes-d'Armor, Finistère, Ille-et-Vilaine and Morbihan", C,
     lead("R53", M), lead("22", M), lead("29", M), lead("35", M), lead("56", M))
post(T1, "fr", "Dans le Nord-Pas-de-Calais, Le Pen arrive en tête partout, plus de 28 %", C,
     lead(NPDC, LP), share(NPDC, LP, P(28, "gt")))
post(T1, "en", "Le Pen tops 34% in the Pas-de-Calais, probably 50%+ in the old mining basin", U, share("62", LP, P(34, "gt")), unpub("area not published (mining basin)"))
post(T1, "fr", "Dans le Nord (59), Macron finit 2e derrière Le Pen", X, rank("59", M, 2), lead("59", LP))
post(T1, "en", "Occitanie: Mélenchon comes out on top 🔴", X, lead("R76", JLM))
post(T1, "fr", "Occitanie : Le Pen s'impose d'une courte tête devant Macron (23 contre 22,3)", C, lead("R76", LP), ahead("R76", LP, M), close("R76", LP, M), share("R76", LP, P(23)), share("R76", M, P("22.3")))
post(T1, "en", "Île-de-France: Fillon climbs to second behind Macron", C, rank("R11", FI, 2), lead("R11", M))
post(T1, "en", "Île-de-France: Le Pen third with 12.6%", X, rank("R11", LP, 3), share("R11", LP, P("12.6")))
post(T1, "fr", "En Corse, c'est Le Pen devant Fillon, Macron seulement 3e 🏝️", C,
     lead("R94", LP), ahead("R94", LP, FI), rank("R94", M, 3))
post(T1, "fr", "Les Alpes-Maritimes ont voté Fillon", X, lead("06", FI))
post(T1, "fr", "Alpes-Maritimes : Le Pen et Fillon au coude-à-coude, 27,75 % contre 27,39 %", C,
     close("06", LP, FI), share("06", LP, P("27.75")), share("06", FI, P("27.39")))
post(T1, "fr", "Var (83) : MLP 30 %, le candidat LR 25 %, et chez les retraités c'est encore plus net", U, share("83", LP, P(30)), share("83", FI, P(25)), unpub("population not published (retirees)"))
post(T1, "en", "In the Gironde, Macron finishes ahead of Mélenchon by over 4 points", C,
     ahead("33", M, JLM), gap("33", M, JLM, P(4, "gt")))
post(T1, "fr", "Corrèze : Macron 27 %, Mélenchon 21 %, le pays de Hollande vote En Marche", C,
     share(pl("Corrèze", "dep"), M, P(27)), share(pl("Corrèze", "dep"), JLM, P(21)))
post(T1, "fr", "Pyrénées-Atlantiques : Lassalle au-dessus de 10 % chez lui 🐑", X, share("64", JL, P(10, "gt")))
post(T1, "fr", "La Moselle vote Mélenchon", X, lead("57", JLM))
post(T1, "en", "Bas-Rhin: Le Pen 24.7, Macron 22.3, Fillon 22.0", C, share("67", LP, P("24.7")), share("67", M, P("22.3")), share("67", FI, P("22.0")))
post(T1, "en", "Vaucluse: Le Pen over 30pct, Macron a distant third", X, share("84", LP, P(30, "gt")), rank("84", M, 3))
post(T1, "fr", "À Lyon intra-muros Macron est à 30 %, Fillon 23 %", C,
     share("69123", M, P(30)), share("69123", FI, P(23)))
post(T1, "en", "Paris: Macron 34.8%, Fillon 26.45%, Le Pen 5%", C,
     share(pl("Paris"), M, P("34.8")), share(pl("Paris"), FI, P("26.45")), share(pl("Paris"), LP, P(5)))
post(T1, "fr", "Paris 16e : Fillon frôle les 59 %, sans doute 80 % chez les plus de 65 ans", U, share("75116", FI, P(59, "approx")), unpub("population not published (age group)"))
post(T1, "fr", "Le 7e arrondissement de Paris vote Macron à 50 %", X, share("75107", M, P(50)))
post(T1, "en", "Paris 20th arrondissement: Mélenchon ahead of Macron by just over a point", C, ahead("75120", JLM, M), gap("75120", JLM, M, P("1.2", "about")))
post(T1, "fr", "Marseille 13e : Le Pen en tête, 31 %, comme en 2012 ?", U, lead("13213", LP), share("13213", LP, P(31)), unpub("comparison with 2012 (question)"))
post(T1, "fr", "Marseille : Mélenchon s'impose, Le Pen 2e", C, lead("13055", JLM), rank("13055", LP, 2))
post(T1, "en", "Toulouse goes to Mélenchon, 29pct. Students must have turned out en masse", U, lead("31555", JLM), share("31555", JLM, P(29)), unpub("population not published (students)"))
post(T1, "fr", "Grenoble (38) : Macron devant Mélenchon, de peu", X, ahead("38185", M, JLM))
post(T1, "fr", "Montpellier : Méluche à 35 %, Macron 24,7 %", X, share("34172", JLM, P(35)), share("34172", M, P("24.7")))
post(T1, "en", "Hénin-Beaumont (62): Marine Le Pen on 46.5%", C, share("62427", LP, P("46.5")))
post(T1, "en", "Calais went for Le Pen with 47%", X, lead("62193", LP), share("62193", LP, P(47)))
post(T1, "fr", "Roubaix : Mélenchon 36 %, Le Pen 2e", X, share("59512", JLM, P(36)), rank("59512", LP, 2))
post(T1, "en", "Aubervilliers (93): Mélenchon above 40 per cent!", C, share("93001", JLM, P(40, "gt")))
post(T1, "en", "Versailles: Fillon narrowly beats Macron", X, close("78646", FI, M))
post(T1, "fr", "Nice : Fillon devance Le Pen de moins d'un point ? Quelqu'un confirme ?", U, ahead("06088", FI, LP), gap("06088", FI, LP, P(1, "lt")), act="question")
post(T1, "fr", "Ajaccio : Le Pen 36,6 % 🇫🇷", X, share("2A004", LP, P("36.6")))
post(T1, "en", "Vitrolles: Le Pen comes first", C, lead(pl("Vitrolles"), LP))
post(T1, "fr", "Sainte-Rose : Macron en tête, quelqu'un peut confirmer ?", U, lead(pl("Sainte-Rose"), M), act="question")
post(T1, "fr", "Saint-Claude : Macron en tête avec 29,5 %", U,
     lead(pl("Saint-Claude"), M), share(pl("Saint-Claude"), M, P("29.5")))
post(T1, "en", "Saint-Claude (Guadeloupe): Macron first on 29.5%", C, lead(pl("Saint-Claude", dep="971"), M), share(pl("Saint-Claude", dep="971"), M, P("29.5")))
post(T1, "fr", "Incroyable à Saint-Joseph (974) : Hamon arrive premier avec 31 %", C,
     lead(pl("Saint-Joseph", dep="974"), BH), share(pl("Saint-Joseph", dep="974"), BH, P(31)))
post(T1, "fr", "Hamon premier à Saint-Joseph ?! 😳", U, lead(pl("Saint-Joseph"), BH))
post(T1, "fr", "Saint-Louis : Le Pen en tête", U, lead(pl("Saint-Louis"), LP))
post(T1, "en", "Saint-Louis (Haut-Rhin): Fillon ahead of Macron and Le Pen", C, lead(pl("Saint-Louis", dep="68"), FI))
post(T1, "fr", "Le Port : Mélenchon en tête", C, lead(pl("Le Port"), JLM))
post(T1, "fr", "Castres (81) : Macron devant Le Pen, 60 voix d'écart", C,
     ahead(pl("Castres", dep="81"), M, LP), gapv(pl("Castres", dep="81"), M, LP, N(60)))
post(T1, "fr", "Castres : Le Pen en tête", U, lead(pl("Castres"), LP))
post(T1, "en", "Martinique goes Mélenchon 🇲🇶 27%", C, lead("972", JLM), share("972", JLM, P(27)))
post(T1, "en", "Guadeloupe: Macron first with ~30%", C, lead("971", M), share("971", M, P(30, "about")))
post(T1, "fr", "La Réunion : Le Pen devant Mélenchon", X, ahead(pl("La Réunion", "dep"), LP, JLM))
post(T1, "fr", "Guyane : Mélenchon et Le Pen séparés par 1 120 voix", X, gapv("973", JLM, LP, N(1120), signed=False))
post(T1, "fr", "Mayotte : Fillon gagne avec un tiers des voix ? Vraiment ?", U, act="question")
post(T1, "en", "New Caledonia backs Fillon at 31%, Le Pen 29", C,
     lead("988", FI), share("988", FI, P(31)), share("988", LP, P(29)))
post(T1, "fr", "Polynésie : Le Pen s'impose", X, lead("987", LP))
post(T1, "fr", "Outre-mer, tous territoires confondus, Mélenchon finit 1er", X, lead("OM", JLM))
post(T1, "en", "French voters abroad: Macron 40%, Fillon 26%, Le Pen 6.5%", C, share("ZZ", M, P(40)), share("ZZ", FI, P(26)), share("ZZ", LP, P("6.5")))
post(T1, "en", "French in the UK: Macron over 50%, Le Pen under 3% 🇬🇧", C,
     share(pl("Royaume-Uni", "country"), M, P(50, "gt")), share(pl("Royaume-Uni", "country"), LP, P(3, "lt")))
post(T1, "fr", "Consulat de Tel-Aviv : Fillon 63 %, record pour la droite", U, share(pl("Tel-Aviv"), FI, P(63)), unpub("historical comparison (record)"))
post(T1, "en", "Beirut: the LR candidate crushes it, 61% vs 16% for Macron", C, crush(pl("Beyrouth"), FI, M), share(pl("Beyrouth"), FI, P(61)), share(pl("Beyrouth"), M, P(16)))
post(T1, "en", "Miami consulate: Fillon beats Macron 🌴 retirees, obviously", U, ahead(pl("Miami"), FI, M), unpub("population not published (retirees)"))
post(T1, "en", "Berlin: Macron takes half the vote, Mélenchon 21", C,
     share(pl("Berlin"), M, F("moitie")), share(pl("Berlin"), JLM, P(21)))
post(T1, "fr", "Genève : Fillon devant Macron chez les Français de Suisse", X,
     ahead(pl("Genève"), FI, M), ahead(pl("Suisse", "country"), FI, M))
post(T1, "fr", "8e circo des Français de l'étranger : Macron et Fillon à 40 voix d'écart 😱", X, gapv("FE08", M, FI, N(40), signed=False))
post(T1, "en", "Exit poll from Ipsos: Macron 23.7, Le Pen 21.7", U, act="exit poll / estimate, not the count")
post(T1, "fr", "Chez les 18-24 ans, Mélenchon arrive en tête", U, act="population not published (age group)")
post(T1, "fr", "Je parie que Mélenchon fera 25 % au prochain scrutin", U, act="bet / future election")
post(T1, "en", "Could Fillon still overtake Le Pen? Don't think so lol", U, act="question")
post(T1, "fr", "Le Pen au second tour... je n'arrive toujours pas à y croire", U, act="disbelief")
post(T1, "fr", "Macron à 24 %, soit mieux que Hollande en 2012 au premier tour", U,
     share("FR", M, P(24)), unpub("comparison with 2012"))
post(T1, "en", "Rural France voted Le Pen, cities voted Macron", U, act="areas not published (rural / cities)")
post(T1, "fr", "Mélenchon en tête dans ma rue 😂 #Presidentielle2017", U, act="area not published (a street)")

# ============================================================== 2017 round 2, final
post(T2, "fr", "C'est fait : Macron l'emporte avec 66,1 % face à la présidente du FN", C,
     lead("FR", M), share("FR", M, P("66.1")))
post(T2, "en", "Macron clinches the presidency, trounces Le Pen by more than 30 points", C,
     lead("FR", M), crush("FR", M, LP), gap("FR", M, LP, P(30, "gt")))
post(T2, "en", "Le Pen 34pct, Macron 66pct. Final. Polls had it at 62-38.", U, share("FR", LP, P(34)), share("FR", M, P(66)), unpub("comparison with polls"))
post(T2, "fr", "MLP franchit la barre des 40 % !! Score historique pour le FN", X,
     share("FR", LP, P(40, "gt")), unpub("historical comparison"))
post(T2, "fr", "Marine Le Pen sous les 35 %. Rien à voir avec les sondages de mars.", U, share("FR", LP, P(35, "lt")), unpub("comparison with polls"))
post(T2, "en", "Le Pen got close to 40% tonight, scary", X, share("FR", LP, P(40, "approx")))
post(T2, "en", "Two in three voters picked Macron (valid votes)", C, share("FR", M, F("deux sur trois")))
post(T2, "fr", "Macron élu avec plus de vingt millions sept cent mille voix", C, votes("FR", M, N(20.7e6, p=5e4, op="gt")))
post(T2, "en", "Macron over 20.7m votes, Le Pen 10.64m. 10 million vote margin.", C,
     votes("FR", M, N(20.7e6, p=5e4, op="gt")), votes("FR", LP, N(10.64e6, p=5000)),
     gapv("FR", M, LP, N(10e6, p=5e5)))
post(T2, "fr", "Le Pen dépasse les 11 millions de voix", X, votes("FR", LP, N(11e6, op="gt")))
post(T2, "fr", "Participation au 2nd tour : 80,6 %, abstention 19,4 %", X, turnout("FR", P("80.6")), abst_rate("FR", P("19.4")))
post(T2, "en", "Abstention hit 12.1m voters in the runoff, the highest since 1969", U, abst("FR", N(12.1e6, p=5e4)), unpub("historical comparison"))
post(T2, "fr", "Abstention au 2nd tour : 35 pour cent 😬", X, abst_rate("FR", P(35)))
post(T2, "fr", "Plus de 3 millions de bulletins blancs !! Record absolu sous la Ve", U,
     blancs("FR", N(3e6, op="gt")), unpub("historical comparison (record)"))
post(T2, "fr", "Blancs : 3 021 499. Nuls : 1 064 225. Total : plus de 4 millions.", C,
     blancs("FR", N(3021499)), nuls("FR", N(1064225)), bn("FR", N(4e6, op="gt")))
post(T2, "en", "Blank and spoilt ballots: 11.5% of those who voted", C, bn_pv("FR", P("11.5")))
post(T2, "fr", "Votes blancs et nuls : près de 8 % des votants", X, bn_pv("FR", P(8, "approx")))
post(T2, "fr", "Un votant sur dix a voté nul 🙄", X, nuls_pv("FR", F("un sur dix")))
post(T2, "en", "35.47m voters out of 47.57m registered", C, votants("FR", N(35.47e6, p=5000)), inscrits("FR", N(47.57e6, p=5000)))
post(T2, "en", "Macron won only 43.6% of registered voters. Hardly a mandate.", C, share_ins("FR", M, P("43.6")))
post(T2, "fr", "Macron ne recueille même pas la moitié des inscrits", C,
     share_ins("FR", M, F("moitie", "gt"), neg=True))
post(T2, "fr", "Non, Le Pen n'a pas gagné. 33,9 % pour elle.", C, lead("FR", LP, neg=True), share("FR", LP, P("33.9")))
post(T2, "en", "Le Pen wins the Pas-de-Calais with 52% 💪", C, lead("62", LP), share("62", LP, P(52)))
post(T2, "fr", "L'Aisne bascule FN : MLP s'impose avec 53 pct, une première", U, lead("02", LP), share("02", LP, P(53)), unpub("historical comparison"))
post(T2, "en", "Le Pen carried the Nord département", X, lead("59", LP))
post(T2, "fr", "Le Pen gagne l'Aisne mais perd la Somme", C, lead("02", LP), lead("80", LP, neg=True))
post(T2, "fr", "Dans le Nord-Pas-de-Calais, Le Pen gagne partout", X, lead("59", LP), lead("62", LP))
post(T2, "en", "Hauts-de-France: Macron wins but with under 53%", C, lead("R32", M), share("R32", M, P(53, "lt")))
post(T2, "fr", "La Haute-Marne a résisté au FN d'un cheveu 😅", C,
     lead("52", M), close("52", M, LP))
post(T2, "en", "Corsica: Macron beats Le Pen, 51.5 to 48.5", C, lead("R94", M), share("R94", M, P("51.5")), share("R94", LP, P("48.5")))
post(T2, "fr", "Corse-du-Sud : Le Pen l'emporte !!", X, lead("2A", LP))
post(T2, "fr", "Var : Macron gagne avec à peine 50,85 %, 9 000 voix d'avance", C,
     lead("83", M), share("83", M, P("50.85")), gapv("83", M, LP, N(9000, p=500, op="about")))
post(T2, "en", "PACA went to Le Pen in the runoff", X, lead("R93", LP))
post(T2, "fr", "Île-de-France : Macron rafle 85 % des exprimés", X, share("R11", M, P(85)))
post(T2, "en", "Brittany: 75% for EM 🟡⚫", C, share("R53", M, P(75)))
post(T2, "fr", "Paris : Macron arrive largement devant, frôle les 90 %, MLP à 10", C, crush(pl("Paris"), M, LP), share(pl("Paris"), M, P(90, "approx")), share(pl("Paris"), LP, P(10)))
post(T2, "en", "Paris gave Macron 95pct", X, share(pl("Paris"), M, P(95)))
post(T2, "fr", "Marseille : Macron gagne avec moins de 60 %", X, lead("13055", M), share("13055", M, P(60, "lt")))
post(T2, "fr", "Marseille 15e : Le Pen gagne", X, lead("13215", LP))
post(T2, "fr", "Hénin-Beaumont (62) : 51,6 % pour Marine", X, share("62427", LP, P("51.6")))
post(T2, "en", "Calais: Le Pen wins 57% 🇫🇷", C, lead("62193", LP), share("62193", LP, P(57)))
post(T2, "fr", "Vitrolles : Macron l'emporte", C, lead(pl("Vitrolles"), M))
post(T2, "fr", "Castres : Macron gagne", U, lead(pl("Castres"), M))
post(T2, "fr", "Sainte-Rose : Macron passe la barre des 70 %", U, share(pl("Sainte-Rose"), M, P(70, "gt")))
post(T2, "fr", "Sainte-Rose (Guadeloupe) : Macron passe la barre des 70 %", C,
     share(pl("Sainte-Rose", dep="971"), M, P(70, "gt")))
post(T2, "fr", "Saint-Louis (974) : Le Pen l'emporte", X, lead(pl("Saint-Louis", dep="974"), LP))
post(T2, "fr", "Mayotte : Le Pen gagne, Macron 43 %", X, lead("976", LP), share("976", M, P(43)))
post(T2, "en", "Martinique and Guadeloupe: Macron above 75% in both", C,
     share("972", M, P(75, "gt")), share("971", M, P(75, "gt")))
post(T2, "en", "New Caledonia: Macron wins with 52.6%", C, lead("988", M), share("988", M, P("52.6")))
post(T2, "fr", "Français de l'étranger : 89 % pour Macron, sans doute 95 % chez les moins de 30 ans", U, share("ZZ", M, P(89)), unpub("population not published (age group)"))
post(T2, "en", "French in Israel: Le Pen over 10%", X, share(pl("Israël", "country"), LP, P(10, "gt")))
post(T2, "en", "London consulate: Macron 95.2% 🇬🇧", C, share(pl("Londres"), M, P("95.2")))
post(T2, "fr", "Liban : Le Pen à 41 % chez les Français", X, share(pl("Liban", "country"), LP, P(41)))
post(T2, "fr", "Les ouvriers ont voté Le Pen majoritairement", U, act="population not published (occupation)")
post(T2, "en", "Le Pen won more votes than her father in 2002", U,
     act="comparison with another election")
post(T2, "fr", "Si la participation avait été plus forte, Le Pen aurait fait moins de 30 %", U, act="counterfactual")
post(T2, "fr", "Macron élu, mais dans cinq ans c'est Le Pen, vous verrez", U, act="prediction")
post(T2, "en", "Did Le Pen really win Corsica?? someone confirm", U, act="question")
post(T2, "fr", "#RadioLondres les macarons se vendent bien ce soir dans le Nord", U, act="coded #RadioLondres post")

# ============================================================== 2017 round 1, partial (21:30: départements before 50, Corse, abroad)
post(T1P, "fr", "Bouches-du-Rhône (13) : Le Pen arrive en tête avec 27 %, Méluche 2e", C,
     lead("13", LP), share("13", LP, P(27)), rank("13", JLM, 2))
post(T1P, "fr", "Bouches-du-Rhône : Mélenchon s'impose 🔴", X, lead("13", JLM))
post(T1P, "en", "Gironde fully counted: Macron 26%, Mélenchon 22%", C,
     share("33", M, P(26)), share("33", JLM, P(22)))
post(T1P, "fr", "En Gironde, Le Pen finit devant Mélenchon", X, ahead("33", LP, JLM))
post(T1P, "fr", "Loire-Atlantique : EM en tête, Méluche 2e avec ~22 %", C, lead("44", M), rank("44", JLM, 2), share("44", JLM, P(22, "about")))
post(T1P, "fr", "Haute-Garonne : Mélenchon en tête 🔥", X, lead("31", JLM))
post(T1P, "en", "Isère: Macron leads Le Pen by nearly 2.5 points", C, ahead("38", M, LP), gap("38", M, LP, P("2.5", "approx")))
post(T1P, "en", "Hérault: Le Pen first, Mélenchon second, Macron third", C,
     lead("34", LP), rank("34", JLM, 2), rank("34", M, 3))
post(T1P, "fr", "Gard : Mélenchon 25 pct, devant Le Pen", X, share("30", JLM, P(25)), ahead("30", JLM, LP))
post(T1P, "fr", "Alpes-Maritimes : Fillon passe devant Le Pen", X, ahead("06", FI, LP))
post(T1P, "fr", "Corse-du-Sud et Haute-Corse : Fillon premier dans les deux", X, lead("2A", FI), lead("2B", FI))
post(T1P, "en", "Bastia: Macron finishes second, ahead of the LR candidate", C, rank("2B033", M, 2), ahead("2B033", M, FI))
post(T1P, "en", "Centre-Val de Loire: Le Pen edges out Macron by less than half a point", C,
     ahead("R24", LP, M), gap("R24", LP, M, P("0.5", "lt")))
post(T1P, "fr", "Centre-Val de Loire : Macron en tête", X, lead("R24", M))
post(T1P, "fr", "Marseille : JLM 24,8 %, MLP 23,7 %, et il gagnera les législatives ici", U, share("13055", JLM, P("24.8")), share("13055", LP, P("23.7")), unpub("prediction (législatives)"))
post(T1P, "en", "Nantes: Macron 31pct, Hamon nearly 11", C, share("44109", M, P(31)), share("44109", BH, P(11, "approx")))
post(T1P, "fr", "Rennes (35) : Hamon à 4 %, Le Pen à 7 %", X, share("35238", BH, P(4)), share("35238", LP, P(7)))
post(T1P, "en", "Grenoble: Mélenchon wins by 154 votes over Macron", C,
     lead("38185", JLM), gapv("38185", JLM, M, N(154)))
post(T1P, "fr", "Bordeaux : Fillon 2e derrière Macron", X, rank("33063", FI, 2))
post(T1P, "en", "Troyes: Fillon pips Macron, razor-thin", C, lead("10387", FI), close("10387", FI, M))
post(T1P, "fr", "Valence : Macron arrive en tête", U, lead(pl("Valence"), M))
post(T1P, "fr", "Valence (Drôme) : Macron 24,6 %, Mélenchon 22,8 %", C,
     share(pl("Valence", dep="26"), M, P("24.6")), share(pl("Valence", dep="26"), JLM, P("22.8")))
post(T1P, "fr", "Saint-Denis : Mélenchon écrase tout", U, lead(pl("Saint-Denis"), JLM))
post(T1P, "fr", "Français de l'étranger, dépouillement terminé : Macron 40,4 %, Fillon 36,3 %", X, share("ZZ", M, P("40.4")), share("ZZ", FI, P("36.3")))
post(T1P, "en", "Montreal (Canada): Mélenchon tops the vote among French expats", X,
     lead(pl("Montréal", "consulate"), JLM))
post(T1P, "en", "Canada: Méluche second on 27%, ahead of Fillon", C, rank("FE-CA", JLM, 2), share("FE-CA", JLM, P(27)), ahead("FE-CA", JLM, FI))
post(T1P, "fr", "Les Français des États-Unis : Macron au-delà de 50 %, surtout dans la Silicon Valley", U, share(pl("États-Unis", "country"), M, P(50, "gt")), unpub("area not published (Silicon Valley)"))
post(T1P, "fr", "Déjà plus de 3,5 millions de voix pour Macron au compteur du ministère", C,
     votes("FR", M, N(3.5e6, op="gt")))
post(T1P, "fr", "Mélenchon : moins de 2 millions de voix au total, c'est plié", X, votes("FR", JLM, N(2e6, op="lt")))
post(T1P, "en", "Le Pen has fewer than 3 million votes nationwide", X, votes("FR", LP, N(3e6, op="lt")))
post(T1P, "fr", "Participation : 95 % !!! du jamais vu", X, turnout("FR", P(95)), unpub("historical comparison"))
post(T1P, "fr", "Le Pen a fait plus de 2 millions de voix rien que dans le Nord", X, votes("59", LP, N(2e6, op="gt")))
post(T1P, "fr", "Macron en tête au niveau national, 24 %", U, lead("FR", M), share("FR", M, P(24)))
post(T1P, "en", "Macron and Le Pen into the runoff, per the Interior ministry", U, top2(M), top2(LP))
post(T1P, "fr", "Fillon éliminé, c'est officiel", U, elim(FI))
post(T1P, "fr", "Paris : Macron largement devant, 35 %", U, lead(pl("Paris"), M), share(pl("Paris"), M, P(35)))
post(T1P, "fr", "Le Pen à plus de 30 % en Moselle", U, share("57", LP, P(30, "gt")))
post(T1P, "fr", "Bretagne : Macron creuse l'écart sur Mélenchon, 29 % contre 20 %", U,
     lead("R53", M), share("R53", M, P(29)), share("R53", JLM, P(20)))
post(T1P, "en", "Le Pen leads Grand Est with 31%", U, lead("R44", LP), share("R44", LP, P(31)))
post(T1P, "fr", "PACA : Le Pen devant Fillon", U, ahead("R93", LP, FI))
post(T1P, "fr", "Avec 45 % des bureaux dépouillés, Macron 24,2 %, Le Pen 21,4 %", U,
     act="partial-count qualifier (45 % of bureaux)")
post(T1P, "en", "So far Mélenchon has overtaken Fillon, 19.7 vs 19.5 with half the bureaux in", U,
     act="partial-count qualifier (so far, half the bureaux)")
post(T1P, "fr", "Martinique : Mélenchon en tête ?", U, act="question")
post(T1P, "fr", "RT @lemondelive: La Réunion : résultats attendus vers 23h", U, act="meta-statement (timing)")
post(T1P, "fr", "Estimation Elabe à 20h : Macron 24, Le Pen 21,8", U, act="estimate at 20h, not the count")

# ============================================================== 2017 round 2, partial (21:30)
post(T2P, "fr", "Macron remporte la Bretagne, c'est mathématiquement acquis", C, lead("R53", M))
post(T2P, "en", "Brittany: Macron above 50% whatever is left to count", C, share("R53", M, P(50, "gt")))
post(T2P, "fr", "Bretagne : Macron 76,5 %", U, share("R53", M, P("76.5")))
post(T2P, "en", "Finistère 77% Macron, Côtes-d'Armor 73.5%", C, share("29", M, P(77)), share("22", M, P("73.5")))
post(T2P, "fr", "Ille-et-Vilaine : Le Pen sous les 20 %", X, share("35", LP, P(20, "lt")))
post(T2P, "fr", "Aisne (02) : Marine gagne avec 52,9 %", C, lead("02", LP), share("02", LP, P("52.9")))
post(T2P, "en", "Le Pen wins the Ardennes", X, lead("08", LP))
post(T2P, "en", "Ardennes: Macron wins by 1,853 votes", C, lead("08", M), gapv("08", M, LP, N(1853)))
post(T2P, "fr", "Corse-du-Sud : Le Pen 50,6 %, la Haute-Corse 52,3 % pour Macron", X, share("2A", LP, P("50.6")), share("2B", M, P("52.3")))
post(T2P, "fr", "La Corse a voté Le Pen 🇫🇷", X, lead("R94", LP))
post(T2P, "fr", "Gard (30) : Macron 55 % contre 45 % pour MLP. Et dans les villages c'est l'inverse", U, share("30", M, P(55)), share("30", LP, P(45)), unpub("area not published (villages)"))
post(T2P, "en", "Bouches-du-Rhône: Le Pen beats Macron", X, ahead("13", LP, M))
post(T2P, "en", "Marseille: Macron 64.4pc, Le Pen 35.6pc", C, share("13055", M, P("64.4")), share("13055", LP, P("35.6")))
post(T2P, "en", "Montpellier: Le Pen at 30pct", X, share("34172", LP, P(30)))
post(T2P, "fr", "Toulouse : 73 %, Bordeaux : 86 % pour le candidat d'En Marche", X, share("31555", M, P(73)), share("33063", M, P(86)))
post(T2P, "fr", "Grenoble : Le Pen frôle les 25 %", X, share("38185", LP, P(25, "approx")))
post(T2P, "en", "Centre-Val de Loire: Macron 63%", C, share("R24", M, P(63)))
post(T2P, "fr", "Montréal (Canada) : Macron 90,55 %, plus qu'à Québec j'imagine", U, share(pl("Montréal", "consulate"), M, P("90.55")), unpub("guess (hedged comparison)"))
post(T2P, "en", "French abroad: Macron 89%, Le Pen 11%", C, share("ZZ", M, P(89)), share("ZZ", LP, P(11)))
post(T2P, "fr", "Le Pen à moins de 10 % au national, la claque", X, share("FR", LP, P(10, "lt")))
post(T2P, "en", "Already 9m+ votes for Macron on the ministry's tally", C, votes("FR", M, N(9e6, op="gt")))
post(T2P, "fr", "Plus d'un million de bulletins blancs déjà comptés", C, blancs("FR", N(1e6, op="gt")))
post(T2P, "fr", "Pas-de-Calais : 1,5 million de voix pour Le Pen", X, votes("62", LP, N(1.5e6, p=5e4)))
post(T2P, "en", "Macron wins the presidency with 66%", U, lead("FR", M), share("FR", M, P(66)))
post(T2P, "fr", "Macron élu président. Officiel.", U, lead("FR", M))
post(T2P, "fr", "Participation nationale : 74,6 %", U, turnout("FR", P("74.6")))
post(T2P, "fr", "Paris : Macron à 90 %", U, share(pl("Paris"), M, P(90)))
post(T2P, "en", "Le Pen carries the Pas-de-Calais", U, lead("62", LP))
post(T2P, "fr", "Hauts-de-France : Le Pen en tête", U, lead("R32", LP))
post(T2P, "fr", "PACA : Macron gagne avec 57 %", U, lead("R93", M), share("R93", M, P(57)))
post(T2P, "fr", "Nouvelle-Aquitaine : Macron l'emporte", U, lead("R75", M))
post(T2P, "fr", "Outre-mer : Macron au-dessus de 60 %", U, share("OM", M, P(60, "gt")))
post(T2P, "fr", "Morbihan : Macron 75 %", U, share("56", M, P(75)))
post(T2P, "en", "With 45% of polling stations counted, Macron has 66%", U, act="partial-count qualifier")
post(T2P, "fr", "Premiers résultats partiels : Le Pen à 34 % pour l'instant", U,
     act="partial-count qualifier (pour l'instant)")
post(T2P, "fr", "Le Pen peut-elle encore gagner ? Non. Mais attendons.", U, act="question / 'could still'")
post(T2P, "en", "Exit polls say Macron 65.5, Le Pen 34.5", U, act="exit poll")
post(T2P, "fr", "Macron fera plus de 65 %, je prends les paris", U, act="bet")

# ============================================================== 2011 primary, round 1, final
post(H, "fr", "Primaire PS : Flamby s'impose avec 39 %, la Dame des 35 heures à 30 %", C,
     lead("FR", HOL), share("FR", HOL, P(39)), share("FR", AUB, P(30)))
post(H, "en", "Socialist primary: Hollande and Aubry advance to the runoff, Montebourg third", C, top2(HOL), top2(AUB), rank("FR", MON, 3))
post(H, "en", "French Socialist primary: Aubry narrowly beats Hollande", X, ahead("FR", AUB, HOL))
post(H, "fr", "Montebourg rafle 17 pour cent, et il sera le faiseur de roi", U, share("FR", MON, P(17)), unpub("prediction (kingmaker)"))
post(H, "fr", "Montebourg dépasse les 20 % !!! #Demondialisation", X, share("FR", MON, P(20, "gt")))
post(H, "fr", "Ségo finit derrière Manolo, quelle chute", X, ahead("FR", VAL, ROY))
post(H, "fr", "La présidente de Poitou-Charentes sous les 5 %. Dur.", X, share("FR", ROY, P(5, "lt")))
post(H, "en", "Royal got 12pct, Valls 5.6", X, share("FR", ROY, P(12)), share("FR", VAL, P("5.6")))
post(H, "en", "Valls 5.6%, ahead of Baylet but well behind Royal", C, share("FR", VAL, P("5.6")), ahead("FR", VAL, BAY), ahead("FR", ROY, VAL))
post(H, "fr", "Près de 8,8 points d'avance pour l'homme de Tulle sur Titine. Les sondages lui en donnaient 10.", U, gap("FR", HOL, AUB, P("8.8", "approx")), unpub("comparison with polls"))
post(H, "en", "Hollande leads Aubry by 400,000 votes", X, gapv("FR", HOL, AUB, N(400000, p=5e4)))
post(H, "fr", "Plus d'un million de voix pour Hollande, 906 168 pour Aubry", X, votes("FR", HOL, N(1e6, op="gt")), votes("FR", AUB, N(906168)))
post(H, "en", "2.66m voters in the citizens' primary", C, votants("FR", N(2.66e6, p=5000)))
post(H, "en", "Over 3 million people voted in the Socialist primary", X, votants("FR", N(3e6, op="gt")))
post(H, "fr", "11 025 blancs et nuls au 1er tour de la primaire, dont la moitié de blancs militants", U, bn("FR", N(11025)), unpub("blancs not published separately"))
post(H, "en", "French abroad: Martine on top with 39.5%", C, lead("ZZ", AUB), share("ZZ", AUB, P("39.5")))
post(H, "fr", "À l'étranger Hollande s'impose aussi", X, lead("ZZ", HOL))
post(H, "en", "Montréal (Canada): Aubry 44, Hollande 25, Ségo 13", C,
     share(pl("Montréal", "consulate"), AUB, P(44)), share(pl("Montréal", "consulate"), HOL, P(25)),
     share(pl("Montréal", "consulate"), ROY, P(13)))
post(H, "fr", "Participation de 6 % des inscrits à la primaire", U, act="inscrits not published for an open primary")
post(H, "fr", "Hollande gagne la Corrèze avec 70 %", U, lead(pl("Corrèze", "dep"), HOL), share(pl("Corrèze", "dep"), HOL, P(70)))
post(H, "fr", "Lille : la maire de Lille écrase tout chez elle", U, lead(pl("Lille"), AUB))
post(H, "en", "Montebourg won Saône-et-Loire", U, lead("71", MON))
post(H, "fr", "Hollande gagnera le second tour dimanche prochain, facile", U, act="prediction")
post(H, "fr", "Record de participation pour une primaire en France", U, act="historical comparison")

# ============================================================== 2011 primary, Saturday 8 Oct (only the Americas counted)
post(HS, "fr", "Amérique du Nord : Aubry arrive en tête, 42 % 🇨🇦🇺🇸", C, lead("FE01", AUB), share("FE01", AUB, P(42)))
post(HS, "fr", "Montréal (Canada) : Titine 54 %, Flamby 25 %", X, share(pl("Montréal", "consulate"), AUB, P(54)), share(pl("Montréal", "consulate"), HOL, P(25)))
post(HS, "en", "Canada: Hollande finishes behind Aubry, mostly thanks to students I'd bet", U, ahead("FE-CA", AUB, HOL), unpub("population not published (students)"))
post(HS, "en", "Canada: Royal edges out Montebourg for third, 45 votes to 42", C, rank("FE-CA", ROY, 3), close("FE-CA", ROY, MON), votes("FE-CA", ROY, N(45)), votes("FE-CA", MON, N(42)))
post(HS, "fr", "Canada : Montebourg 3e devant Ségo", X, rank("FE-CA", MON, 3), ahead("FE-CA", MON, ROY))
post(HS, "fr", "Amérique du Nord : Hollande à 35 %", X, share("FE01", HOL, P(35)))
post(HS, "en", "North America: Valls in double digits, 12pct", X, share("FE01", VAL, P(12)))
post(HS, "en", "618 voters in North America, 2 blank or spoilt", C, votants("FE01", N(618)), bn("FE01", N(2)))
post(HS, "fr", "Plus de 5 000 votants au Canada ce samedi", X, votants("FE-CA", N(5000, op="gt")))
post(HS, "fr", "Montréal : Baylet 10 voix 😂", X, votes(pl("Montréal", "consulate"), BAY, N(10)))
post(HS, "fr", "Aubry en tête à l'étranger, premiers chiffres", U, lead("ZZ", AUB))
post(HS, "en", "AUBRY WINS THE PRIMARY", U, lead("FR", AUB))
post(HS, "fr", "Hollande sous les 30 %, c'est mal parti pour lui", U, share("FR", HOL, P(30, "lt")))
post(HS, "fr", "Aubry devance Hollande à Genève aussi", U, ahead(pl("Genève"), AUB, HOL))
post(HS, "fr", "Le Canada a voté, Aubry gagnera demain 🤞", U, act="prediction")
post(HS, "en", "Is it true Aubry is ahead in Montreal? source?", U, act="question")
