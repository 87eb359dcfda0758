"""The dev4 posts, each with the structured checks it was written for and its intended label.

A tuning set in the image of an ordinary election-night timeline: mostly plain, checkable claims
(a share, a lead, a rank, a count, a gap, turnout) by journalists, activists, party accounts and
ordinary users, with the usual noise. build.py (../reference/) recomputes every label from the raw
files and refuses to write cases.jsonl if any computed label differs from the one given here.
`act` marks a post that asserts no result (question, bet, prediction, disbelief, poll, unpublished
population, time of day...): unconfirmed whatever the figures; its parts, when given, are computed
for the note only.
"""

from checks import *  # noqa: F401,F403  (constructors: states, candidates, checks, values)

PREFIX = "d4"
POSTS = []
C, X, U = "confirmed", "contradicted", "unconfirmed"


def post(state, lang, text, label, *parts, act=None):
    POSTS.append({"state": state, "lang": lang, "text": text, "label": label,
                  "parts": list(parts), "act": act})


# ============================================================== 2017 round 1, final
# --- national
post(T1, "fr", "🔴 Résultats officiels du 1er tour (Intérieur) : Macron 24,01 %, Le Pen 21,30 %. Les deux sont qualifiés pour le second tour. #Presidentielle2017", C,
     share("FR", M, P("24.01")), share("FR", LP, P("21.30")), top2(M), top2(LP))
post(T1, "en", "Macron first on 24%, Le Pen second with 21.3%. See you on 7 May #Presidentielle2017", C,
     lead("FR", M), share("FR", M, P(24)), rank("FR", LP, 2), share("FR", LP, P("21.3")))
post(T1, "fr", "MARINE EN TÊTE DU PREMIER TOUR 🇫🇷🇫🇷🇫🇷 #Marine2017", X, lead("FR", LP))
post(T1, "fr", "Fillon qualifié pour le 2nd tour face a Macron. Ouf pour la droite #Fillon2017", X, top2(FI), top2(M))
post(T1, "en", "Melenchon finishes 3rd, ahead of Fillon!! #JLM2017", X, rank("FR", JLM, 3), ahead("FR", JLM, FI))
post(T1, "fr", "Melenchon 4e à 19,6%, à moins d'un demi-point de Fillon... si près 😢 #JLM2017", C,
     rank("FR", JLM, 4), share("FR", JLM, P("19.6")), gap("FR", FI, JLM, P("0.5", "lt"), signed=False))
post(T1, "fr", "Hamon à 8 %, le PS sauve les meubles #PS", X, share("FR", BH, P(8)))
post(T1, "en", "Hamon 6.4%, the Socialists' worst presidential score since 1969", U,
     share("FR", BH, P("6.4")), unpub("historical comparison (since 1969)"))
post(T1, "fr", "NDA 4,7 %, juste sous la barre des 5 % 😬", C, share("FR", NDA, P("4.7")), share("FR", NDA, P(5, "lt")))
post(T1, "en", "Dupont-Aignan above 7%!!! huge night for @dlf_officiel", X, share("FR", NDA, P(7, "gt")))
post(T1, "en", "Lassalle 1.2, Poutou 1.1, Asselineau 0.9 and Cheminade dead last. The minor candidates, for the record https://t.co/Qm3xPl0aZ", C,
     share("FR", JL, P("1.2")), share("FR", PP, P("1.1")), share("FR", FA, P("0.9")), last("FR", JC))
post(T1, "fr", "Lassalle passe devant Dupont-Aignan, le berger fait bien mieux que prévu", X,
     ahead("FR", JL, NDA), unpub("comparison with polls"))
post(T1, "en", "1/3 Turnout 77.8% in round one per the interior ministry #FrenchElection", C, turnout("FR", P("77.8")))
post(T1, "fr", "Participation en hausse à 83 % au premier tour 👏", X, turnout("FR", P(83)), unpub("comparison with 2012"))
post(T1, "fr", "Abstention : 10,6 millions d'inscrits ne se sont pas déplacés. Honteux.", C, abst("FR", N(10.6e6, p=5e4)))
post(T1, "en", "Abstention hits 32 percent, a record. Democracy is sick", X, abst_rate("FR", P(32)), unpub("historical comparison (record)"))
post(T1, "en", "Blank ballots 659,997, spoilt 289,337 (Interior Ministry, final) https://t.co/8ZcLr4Wq1M", C,
     blancs("FR", N(659997)), nuls("FR", N(289337)))
post(T1, "fr", "3 MILLIONS de votes blancs au premier tour, du jamais vu !!", X,
     blancs("FR", N(3e6, p=5e5)), unpub("historical comparison"))
post(T1, "en", "2/3 Macron finished 977,855 votes ahead of Le Pen", C, ahead("FR", M, LP), gapv("FR", M, LP, N(977855)))
post(T1, "fr", "Macron devance Le Pen de 8 points, c'est une victoire ecrasante #EnMarche", X,
     gap("FR", M, LP, P(8)), crush("FR", M, LP))
post(T1, "fr", "Moins de 500 000 voix séparent Le Pen de Fillon. Rageant pour LR", C, gapv("FR", LP, FI, N(5e5, op="lt"), signed=False))
post(T1, "fr", "Le Pen à 21,3 %, c'est plus que son père en 2002 non ?", U, share("FR", LP, P("21.3")), act="question / comparison with 2002")
post(T1, "en", "Kantar's 8pm estimate had Macron 24, Le Pen 22. Waiting for the real count", U, act="estimate at 20h")
post(T1, "fr", "Chez les 18-24 ans Mélenchon serait à 30 %", U, act="population not published (age group)")
post(T1, "en", "Macron won round one with more than a third of the vote #Election2017", X, share("FR", M, F("tiers", "gt")))
post(T1, "fr", "Près d'un quart des voix pour Macron au premier tour", C, share("FR", M, F("quart", "approx")))
post(T1, "en", "Le Pen 7.68m votes, the FN's best ever. Let that sink in.", U, votes("FR", LP, N(7.68e6, p=5000)), unpub("historical comparison"))
post(T1, "fr", "Mélenchon : 7 059 951 voix. Fillion : 7 212 995. 153 044 voix d'écart.", C,
     votes("FR", JLM, N(7059951)), votes("FR", FI, N(7212995)), gapv("FR", FI, JLM, N(153044)))
post(T1, "en", "Fillon beat Mélenchon by barely 15,000 votes 😬", X,
     ahead("FR", FI, JLM), gapv("FR", FI, JLM, N(15000, p=500, op="about")))
post(T1, "fr", "Macron depasse les 9 millions de voix au premier tour 🚀", X, votes("FR", M, N(9e6, op="gt")))
post(T1, "en", "3/3 Le Pen and Fillon separated by 1.3 points. So close for Les Républicains", C, gap("FR", LP, FI, P("1.3"), signed=False))
post(T1, "fr", "Si Hamon s'était retiré, Mélenchon serait au second tour", U, act="counterfactual")
post(T1, "en", "Hamon beat Dupont-Aignan by just 0.3 points", X, ahead("FR", BH, NDA), gap("FR", BH, NDA, P("0.3")))
post(T1, "fr", "@AFP : Macron 24,01, Le Pen 21,30, Fillon 20,01, Mélenchon 19,58 (chiffres Intérieur)", C,
     share("FR", M, P("24.01")), share("FR", LP, P("21.30")), share("FR", FI, P("20.01")), share("FR", JLM, P("19.58")))
post(T1, "fr", "Macron premier, Le Pen deuxième : pour une fois les sondages avaient raison", U,
     lead("FR", M), rank("FR", LP, 2), unpub("comparison with polls"))
post(T1, "en", "blank and spoilt ballots at 6% of voters, a protest vote", X, bn_pv("FR", P(6)))
post(T1, "fr", "Blancs et nuls : 2,6 % des votants (source : ministère de l'Intérieur)", C, bn_pv("FR", P("2.6")))
post(T1, "en", "It's Macron v Le Pen on May 7. Fillon and Mélenchon are out.", C, top2(M), top2(LP), elim(FI), elim(JLM))
post(T1, "en", "Will Mélenchon endorse Macron for the runoff? not a word from him tonight", U, act="question")
post(T1, "fr", "Législatives : le FN aura 100 députés en juin, vous verrez", U, act="prediction")
post(T1, "fr", "Macron gagnera le second tour avec 60 %, facile #pronostic", U, act="prediction")
post(T1, "en", "Le Pen won rural France, Macron the big cities. Two countries.", U, act="areas not published (rural / cities)")
post(T1, "fr", "Les catholiques pratiquants ont voté Fillon à 45 %", U, act="population not published (religion)")
post(T1, "fr", "Participation à 17h : 69,4 % #Presidentielle2017", U, act="time of day (17h)")
post(T1, "fr", "Mélenchon à 19,6 % : avec les voix de Hamon il aurait été au second tour", U,
     share("FR", JLM, P("19.6")), unpub("counterfactual"))
post(T1, "en", "#RadioLondres the tomatoes are ripe in Marseille tonight 🍅", U, act="coded #RadioLondres post")
post(T1, "fr", "Dans mon bureau de vote à Lille-Fives, Mélenchon fait 45 %", U, act="area not published (one bureau)")
# --- régions
post(T1, "fr", "Merci le Grand Est ! Marine Le Pen en tête avec 27,8 % 🇫🇷", C, lead("R44", LP), share("R44", LP, P("27.8")))
post(T1, "en", "Normandy goes to Macron #FrenchElection2017", X, lead("R28", M))
post(T1, "fr", "En Normandie, Le Pen devance Macron de 1,6 point. Sacré coup.", C, ahead("R28", LP, M), gap("R28", LP, M, P("1.6")))
post(T1, "en", "Nouvelle-Aquitaine: Macron 25%, Mélenchon nearly 21", C,
     share("R75", M, P(25)), share("R75", JLM, P(21, "approx")))
post(T1, "fr", "Auvergne-Rhône-Alpes : Fillon 2e derrière Macron", X, rank("R84", FI, 2), lead("R84", M))
post(T1, "fr", "Pays de la Loire : Macron 26 %, Fillon 23,6 % 👉 https://t.co/Ld93kPq0Zr", C, share("R52", M, P(26)), share("R52", FI, P("23.6")))
post(T1, "en", "Hauts-de-France: Le Pen 31%, Mélenchon edges out Macron for second", C,
     lead("R32", LP), share("R32", LP, P(31)), rank("R32", JLM, 2), close("R32", JLM, M))
post(T1, "fr", "Île-de-France : Mélenchon devant Fillon 💪 #JLM2017", X, ahead("R11", JLM, FI))
post(T1, "en", "Le Pen tops Bourgogne-Franche-Comté with a quarter of the vote", C,
     lead("R27", LP), share("R27", LP, F("quart")))
post(T1, "fr", "Occitanie : Le Pen devant, comme aux régionales de 2015", U,
     lead("R76", LP), unpub("comparison with the 2015 regional election"))
# --- départements
post(T1, "fr", "Aisne (02) : Le Pen 38 % 😱", X, share("02", LP, P(38)))
post(T1, "en", "Marine Le Pen over 32% in the Ardennes", C, share("08", LP, P(32, "gt")))
post(T1, "en", "Aude: Mélenchon comes first", X, lead("11", JLM))
post(T1, "en", "Calvados: Le Pen second behind Macron, Fillon third", X, rank("14", LP, 2), rank("14", FI, 3))
post(T1, "fr", "Dordogne : Mélenchon devance Macron d'un cheveu 🔴", C, lead("24", JLM), close("24", JLM, M))
post(T1, "fr", "Finistere : Macron près de 30 %, Hamon au-dessus de 10 %", C,
     share("29", M, P(30, "approx")), share("29", BH, P(10, "gt")))
post(T1, "en", "Gard: Mélenchon 29%, Le Pen 21. The south is red tonight 🔴", X, share("30", JLM, P(29)), share("30", LP, P(21)))
post(T1, "fr", "Hte-Garonne : Macron 26 %, Mélenchon 24 %", C, share("31", M, P(26)), share("31", JLM, P(24)))
post(T1, "en", "Isère: Macron ahead of Le Pen by about 2.4 points", C,
     ahead("38", M, LP), gap("38", M, LP, P("2.4", "about")))
post(T1, "en", "Loiret is a coin toss: Le Pen and Macron both on 23.5%", C,
     share("45", LP, P("23.5")), share("45", M, P("23.5")))
post(T1, "fr", "Lot : Melenchon 1er devant Macron !!", X, lead("46", JLM))
post(T1, "en", "Le Pen beat Macron in the Hérault by over 10 points", X, ahead("34", LP, M), gap("34", LP, M, P(10, "gt")))
post(T1, "fr", "Lozère : Fillon en tête (22,8 %), sûrement 35 % chez les agriculteurs", U,
     lead("48", FI), share("48", FI, P("22.8")), unpub("population not published (farmers)"))
post(T1, "en", "Marne: Fillon tops the vote", X, lead("51", FI))
post(T1, "fr", "Haute-Marne : Le Pen à 33 %, 14 points devant Fillon. Terre de conquête pour le FN.", C,
     share("52", LP, P(33)), gap("52", LP, FI, P(14)))
post(T1, "fr", "Meuse : Macron devant Le Pen", X, ahead("55", M, LP))
post(T1, "fr", "NORD : Le Pen 28 %, Mélenchon 2e avec 21 %", C,
     share("59", LP, P(28)), rank("59", JLM, 2), share("59", JLM, P(21)))
post(T1, "fr", "Nord : le candidat d'En Marche termine deuxième", X, rank("59", M, 2))
post(T1, "en", "Oise: Le Pen near 31%, must be 40 in the villages", U,
     share("60", LP, P(31, "approx")), unpub("area not published (villages)"))
post(T1, "fr", "Orne : Fillon devant Le Pen. Dans les villages par contre c'est Marine devant, je vous le garantis", U,
     ahead("61", FI, LP), unpub("area not published (villages)"))
post(T1, "fr", "Pas-de-Calais : 34 % pour Marine Le Pen 💪 #Marine2017", C, share("62", LP, P(34)))
post(T1, "en", "Puy-de-Dôme: Mélenchon wins it", X, lead("63", JLM))
post(T1, "fr", "Pyrénées-Orientales (66) : Le Pen à 30 %", C, share("66", LP, P(30)))
post(T1, "en", "Haut-Rhin: Le Pen 27%, Fillon 22%", C, share("68", LP, P(27)), share("68", FI, P(22)))
post(T1, "fr", "RT @LyonActu: Rhône : Fillon devance Macron", X, ahead("69", FI, M))
post(T1, "en", "Seine-Maritime: Mélenchon first", X, lead("76", JLM))
post(T1, "fr", "Somme : Le Pen au-dessus de 30 %, et chez les ouvriers bien plus", U,
     share("80", LP, P(30, "gt")), unpub("population not published (workers)"))
post(T1, "fr", "Tarn : Le Pen et Macron au coude-à-coude 😬", C, close("81", LP, M))
post(T1, "en", "Vosges: Le Pen under 25%", X, share("88", LP, P(25, "lt")))
post(T1, "fr", "Essonne : NDA à 12 %, il est chez lui à Yerres", X, share("91", NDA, P(12)))
post(T1, "fr", "Yerres (91) : Dupont-Aignan arrive en tête avec 28,6 %", C,
     lead(pl("Yerres"), NDA), share(pl("Yerres"), NDA, P("28.6")))
post(T1, "en", "Hauts-de-Seine went Fillon, 32 to 29 over Macron", X,
     lead("92", FI), share("92", FI, P(32)), share("92", M, P(29)))
post(T1, "fr", "Seine-St-Denis : Mélenchon 34 %, 10 points devant Macron", C,
     share("93", JLM, P(34)), gap("93", JLM, M, P(10)))
post(T1, "en", "Val-de-Marne goes to Mélenchon 🔴🔴", X, lead("94", JLM))
post(T1, "en", "Guyane: Mélenchon and Le Pen neck and neck, 24.7 vs 24.3", C,
     close("973", JLM, LP), share("973", JLM, P("24.7")), share("973", LP, P("24.3")))
post(T1, "fr", "À Mayotte c'est Macron qui arrive premier", X, lead("976", M))
post(T1, "en", "Melenchon wins Guadeloupe, 30 percent 🇬🇵", X, lead("971", JLM), share("971", JLM, P(30)))
# --- communes and arrondissements
post(T1, "fr", "LILLE : Mélenchon 1er avec près de 30 % ✊ #JLM2017", C, lead("59350", JLM), share("59350", JLM, P(30, "approx")))
post(T1, "en", "Strasbourg: Macron 27.8, Mélenchon 24.4 (all bureaux in)", C, share("67482", M, P("27.8")), share("67482", JLM, P("24.4")))
post(T1, "fr", "Rennes : Hamon à 20 % !! le PS résiste en Bretagne", X, share("35238", BH, P(20)))
post(T1, "fr", "Reims : Le Pen 24 %, Macron 22 %. La Marne bascule.", X,
     share("51454", LP, P(24)), share("51454", M, P(22)), lead("51", LP))
post(T1, "en", "Le Havre goes Mélenchon, nearly 30%", C, lead("76351", JLM), share("76351", JLM, P(30, "approx")))
post(T1, "fr", "Limoges passe chez les insoumis : Mélenchon devant Macron 👀", X, ahead("87085", JLM, M))
post(T1, "fr", "Amiens : Macron 28 %, Le Pen 25 %", X, share("80021", M, P(28)), share("80021", LP, P(25)))
post(T1, "en", "Perpignan: Mélenchon tops the poll", X, lead("66136", JLM))
post(T1, "fr", "Rouen : Macron 27,5, Mélenchon 25,9. Fillon loin derrière.", C,
     share("76540", M, P("27.5")), share("76540", JLM, P("25.9")), ahead("76540", M, FI), ahead("76540", JLM, FI))
post(T1, "en", "Caen: Hamon fifth, just behind Le Pen", C, rank("14118", BH, 5), ahead("14118", LP, BH))
post(T1, "fr", "Besançon : Macron devance Mélenchon de moins d'un point", C,
     ahead("25056", M, JLM), gap("25056", M, JLM, P(1, "lt")))
post(T1, "en", "Lens: Le Pen under 30%", X, share("62498", LP, P(30, "lt")))
post(T1, "fr", "Nanterre : Macron en tête avec 33 %", X, lead("92050", M), share("92050", M, P(33)))
post(T1, "en", "Villeurbanne: Mélenchon 27.7%, Macron 26.5%", X,
     share("69266", JLM, P("27.7")), share("69266", M, P("26.5")))
post(T1, "fr", "Neuilly-sur-Seine : Fillon 65 %, sans surprise", C, share("92051", FI, P(65)))
post(T1, "fr", "Vénissieux : Mélenchon 1er avec 35,7 % #FranceInsoumise", C, lead("69259", JLM), share("69259", JLM, P("35.7")))
post(T1, "fr", "Brest : Le Pen 2e", X, rank("29019", LP, 2))
post(T1, "en", "Tourcoing: Le Pen tops the vote", X, lead("59599", LP))
post(T1, "fr", "Montreuil, fief insoumis : Mélenchon au-dessus de 40 %", U, share(pl("Montreuil"), JLM, P(40, "gt")))
post(T1, "fr", "Paris 11e : Macron 38,8 %, Mélenchon 23,8 % https://t.co/Xk2PmQ0Lra", C,
     share("75111", M, P("38.8")), share("75111", JLM, P("23.8")))
post(T1, "en", "Paris 15th: Fillon comes first", X, lead("75115", FI))
post(T1, "fr", "Lyon 6e : Fillon 40 %, Macron 31 %", C, share("69386", FI, P(40)), share("69386", M, P(31)))
post(T1, "en", "Marseille 14th: Mélenchon ahead of Le Pen by almost 9 points", C,
     ahead("13214", JLM, LP), gap("13214", JLM, LP, P(9, "approx")))
post(T1, "fr", "Gennevilliers : Mélenchon frôle les 47 %", C, share("92036", JLM, P(47, "approx")))
post(T1, "fr", "Saint-Pierre : Fillon en tête", U, lead(pl("Saint-Pierre"), FI))
# --- abroad and overseas
post(T1, "fr", "Expatriés : 40,4 % pour Macron, 26,3 % pour Fillon", C,
     share("ZZ", M, P("40.4")), share("ZZ", FI, P("26.3")))
post(T1, "en", "London: an outright majority of French voters for Macron, 51.4%", C,
     share(pl("Londres"), M, P(50, "gt")), share(pl("Londres"), M, P("51.4")))
post(T1, "fr", "New York : Fillon devant Macron chez les expats 🗽", X, ahead(pl("New York"), FI, M))
post(T1, "fr", "Dubaï : Fillon devance Macron de près de 5 points", C,
     ahead(pl("Dubaï"), FI, M), gap(pl("Dubaï"), FI, M, P(5, "approx")))
post(T1, "en", "Dakar consulate: Mélenchon first", X, lead(pl("Dakar"), JLM))
post(T1, "fr", "Tunis : les Français ont mis Mélenchon devant Macron ✊", X, ahead(pl("Tunis"), JLM, M))
post(T1, "fr", "4 VOIX. C'est l'écart entre Macron et Fillon dans la 8e circonscription des Français établis hors de France 😳", C,
     gapv("FE08", M, FI, N(4), signed=False))
post(T1, "en", "Moscow: Le Pen tops the French vote", X, lead(pl("Moscou"), LP))
post(T1, "fr", "Hong Kong : Fillon à 39 %, les banquiers ont voté", U,
     share(pl("Hong Kong"), FI, P(39)), unpub("population not published (bankers)"))
post(T1, "fr", "Dans l'ensemble de l'outre-mer c'est Le Pen qui arrive 1re (21,9 %)", C,
     lead("OM", LP), share("OM", LP, P("21.9")))

# ============================================================== 2017 round 2, final
post(T2, "fr", "C'est officiel : Emmanuel Macron devient président de la République, 66,1 % des suffrages exprimés 🇫🇷🇪🇺", C,
     lead("FR", M), share("FR", M, P("66.1")))
post(T2, "en", "Macron wins 66-34 👏 #Macron #FrenchElection", C,
     lead("FR", M), share("FR", M, P(66)), share("FR", LP, P(34)))
post(T2, "fr", "Le Pen à 40 %, le FN n'a jamais été aussi haut", X, share("FR", LP, P(40)), unpub("historical comparison"))
post(T2, "en", "LE PEN WINS. France has spoken 🇫🇷", X, lead("FR", LP))
post(T2, "fr", "Macron 20 743 128 voix, Le Pen 10,64 millions. Chiffres définitifs du ministère.", C,
     votes("FR", M, N(20743128)), votes("FR", LP, N(10.64e6, p=5000)))
post(T2, "en", "Le Pen tops 12 million votes, the highest ever for her party", X,
     votes("FR", LP, N(12e6, op="gt")), unpub("historical comparison"))
post(T2, "fr", "Participation 74,6 %, la plus faible pour un second tour depuis 1969", U,
     turnout("FR", P("74.6")), unpub("historical comparison (since 1969)"))
post(T2, "en", "Turnout in the runoff: 74.56%", C, turnout("FR", P("74.56")))
post(T2, "fr", "Abstention record : 32% au second tour 😡", X, abst_rate("FR", P(32)), unpub("historical comparison (record)"))
post(T2, "en", "12.1 million registered voters stayed home on Sunday", C, abst("FR", N(12.1e6, p=5e4)))
post(T2, "fr", "Plus de 4 millions de blancs et nuls, soit 11,5 % des votants", C,
     bn("FR", N(4e6, op="gt")), bn_pv("FR", P("11.5")))
post(T2, "en", "Blank votes: 8.5 million!! The real winner tonight", X, blancs("FR", N(8.5e6, p=5e4)))
post(T2, "fr", "8,5 % des votants ont glissé un bulletin blanc dans l'urne 😶", C, blancs_pv("FR", P("8.5")))
post(T2, "en", "Only 22.4% of registered voters backed Le Pen", C, share_ins("FR", LP, P("22.4")))
post(T2, "fr", "Moins d'un inscrit sur trois a voté Macron", X, share_ins("FR", M, F("un sur trois", "lt")))
post(T2, "fr", "Macron devance Le Pen de plus de 10 millions de voix. Nette victoire.", C, gapv("FR", M, LP, N(1e7, op="gt")))
post(T2, "en", "A 32-point margin for Macron", C, gap("FR", M, LP, P(32)))
post(T2, "fr", "Macron ne gagne que de 20 points, rien d'un raz-de-marée", X, gap("FR", M, LP, P(20)))
post(T2, "fr", "Le Pen remporte l'Aisne et le Pas-de-Calais #2ndTour", C, lead("02", LP), lead("62", LP))
post(T2, "en", "Le Pen carried the Somme and the Oise", X, lead("80", LP), lead("60", LP))
post(T2, "fr", "Hauts de France : Macron l'emporte avec 52,9 %", C, lead("R32", M), share("R32", M, P("52.9")))
post(T2, "en", "PACA: Macron 55.5%, Le Pen 44.5%", C, share("R93", M, P("55.5")), share("R93", LP, P("44.5")))
post(T2, "fr", "Grand-Est : Le Pen l'emporte 🇫🇷", X, lead("R44", LP))
post(T2, "fr", "Corse : Macron l'emporte avec moins de 4 000 voix d'avance", C,
     lead("R94", M), gapv("R94", M, LP, N(4000, op="lt")))
post(T2, "en", "Macron above 75% in Brittany", C, share("R53", M, P(75, "gt")))
post(T2, "fr", "Occitanie : Le Pen à 45 %", X, share("R76", LP, P(45)))
post(T2, "en", "Île-de-France: Macron 87%", X, share("R11", M, P(87)))
post(T2, "fr", "Ardennes : Macron l'emporte à 50,7 %", C, lead("08", M), share("08", M, P("50.7")))
post(T2, "en", "Meuse went to Le Pen", X, lead("55", LP))
post(T2, "fr", "Var : moins de 9 000 voix d'écart entre Macron et Le Pen", C,
     gapv("83", M, LP, N(9000, op="lt"), signed=False))
post(T2, "fr", "Pyrénées-Orientales : Le Pen gagne !!!", X, lead("66", LP))
post(T2, "en", "Paris: Macron 89.7%, Le Pen 10.3%", C, share(pl("Paris"), M, P("89.7")), share(pl("Paris"), LP, P("10.3")))
post(T2, "en", "Marseille: Le Pen above 40%", X, share("13055", LP, P(40, "gt")))
post(T2, "fr", "Fréjus : Le Pen gagne avec 50,7 %", C, lead("83061", LP), share("83061", LP, P("50.7")))
post(T2, "fr", "Agde : Le Pen 58 %", X, share("34003", LP, P(58)))
post(T2, "en", "Nouméa: Le Pen wins, 50.9%", C, lead("98818", LP), share("98818", LP, P("50.9")))
post(T2, "fr", "Le Tampon : Le Pen devant ? Quelqu'un a les chiffres ?", U, lead("97422", LP), act="question")
post(T2, "fr", "Istres : Macron l'emporte, ouf", X, lead("13047", M))
post(T2, "en", "Draguignan went to Le Pen by 174 votes", C, lead("83050", LP), gapv("83050", LP, M, N(174)))
post(T2, "fr", "Rennes : 88 % pour Macron, 11,6 % pour Le Pen. Bretagne terre de résistance 💪", C, share("35238", M, P(88)), share("35238", LP, P("11.6")))
post(T2, "en", "Strasbourg gave Le Pen 25%", X, share("67482", LP, P(25)))
post(T2, "fr", "Français de l'étranger : Macron 89,3 %", C, share("ZZ", M, P("89.3")))
post(T2, "en", "Monaco: Le Pen over 40% among French residents", C, share(pl("Monaco"), LP, P(40, "gt")))
post(T2, "fr", "Beyrouth : Le Pen sous les 20 %", X, share(pl("Beyrouth"), LP, P(20, "lt")))
post(T2, "en", "Bangkok: Le Pen above 30% among French voters", C, share(pl("Bangkok"), LP, P(30, "gt")))
post(T2, "fr", "Berlin : 86,6 % pour Macron", X, share(pl("Berlin"), M, P("86.6")))
post(T2, "fr", "Les ouvriers ont voté Le Pen à 56 % selon Ipsos", U, act="poll / population not published (occupation)")
post(T2, "en", "Macron will be the youngest president in French history", U, act="not an election figure")
post(T2, "fr", "Le Pen fera mieux aux législatives, croyez-moi", U, act="prediction")
post(T2, "en", "Did Le Pen really win the Aisne?", U, act="question")
post(T2, "fr", "Record de votes blancs et nuls sous la Ve République", U, act="historical comparison")
post(T2, "fr", "Montreuil : Macron à 87 %", U, share(pl("Montreuil"), M, P(87)))
post(T2, "fr", "Macron élu avec 66 %, mais dans les quartiers nord de Marseille c'est bien plus", U,
     share("FR", M, P(66)), unpub("area not published (quartiers nord)"))
post(T2, "en", "Abstention was highest among young voters tonight", U, act="population not published (age group)")
post(T2, "fr", "Estimation Ipsos de 20h : Macron 65,9 %", U, act="estimate at 20h")
post(T2, "fr", "Le Pen double le score de son père en 2002", U, act="comparison with 2002")

# ============================================================== 2017 round 1, partial (21:30: départements before 50, Corse, abroad)
post(T1P, "fr", "Aisne, tous les bureaux dépouillés : Le Pen 35,7 %", C, share("02", LP, P("35.7")))
post(T1P, "en", "Aude fully counted: Le Pen 28%, Mélenchon 21.5%", C, share("11", LP, P(28)), share("11", JLM, P("21.5")))
post(T1P, "fr", "Aveyron : Fillon en tête, bravo les Aveyronnais", X, lead("12", FI))
post(T1P, "fr", "Calvados : Fillon devance Le Pen de 570 voix pour la 2e place", C,
     rank("14", FI, 2), gapv("14", FI, LP, N(570)))
post(T1P, "en", "Cantal goes to Le Pen 🔵", X, lead("15", LP))
post(T1P, "fr", "Cher : Le Pen 24 %, Macron 22 %", C, share("18", LP, P(24)), share("18", M, P(22)))
post(T1P, "fr", "Côte-d'Or : Le Pen devance Macron", X, ahead("21", LP, M))
post(T1P, "en", "Dordogne: Mélenchon 23%, Macron 22.5%", C, share("24", JLM, P(23)), share("24", M, P("22.5")))
post(T1P, "fr", "Eure : Le Pen à plus de 29 %", C, share("27", LP, P(29, "gt")))
post(T1P, "fr", "Finistère : Le Pen au-dessus de 20 %", X, share("29", LP, P(20, "gt")))
post(T1P, "en", "Gard: Le Pen leads Mélenchon by almost 8 points", C,
     ahead("30", LP, JLM), gap("30", LP, JLM, P(8, "approx")))
post(T1P, "fr", "Haute-Garonne : Mélenchon devant Macron", X, ahead("31", JLM, M))
post(T1P, "fr", "Ille-et-Vilaine : Macron passe la barre des 30 %", C, share("35", M, P(30, "gt")))
post(T1P, "en", "Isère: Le Pen wins the département", X, lead("38", LP))
post(T1P, "fr", "Jura : Le Pen 1re avec 24 %", C, lead("39", LP), share("39", LP, P(24)))
post(T1P, "fr", "Loiret : Le Pen devance Macron de 156 voix !! Chaque voix compte", C, lead("45", LP), gapv("45", LP, M, N(156)))
post(T1P, "en", "Lozère: Macron on top", X, lead("48", M))
post(T1P, "fr", "Drôme : Le Pen en tête avec 23,9 %", C, lead("26", LP), share("26", LP, P("23.9")))
post(T1P, "en", "French abroad, all counted: Macron 40%, Fillon 26%", C, share("ZZ", M, P(40)), share("ZZ", FI, P(26)))
post(T1P, "fr", "Déjà plus de 3 millions de voix pour Marine Le Pen 🔥 #AuNomDuPeuple", C, votes("FR", LP, N(3e6, op="gt")))
post(T1P, "en", "JLM is below 3 million votes overall. Game over for La France insoumise", X, votes("FR", JLM, N(3e6, op="lt")))
post(T1P, "fr", "Cheminade à 0,01 % au national", X, share("FR", JC, P("0.01")))
post(T1P, "en", "Hamon at 1% nationally, PS wiped out", X, share("FR", BH, P(1)))
post(T1P, "fr", "Plus d'un million de voix déjà pour Hamon", C, votes("FR", BH, N(1e6, op="gt")))
post(T1P, "fr", "Participation nationale : 25 % seulement", X, turnout("FR", P(25)))
post(T1P, "fr", "Macron en tête au niveau national, 23,9 % à cette heure", U, act="partial-count qualifier (à cette heure)")
post(T1P, "en", "Le Pen leads in the Nord", U, lead("59", LP))
post(T1P, "fr", "Grand Est : Le Pen en tête", U, lead("R44", LP))
post(T1P, "en", "Macron takes the capital, 35 per cent of the vote in Paris", U, share(pl("Paris"), M, P(35)))
post(T1P, "fr", "Normandie : Le Pen 24 %", U, share("R28", LP, P(24)))
post(T1P, "en", "Hauts-de-France: Le Pen over 30%", U, share("R32", LP, P(30, "gt")))
post(T1P, "fr", "Strasbourg : Macron 1er", U, lead("67482", M))
post(T1P, "fr", "Avec 40 % des bureaux, Macron 24,3 %", U, act="partial-count qualifier (40 % of bureaux)")
post(T1P, "en", "TF1 projection: Macron 24.2, Le Pen 21.9", U, act="TV projection")
post(T1P, "fr", "Mélenchon peut encore passer devant Fillon ?", U, act="question / could still")
post(T1P, "fr", "Marine dépasse les 7 millions de voix", U, votes("FR", LP, N(7e6, op="gt")))
post(T1P, "en", "Guadeloupe: Macron leads", U, lead("971", M))
post(T1P, "fr", "Bretagne : Macron arrive premier", U, lead("R53", M))
post(T1P, "fr", "Nouvelle-Aquitaine : Macron devant Mélenchon", U, ahead("R75", M, JLM))

# ============================================================== 2017 round 2, partial (21:30)
post(T2P, "fr", "Aisne : 133 939 voix pour Le Pen contre 119 202 pour Macron", C,
     votes("02", LP, N(133939)), votes("02", M, N(119202)))
post(T2P, "en", "Calvados: Macron 67%", C, share("14", M, P(67)))
post(T2P, "en", "Aude: Le Pen takes it", X, lead("11", LP))
post(T2P, "fr", "Gard : Macron 54,75 %", C, share("30", M, P("54.75")))
post(T2P, "en", "Hérault: Le Pen 45%", X, share("34", LP, P(45)))
post(T2P, "fr", "Haute-Garonne : Macron 72,4 %", C, share("31", M, P("72.4")))
post(T2P, "en", "Toulouse 83% Macron 🟡", C, share("31555", M, P(83)))
post(T2P, "fr", "Nîmes : Le Pen au-dessus de 40 %", X, share("30189", LP, P(40, "gt")))
post(T2P, "fr", "Cher : Macron 68 %", X, share("18", M, P(68)))
post(T2P, "en", "Dordogne: Macron 64%, Le Pen 36%", C, share("24", M, P(64)), share("24", LP, P(36)))
post(T2P, "fr", "Eure : Le Pen devant Macron", X, ahead("27", LP, M))
post(T2P, "fr", "Même avec le Morbihan pas encore dépouillé, la Bretagne est acquise à Macron", C, lead("R53", M))
post(T2P, "en", "Occitanie: Macron is already sure of more than 40%", C, share("R76", M, P(40, "gt")))
post(T2P, "fr", "Occitanie : à peine 15 % pour Le Pen", X, share("R76", LP, P(15)))
post(T2P, "fr", "Le Pen a déjà dépassé les 4,5 millions de voix selon @Place_Beauvau", C, votes("FR", LP, N(4.5e6, op="gt")))
post(T2P, "en", "Le Pen stuck at 8% nationwide, what a collapse", X, share("FR", LP, P(8)))
post(T2P, "fr", "Chez les Français de l'étranger, MLP obtient 10,7 %", C, share("ZZ", LP, P("10.7")))
post(T2P, "en", "Expats: 1 in 5 voted Le Pen", X, share("ZZ", LP, F("un sur cinq")))
post(T2P, "fr", "Isère : Macron 65,8 %", C, share("38", M, P("65.8")))
post(T2P, "fr", "Loiret : Le Pen 45 %", X, share("45", LP, P(45)))
post(T2P, "fr", "Jura : Le Pen au-dessus de 40 %", X, share("39", LP, P(40, "gt")))
post(T2P, "en", "Lot: Le Pen 35%", X, share("46", LP, P(35)))
post(T2P, "en", "Over 1.3 million blank ballots counted already", C, blancs("FR", N(1.3e6, op="gt")))
post(T2P, "fr", "Macron 65 % au national pour l'instant", U, act="partial-count qualifier (pour l'instant)")
post(T2P, "en", "Pas-de-Calais is Le Pen country tonight, she takes it", U, lead("62", LP))
post(T2P, "fr", "Hauts-de-France : Macron gagne", U, lead("R32", M))
post(T2P, "fr", "PACA : Le Pen sous les 45 %", U, share("R93", LP, P(45, "lt")))
post(T2P, "en", "Capital city: Macron flirting with 90% in Paris", U, share(pl("Paris"), M, P(90, "approx")))
post(T2P, "fr", "Nord : Macron 57 %", U, share("59", M, P(57)))
post(T2P, "fr", "Nouvelle-Aquitaine : Macron au-dessus de 60 %", U, share("R75", M, P(60, "gt")))
post(T2P, "en", "Macron elected president!!! #Macron2017", U, lead("FR", M))
post(T2P, "fr", "Participation à 75 % selon le ministère", U, turnout("FR", P(75)))
post(T2P, "en", "Exit poll: Macron 66, Le Pen 34", U, act="exit poll")
post(T2P, "fr", "Résultats de la Guadeloupe attendus vers 23h", U, act="meta-statement (timing)")
post(T2P, "fr", "Le Pen peut-elle encore gagner la Corse ?", U, act="question / could still")
post(T2P, "fr", "Pays de la Loire : Macron gagne", U, lead("R52", M))

# ============================================================== 2011 primary, round 1, final
post(H, "fr", "#PrimaireCitoyenne Hollande 39,2 %, Aubry 30,4 %, second tour entre eux deux", C,
     share("FR", HOL, P("39.2")), share("FR", AUB, P("30.4")), top2(HOL), top2(AUB))
post(H, "en", "Hollande leads the Socialist primary with 1,038,188 votes", C, lead("FR", HOL), votes("FR", HOL, N(1038188)))
post(H, "fr", "Aubry en tête de la primaire ! La maire de Lille devance Hollande !!", X, lead("FR", AUB), ahead("FR", AUB, HOL))
post(H, "en", "Montebourg third with 17%, the surprise of the night", C, rank("FR", MON, 3), share("FR", MON, P(17)))
post(H, "fr", "Montebourg 2e devant Aubry", X, rank("FR", MON, 2), ahead("FR", MON, AUB))
post(H, "fr", "Ségolène Royal sous les 7 %, Valls 5,6. Dur.", C, share("FR", ROY, P(7, "lt")), share("FR", VAL, P("5.6")))
post(H, "en", "Valls beats Royal for fourth place", X, rank("FR", VAL, 4), ahead("FR", VAL, ROY))
post(H, "fr", "Baylet dernier avec 0,6 %", C, last("FR", BAY), share("FR", BAY, P("0.6")))
post(H, "en", "Turnout: 3.5 million voted in the primary", X, votants("FR", N(3.5e6, p=5e4)))
post(H, "fr", "Près de 2,7 millions de votants à la primaire", C, votants("FR", N(2.7e6, p=5e4, op="approx")))
post(H, "fr", "Hollande creuse l'écart : 12 points d'avance sur Aubry", X, gap("FR", HOL, AUB, P(12)))
post(H, "en", "Hollande ahead of Aubry by about 232,000 votes", C, gapv("FR", HOL, AUB, N(232000, p=500, op="about")))
post(H, "fr", "À l'étranger Aubry devance Hollande de 9 points", C, ahead("ZZ", AUB, HOL), gap("ZZ", AUB, HOL, P(9)))
post(H, "en", "Montréal (Canada): Hollande first among Socialist voters", X, lead(pl("Montréal", "consulate"), HOL))
post(H, "fr", "Primaire, Amérique du Nord : Titine 42,2 %, FH 29,9 %", C,
     share("FE01", AUB, P("42.2")), share("FE01", HOL, P("29.9")))
post(H, "fr", "Blancs et nuls : 50 000 au premier tour de la primaire", X, bn("FR", N(50000, p=5000)))
post(H, "en", "Final #PrimaireCitoyenne: Hollande 39%, Aubry 30%, Montebourg 17%, Royal 7%, Valls 6%, Baylet 1%", C,
     share("FR", HOL, P(39)), share("FR", AUB, P(30)), share("FR", MON, P(17)), share("FR", ROY, P(7)),
     share("FR", VAL, P(6)), share("FR", BAY, P(1)))
post(H, "fr", "Paris : Aubry en tête dans la capitale", U, lead(pl("Paris"), AUB))
post(H, "en", "Lille: Aubry above 50% at home", U, share(pl("Lille"), AUB, P(50, "gt")))
post(H, "fr", "Valls fait 5,6 % mais plus de 15 % à Évry", U, share("FR", VAL, P("5.6")), unpub("area not published in 2011 (Évry)"))
post(H, "fr", "C'est plié, FH sera notre candidat en 2012 #primaire", U, act="prediction")
post(H, "en", "Primary turnout beat all expectations", U, act="comparison with expectations")
post(H, "fr", "Montebourg faiseur de roi ? Il appellera à voter pour qui ?", U, act="question")
post(H, "fr", "Royal à 7 %, loin de son triomphe de 2006", U, share("FR", ROY, P(7)), unpub("comparison with 2006"))

# ============================================================== 2011 primary, Saturday 8 Oct (only the Americas counted)
post(HS, "en", "Primary, Saturday night: Montreal (Canada) counted, Aubry 154 votes, Hollande 88", C,
     votes(pl("Montréal", "consulate"), AUB, N(154)), votes(pl("Montréal", "consulate"), HOL, N(88)))
post(HS, "fr", "Les Français d'Amérique du Nord ont voté : Aubry devant Hollande", C, ahead("FE01", AUB, HOL))
post(HS, "fr", "Canada : Hollande l'emporte à la primaire", X, lead("FE-CA", HOL))
post(HS, "en", "North America: Montebourg second behind Aubry", X, rank("FE01", MON, 2))
post(HS, "fr", "Amérique du Nord : 618 votants, Aubry 260 voix", C, votants("FE01", N(618)), votes("FE01", AUB, N(260)))
post(HS, "en", "Montreal (Canada): Royal under 10%", X, share(pl("Montréal", "consulate"), ROY, P(10, "lt")))
post(HS, "fr", "Montréal (Canada) : Valls 20 voix, Baylet une seule", C,
     votes(pl("Montréal", "consulate"), VAL, N(20)), votes(pl("Montréal", "consulate"), BAY, N(1)))
post(HS, "fr", "Amérique du Nord : Valls au-dessus de 10 %", X, share("FE01", VAL, P(10, "gt")))
post(HS, "en", "Canada: Aubry at 60%", X, share("FE-CA", AUB, P(60)))
post(HS, "en", "North America done: Aubry 260, Hollande 184, Montebourg 72", C,
     votes("FE01", AUB, N(260)), votes("FE01", HOL, N(184)), votes("FE01", MON, N(72)))
post(HS, "fr", "Aubry gagne la primaire !! les premiers chiffres sont tombés", U, lead("FR", AUB))
post(HS, "en", "Hollande wins the French abroad", U, lead("ZZ", HOL))
post(HS, "fr", "Montebourg à 20 % au national ?", U, act="question")
post(HS, "en", "New York: Aubry first", U, lead(pl("New York"), AUB))
post(HS, "fr", "Demain on saura, mais Aubry va gagner", U, act="prediction")
post(HS, "fr", "Washington : Hollande devant", U, ahead(pl("Washington"), HOL, AUB))
