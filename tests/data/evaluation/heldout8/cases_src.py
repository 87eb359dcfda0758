"""The heldout8 posts, each with the structured checks it was written for and its intended label.

A held-out set written by an outside evaluator in the image of an election-night timeline: plain
checkable claims by journalists, local newspapers, party accounts, activists and ordinary users,
plus live-blog updates with times, tables pasted as text, threads, quote-posts, clearly marked
sarcasm and corrections (erratum). build.py (../reference/) recomputes every label from the raw
files and refuses to write cases.jsonl if any computed label differs from the one given here.
`act` marks a post that asserts no result (question, bet, prediction, estimate, partial-count
qualifier, unpublished population...): unconfirmed whatever the figures; its parts, when given,
are computed for the note only.
"""

from checks import *  # noqa: F401,F403  (constructors: states, candidates, checks, values)

PREFIX = "h8"
POSTS = []
C, X, U = "confirmed", "contradicted", "unconfirmed"


def post(state, lang, text, label, *parts, act=None):
    POSTS.append({"state": state, "lang": lang, "text": text, "label": label,
                  "parts": list(parts), "act": act})


# ============================================================== 2017 round 1, final
# --- national
post(T1, "fr", "[LIVE 23:48] Chiffres définitifs de l'Intérieur, tous les bureaux sont remontés : Macron 24,0 %, Le Pen 21,3 %, Fillon 20,0 %, Mélenchon 19,6 %. #Presidentielle2017 #direct", C,
     share("FR", M, P("24.0")), share("FR", LP, P("21.3")), share("FR", FI, P("20.0")), share("FR", JLM, P("19.6")))
post(T1, "en", "Official tally, whole country, 1st round:\nMacron ........ 24.01\nFillon ........ 21.30\nLe Pen ........ 20.01\nMélenchon ..... 19.58\nDupont-Aignan . 4.70", X,
     share("FR", M, P("24.01")), share("FR", FI, P("21.30")), share("FR", LP, P("20.01")), share("FR", JLM, P("19.58")),
     share("FR", NDA, P("4.70")))
post(T1, "fr", "Hamon sous les 7 %, grand soir pour la gauche de gouvernement 🙃 /s", C, share("FR", BH, P(7, "lt")))
post(T1, "fr", "Quel triomphe pour Hamon : 8,5 % 👏👏👏 /s #PS", X, share("FR", BH, P("8.5")))
post(T1, "fr", "Fillon a devancé Mélenchon de plus de 500 000 voix, la droite respire", X,
     ahead("FR", FI, JLM), gapv("FR", FI, JLM, N(5e5, op="gt")))
post(T1, "en", "Gap between Fillon and Mélenchon in the end: around 153,000 votes. Ouch #JLM2017", C,
     gapv("FR", FI, JLM, N(153000, p=500, op="about")))
post(T1, "fr", "20h00 : estimation Elabe, Macron 23,7, Le Pen 21,7. On attend les vrais chiffres dans la nuit", U,
     act="estimate at 20h")
post(T1, "en", "Abstention below 20% in round one, great sign for democracy 🇫🇷", X, abst_rate("FR", P(20, "lt")))
post(T1, "fr", "Plus de 11 millions d'abstentionnistes dimanche. On en parle ?", X, abst("FR", N(11e6, op="gt")))
post(T1, "en", "Fewer than 700,000 blank ballots in round 1, that's 1.8% of those who voted", C,
     blancs("FR", N(7e5, op="lt")), blancs_pv("FR", P("1.8")))
post(T1, "fr", "Près d'un million de bulletins nuls au premier tour. Les gens ne savent plus voter", X,
     nuls("FR", N(1e6, p=5e4, op="approx")))
post(T1, "fr", "Fillon relégué à la 4e place derrière Mélenchon, la droite est KO", X, rank("FR", FI, 4), ahead("FR", JLM, FI))
post(T1, "fr", "Macron et Le Pen cumulent plus de 50 % des voix à eux deux", X, share("FR", (M, LP), P(50, "gt")))
post(T1, "fr", "#UPR Asselineau 9e : devant Arthaud et Cheminade, derrière Poutou et Lassalle. On continue 💪", C,
     rank("FR", FA, 9), ahead("FR", FA, NA), ahead("FR", FA, JC), ahead("FR", PP, FA), ahead("FR", JL, FA))
post(T1, "fr", "Quelqu'un sait si Cheminade a fait plus de 100 000 voix ?", U, act="question")
post(T1, "fr", "Mélenchon à 7 millions et demi de voix, si près de Fillon 😢", X, votes("FR", JLM, N(7.5e6, p=5e4)))
post(T1, "en", "Macron 24%, best score for a centrist since Bayrou in 2007", U,
     share("FR", M, P(24)), unpub("comparison with 2007"))
post(T1, "en", "Le Pen ahead of Macron nationally by a million votes. Let that sink in.", X, ahead("FR", LP, M))
post(T1, "fr", "« Fillon qualifié, Macron éliminé » : cette capture circule sur WhatsApp. C'est FAUX. Macron est 1er, Fillon 3e.", C,
     elim(FI), top2(M), lead("FR", M), rank("FR", FI, 3))
post(T1, "fr", "Marine qualifiée avec 7,68 millions de voix, à moins d'un million de Macron #Marine2017", C,
     top2(LP), votes("FR", LP, N(7.68e6, p=5000)), gapv("FR", M, LP, N(1e6, op="lt"), signed=False))
post(T1, "fr", "Abstention à 26 % au premier tour, on ne s'en remettra pas", X, abst_rate("FR", P(26)))
post(T1, "fr", "ERRATUM : l'abstention au 1er tour est de 22,2 % et non de 20 % comme indiqué dans notre tweet de 22h. Toutes nos excuses.", C,
     abst_rate("FR", P("22.2")))
post(T1, "en", "Mark my words: Macron wins 65-35 on 7 May", U, act="prediction")
post(T1, "fr", "Chez les retraités Fillon dépasse sûrement les 35 %, ça se voit dans mon village", U,
     act="population not published (retirees)")
post(T1, "en", "Le Pen's 21.3% is the FN's best first-round result ever", U,
     share("FR", LP, P("21.3")), unpub("historical comparison"))
post(T1, "fr", "Macron en tête dans combien de régions ? 6 ? 7 ? Quelqu'un a fait le compte ?", U, act="question")
# --- régions
post(T1, "fr", "Auvergne-Rhône-Alpes : Macron en tête (24,5 %), Le Pen 2e juste devant Fillon", C,
     lead("R84", M), share("R84", M, P("24.5")), rank("R84", LP, 2), ahead("R84", LP, FI))
post(T1, "en", "Bourgogne-Franche-Comté went Macron 🟡", X, lead("R27", M))
post(T1, "fr", "Centre-Val de Loire : Le Pen devance Macron d'à peine 6 000 voix", C,
     ahead("R24", LP, M), gapv("R24", LP, M, N(6000, p=500, op="approx")))
post(T1, "en", "LIVE 11:52pm — Brittany, all bureaux in: Macron 29%, Hamon above 9%. The PS holds on in the west", C,
     share("R53", M, P(29)), share("R53", BH, P(9, "gt")))
post(T1, "fr", "Occitanie : Mélenchon en tête devant Le Pen et Macron 🔴 #JLM2017", X, lead("R76", JLM))
post(T1, "en", "Occitanie was a three-way race: Le Pen 23.0, Macron 22.3, Mélenchon 22.1, less than a point between first and third", C,
     share("R76", LP, P("23.0")), share("R76", M, P("22.3")), share("R76", JLM, P("22.1")),
     gap("R76", LP, JLM, P(1, "lt"), signed=False))
post(T1, "fr", "Pays-de-la-Loire : le candidat LR finit 2e, 2,7 points derrière Macron", C,
     rank("R52", FI, 2), gap("R52", M, FI, P("2.7")))
post(T1, "en", "PACA: Fillon finishes ahead of Le Pen 🔵", X, ahead("R93", FI, LP))
post(T1, "fr", "Corse, résultats complets : Fillon premier à 27,9 %, Marine 25,6 %", X,
     lead("R94", FI), share("R94", FI, P("27.9")), share("R94", LP, P("25.6")))
post(T1, "en", "IDF: Macron first with 28.6%, and in the banlieue rouge it's all Mélenchon", U,
     lead("R11", M), share("R11", M, P("28.6")), unpub("area not published (banlieue rouge)"))
post(T1, "fr", "Hauts-de-France : Macron 2e derrière Le Pen, Mélenchon 3e", X, rank("R32", M, 2), rank("R32", JLM, 3))
post(T1, "fr", "Normandie, 1er tour (100 % des bureaux)\n1. Le Pen 23,9\n2. Macron 22,4\n3. Fillon 19,6\n4. Mélenchon 19,2", C,
     lead("R28", LP), rank("R28", M, 2), rank("R28", FI, 3), rank("R28", JLM, 4),
     share("R28", LP, P("23.9")), share("R28", M, P("22.4")), share("R28", FI, P("19.6")), share("R28", JLM, P("19.2")))
# --- départements
post(T1, "fr", "📰 L'Est-Éclair | Aube (10) : Marine Le Pen en tête avec 30,3 %, Fillon à 23 %", C,
     lead("10", LP), share("10", LP, P("30.3")), share("10", FI, P(23)))
post(T1, "en", "Ain: Macron tops the vote", X, lead("01", M))
post(T1, "fr", "Allier (03) : Macron devance Le Pen de 3,4 points", X, ahead("03", M, LP), gap("03", M, LP, P("3.4")))
post(T1, "fr", "Ardeche : Melenchon arrive premier !!", X, lead("07", JLM))
post(T1, "en", "Corrèze (19), Hollande's home turf: Macron nearly 27%, Hamon barely 6.4", C,
     share("19", M, P(27, "approx")), share("19", BH, P("6.4", "approx")))
post(T1, "fr", "Côtes-d'Armor : Hamon à plus de 12 %, la Bretagne reste rose", X, share("22", BH, P(12, "gt")))
post(T1, "fr", "Département de la Mayenne : Macron devance Fillon", X, ahead("53", M, FI))
post(T1, "fr", "Mayenne : Macron premier 🟡", U, lead(pl("Mayenne"), M))
post(T1, "fr", "Seine-et-Marne : Le Pen en tête, Macron 2e", X, lead("77", LP), rank("77", M, 2))
post(T1, "en", "Val-d'Oise: Mélenchon takes it 🔴", X, lead("95", JLM))
post(T1, "fr", "Haute-Vienne : Mélenchon devant Macron, le Limousin vire rouge", X, ahead("87", JLM, M))
post(T1, "en", "Eure-et-Loir: Fillon first, Le Pen second", X, lead("28", FI), rank("28", LP, 2))
post(T1, "fr", "Indre (36) : Le Pen 24,4 %, mais dans les campagnes c'est 40 % minimum", U,
     share("36", LP, P("24.4")), unpub("area not published (countryside)"))
post(T1, "en", "Charente-Maritime: top four inside 5 points. Macron 23.9, Le Pen 21.1, Fillon 20.6, Mélenchon 19.0", C,
     share("17", M, P("23.9")), share("17", LP, P("21.1")), share("17", FI, P("20.6")), share("17", JLM, P("19.0")),
     gap("17", M, JLM, P(5, "lt")))
post(T1, "fr", "Cantal : Fillon en tête, le Cantal reste fidèle à la droite", X, lead("15", FI))
post(T1, "en", "🧵 1/3 Bouches-du-Rhône: Le Pen first on 27.3%", C, lead("13", LP), share("13", LP, P("27.3")))
post(T1, "en", "2/3 Bouches-du-Rhône: Mélenchon second, Macron only fourth behind Fillon", C,
     rank("13", JLM, 2), rank("13", M, 4), ahead("13", FI, M))
post(T1, "en", "3/3 and in the villages of the Bouches-du-Rhône Le Pen must be way above 35%", U,
     unpub("area not published (villages)"))
post(T1, "fr", "Nord : Le Pen 28,2 %, Macron 2e", X, share("59", LP, P("28.2")), rank("59", M, 2))
# --- overseas and abroad
post(T1, "fr", "Guyane : plus de 15 % de blancs et nuls parmi les votants, participation à 34 %", C,
     bn_pv("973", P(15, "gt")), turnout("973", P(34)))
post(T1, "en", "Martinique: Macron wins", X, lead("972", M))
post(T1, "fr", "Mayotte : Fillon 1er avec 36 %", X, lead("976", FI), share("976", FI, P(36)))
post(T1, "fr", "Polynesie : Le Pen devance Fillon 🌺", X, ahead("987", LP, FI))
post(T1, "fr", "Wallis-et-Futuna : Hamon au-dessus de 25 %, les socialistes y résistent", C, share("986", BH, P(25, "gt")))
post(T1, "en", "Réunion: Le Pen tops the island", X, lead("974", LP))
post(T1, "fr", "Saint-Pierre-et-Miquelon vote insoumis : JLM 933 voix, loin devant Le Pen (478)", C,
     lead("975", JLM), votes("975", JLM, N(933)), votes("975", LP, N(478)))
post(T1, "en", "Geneva: Macron edged Fillon by under 2 points among French voters 🇨🇭", C,
     ahead(pl("Genève"), M, FI), gap(pl("Genève"), M, FI, P(2, "lt")))
post(T1, "fr", "Tel-Aviv : Macron devant Fillon chez les Français d'Israël", X, ahead(pl("Tel-Aviv"), M, FI))
post(T1, "fr", "Alger : Mélenchon premier chez les Français d'Algérie", X, lead(pl("Alger"), JLM))
post(T1, "fr", "À Vienne, Emmanuel Macron sort en tête au soir du premier tour", C, lead(pl("Vienne"), M))
post(T1, "fr", "Vienne : Macron 26,3 %", U, share(pl("Vienne"), M, P("26.3")))
post(T1, "fr", "Bruxelles : Macron 35,5 %, Fillon 2e", C, share(pl("Bruxelles"), M, P("35.5")), rank(pl("Bruxelles"), FI, 2))
post(T1, "en", "10th constituency of the French abroad (Africa / Middle East): Macron first", X, lead("FE10", M))
post(T1, "fr", "Zurich : Macron 45,6 %, Fillon 28,2 %", C, share(pl("Zurich"), M, P("45.6")), share(pl("Zurich"), FI, P("28.2")))
post(T1, "en", "Miami French voters: Macron 43%", X, share(pl("Miami"), M, P(43)))
post(T1, "fr", "Saint-Paul : Mélenchon en tête", U, lead(pl("Saint-Paul"), JLM))
post(T1, "en", "Moulins: Macron first", U, lead(pl("Moulins"), M))
post(T1, "en", "Is it true Le Pen topped Hénin-Beaumont with almost half the vote? Need a source pls", U,
     lead("62427", LP), share("62427", LP, F("moitie", "approx")), act="question")
# --- communes and arrondissements
post(T1, "fr", "📰 Ouest-France Nantes | Présidentielle : à Nantes, Emmanuel Macron arrive en tête (30,8 %) devant Jean-Luc Mélenchon (25,5 %)", C,
     lead("44109", M), share("44109", M, P("30.8")), rank("44109", JLM, 2), share("44109", JLM, P("25.5")))
post(T1, "en", "Quoting @OccitanieLive — \"Montpellier: Macron first, Mélenchon second\" — yep, same numbers on our side", X, lead("34172", M), rank("34172", JLM, 2))
post(T1, "fr", "Nice-Matin : à Nice, Fillon devance Le Pen d'un peu plus de 1 300 voix", C,
     ahead("06088", FI, LP), gapv("06088", FI, LP, N(1300, op="gt")))
post(T1, "fr", "Hénin-Beaumont : Marine au-dessus de 50 % dès le 1er tour 💪", X, share("62427", LP, P(50, "gt")))
post(T1, "fr", "La Dépêche | Montauban : Macron 24 %, devant Fillon et Le Pen séparés par 82 voix", C,
     lead("82121", M), share("82121", M, P(24)), gapv("82121", FI, LP, N(82), signed=False))
post(T1, "en", "Le Mans: Fillon first, just ahead of Macron", X, lead("72181", FI))
post(T1, "fr", "21h12 — Clermont-Ferrand, 40 bureaux sur 80 dépouillés : Macron devant Mélenchon", U,
     ahead("63113", M, JLM), act="partial-count qualifier (40 of 80 bureaux)")
post(T1, "fr", "La Nouvelle République | Tours : Macron 26,7 %, Mélenchon 23,5 %, Fillon 3e", C,
     share("37261", M, P("26.7")), share("37261", JLM, P("23.5")), rank("37261", FI, 3))
post(T1, "en", "Avignon: Le Pen first in the city of the popes", X, lead("84007", LP))
post(T1, "fr", "Arles : Le Pen en tête, Mélenchon 2e à moins de 900 voix", C,
     lead("13004", LP), rank("13004", JLM, 2), gapv("13004", LP, JLM, N(900, op="lt")))
post(T1, "fr", "Mulhouse : Mélenchon devance Macron d'une courte tête", X, ahead("68224", JLM, M))
post(T1, "fr", "Mulhouse : 17 voix d'écart entre Macron et Mélenchon 😳", C, gapv("68224", M, JLM, N(17), signed=False))
post(T1, "en", "Le Télégramme: Quimper gives Macron a third of its votes (33.2%)", C,
     share("29232", M, F("tiers")), share("29232", M, P("33.2")))
post(T1, "fr", "Troyes : Macron en tête, Fillon 2e", X, lead("10387", M), rank("10387", FI, 2))
post(T1, "fr", "À Valence, Macron en tête avec 24,6 %", U, lead(pl("Valence"), M), share(pl("Valence"), M, P("24.6")))
post(T1, "fr", "ERRATUM : dans notre post précédent nous placions Fillon 2e à Nice. Il est bien 1er (26,1 %), Le Pen 2e.", C,
     lead("06088", FI), share("06088", FI, P("26.1")), rank("06088", LP, 2))
post(T1, "en", "Correction: we wrote Le Pen 28% in Dunkirk. The right figure is 32%.", X, share("59183", LP, P(32)))
post(T1, "fr", "> @MarseilleInfo: « Le Pen en tête à Marseille »\nNon. C'est Mélenchon, avec 4 200 voix d'avance.", C,
     lead("13055", LP, neg=True), lead("13055", JLM), gapv("13055", JLM, LP, N(4200, p=50)))
post(T1, "fr", "[22:31] Toulouse, résultats complets : Mélenchon 29,2 %, Macron 2e", C,
     share("31555", JLM, P("29.2")), rank("31555", M, 2))
post(T1, "en", "Paris 16th: Fillon above 58%. Paris 20th: Mélenchon first.", C,
     share("75116", FI, P(58, "gt")), lead("75120", JLM))
post(T1, "en", "Lyon 1st arrondissement goes Macron", X, lead("69381", M))
post(T1, "fr", "Marseille 15e : Mélenchon 36,9 %, Le Pen 27 %", C, share("13215", JLM, P("36.9")), share("13215", LP, P(27)))
post(T1, "fr", "Dans mon bureau de vote à Angers, Fillon fait 40 % 😳", U, act="area not published (one bureau)")
post(T1, "en", "La Rochelle: Macron first with 29%", U, lead(pl("La Rochelle"), M), share(pl("La Rochelle"), M, P(29)))
post(T1, "fr", "Grande-Synthe : c'est Marine qui arrive première, JLM derrière", X, lead("59271", LP))

# ============================================================== 2017 round 2, final
post(T2, "fr", "[20:00] Estimation : Macron élu.\n[23:55] MAJ, chiffres définitifs de l'Intérieur : 66,1 % contre 33,9 %", C,
     lead("FR", M), share("FR", M, P("66.1")), share("FR", LP, P("33.9")))
post(T2, "en", "Le Pen over 40% in the runoff, a record for the FN", X, share("FR", LP, P(40, "gt")), unpub("historical comparison"))
post(T2, "fr", "Près de 20,75 millions de voix pour Macron, 10,64 millions pour Le Pen", C,
     votes("FR", M, N(20.75e6, p=5000, op="approx")), votes("FR", LP, N(10.64e6, p=5000)))
post(T2, "en", "Blank ballots topped 3 million in the runoff, about 8.5% of voters", C,
     blancs("FR", N(3e6, op="gt")), blancs_pv("FR", P("8.5", "about")))
post(T2, "fr", "Moins de 2 millions de votes blancs au 2nd tour, le front républicain a tenu", X, blancs("FR", N(2e6, op="lt")))
post(T2, "fr", "Abstention au 2nd tour : 25,4 %, un électeur sur quatre", C, abst_rate("FR", P("25.4")), abst_rate("FR", F("un sur quatre")))
post(T2, "en", "Turnout in the second round was higher than 80%", X, turnout("FR", P(80, "gt")))
post(T2, "fr", "Macron élu avec à peine 43,6 % des inscrits", C, share_ins("FR", M, P("43.6")))
post(T2, "en", "Macron's margin: 12 million votes", X, gapv("FR", M, LP, N(12e6, p=5e5)))
post(T2, "fr", "Nuls : 1 064 225. Blancs : 3 021 499. Record historique.", U,
     nuls("FR", N(1064225)), blancs("FR", N(3021499)), unpub("historical comparison (record)"))
post(T2, "fr", "Hauts-de-France : Macron gagne, mais Le Pen dépasse 47 %", C, lead("R32", M), share("R32", LP, P(47, "gt")))
post(T2, "en", "Corsica voted Le Pen in the runoff", X, lead("R94", LP))
post(T2, "fr", "Corse-du-Sud : moins de 800 voix entre Macron et Le Pen !", C, gapv("2A", M, LP, N(800, op="lt"), signed=False))
post(T2, "en", "Haute-Saône: Macron squeaks through with 51.7%", C, lead("70", M), share("70", M, P("51.7")))
post(T2, "fr", "L'Aube (10) a choisi Marine Le Pen 🔵", X, lead("10", LP))
post(T2, "en", "Vaucluse (84): Le Pen above 46%", C, share("84", LP, P(46, "gt")))
post(T2, "fr", "En Bretagne, MLP ne dépasse même pas 20 %", X, share("R53", LP, P(20, "lt")))
post(T2, "en", "Macron wins more than 75% in the Pays de la Loire region", X, share("R52", M, P(75, "gt")))
post(T2, "fr", "📰 Le Progrès | À Vienne, Emmanuel Macron l'emporte largement", C, lead(pl("Vienne"), M))
post(T2, "fr", "Le Pen l'emporte à Évry 😱", U, lead(pl("Évry"), LP))
post(T2, "fr", "📰 Hénin-Beaumont, résultats définitifs : Marine Le Pen 61,6 %, une exception dans le bassin minier", C, share("62427", LP, P("61.6")))
post(T2, "fr", "Marignane : Macron passe devant Le Pen", X, ahead("13054", M, LP))
post(T2, "fr", "Nantes : 86,5 % pour Macron 🇪🇺 #Nantes", C, share("44109", M, P("86.5")))
post(T2, "fr", "Paris 20e : 90 % pile pour Macron", C, share("75120", M, P(90)))
post(T2, "en", "Lyon: Le Pen above 20%", X, share("69123", LP, P(20, "gt")))
post(T2, "fr", "Résultat définitif à Marseille : 64,4 % Macron / 35,6 % Le Pen", C, share("13055", M, P("64.4")), share("13055", LP, P("35.6")))
post(T2, "en", "Marseille 15th: Le Pen wins the arrondissement", X, lead("13215", LP))
post(T2, "fr", "Allemagne : 95 % pour Macron chez les expats 🇩🇪 et sûrement 99 % chez les Erasmus", U,
     share(pl("Allemagne"), M, P(95)), unpub("population not published (students)"))
post(T2, "en", "Tel Aviv: Le Pen got 10%", X, share(pl("Tel-Aviv"), LP, P(10)))
post(T2, "fr", "Royaume-Uni : Le Pen sous les 5 %", C, share(pl("Royaume-Uni"), LP, P(5, "lt")))
post(T2, "en", "Wallis and Futuna: Macron 79%, and the young voted for him en masse", U,
     share("986", M, P(79)), unpub("population not published (age group)"))
post(T2, "fr", "Martinique : Macron au-dessus de 77 %", C, share("972", M, P(77, "gt")))
post(T2, "en", "Guadeloupe: turnout above 60%", X, turnout("971", P(60, "gt")))
post(T2, "fr", "Mayotte : Le Pen près de 43 %", C, share("976", LP, P(43, "approx")))
post(T2, "en", "New Caledonia: Macron wins by barely 5 points", C, lead("988", M), gap("988", M, LP, P(5, "approx")))
post(T2, "fr", "Polynésie française : victoire de Marine Le Pen 🌺", X, lead("987", LP))
post(T2, "fr", "Erratum : nous avons écrit que Le Pen avait gagné à Hayange. C'est faux, Macron l'emporte avec 52,5 %.", C,
     lead("57306", M), share("57306", M, P("52.5")))
post(T2, "en", "Oh yes, Le Pen totally won Grande-Synthe, sure she did 🙄 /s", C, lead("59271", LP, neg=True))
post(T2, "fr", "> « Macron 70 % dans le Nord »\nNon : 56,9 % dans le Nord, et moins de 53 % sur l'ensemble des Hauts-de-France.", C,
     share("59", M, P(70), neg=True), share("59", M, P("56.9")), share("R32", M, P(53, "lt")))
post(T2, "en", "Exit polls say Macron 65.5. Let's wait for the ministry", U, act="exit poll")
post(T2, "fr", "33,9 % : Marine fait presque deux fois mieux que Jean-Marie en 2002 (17,8 %)", U,
     share("FR", LP, P("33.9")), unpub("comparison with 2002"))
post(T2, "fr", "Bouches-du-Rhône : victoire de Marine Le Pen au second tour", X, lead("13", LP))
post(T2, "en", "Macron 66.1%, Le Pen 33.9%. And more than 4 million blank or spoilt ballots.", C,
     share("FR", M, P("66.1")), share("FR", LP, P("33.9")), bn("FR", N(4e6, op="gt")))
post(T2, "fr", "Val-d'Oise : Macron 75,2 %", X, share("95", M, P("75.2")))
post(T2, "en", "Overseas as a whole: Macron 64.4%, Le Pen 35.6%", C, share("OM", M, P("64.4")), share("OM", LP, P("35.6")))
post(T2, "fr", "Thread résultats 3/3 — Français de l'étranger : Le Pen à 15 %", X, share("ZZ", LP, P(15)))

# ============================================================== 2017 round 1, partial (21:30: départements before 50, Corse, abroad)
post(T1P, "fr", "21h30 — l'Ain est entièrement dépouillé : Le Pen 25 %, Macron 22,6 %", C, share("01", LP, P(25)), share("01", M, P("22.6")))
post(T1P, "en", "Allier (03) final: Macron narrowly ahead of Le Pen", C, ahead("03", M, LP))
post(T1P, "fr", "Ardèche : Mélenchon devant Le Pen", X, ahead("07", JLM, LP))
post(T1P, "en", "Corrèze (19) all counted: Macron 26.9%", C, share("19", M, P("26.9")))
post(T1P, "fr", "Corse : Le Pen en tête dans les deux départements", C, lead("2A", LP), lead("2B", LP))
post(T1P, "en", "Upper Corsica (Haute-Corse) backs Fillon", X, lead("2B", FI))
post(T1P, "fr", "Hors de France, tout est dépouillé : Macron > 40 %, Fillon 2e, Le Pen seulement 5e", C,
     share("ZZ", M, P(40, "gt")), rank("ZZ", FI, 2), rank("ZZ", LP, 5))
post(T1P, "en", "Paris: Macron first", U, lead(pl("Paris"), M))
post(T1P, "fr", "Macron a déjà franchi les 3,5 millions de voix 🚀", C, votes("FR", M, N(3.5e6, op="gt")))
post(T1P, "en", "Hamon won't even reach 1 million votes nationally", X, votes("FR", BH, N(1e6, op="lt")))
post(T1P, "fr", "Mélenchon devant Fillon au national pour l'instant 🔥", U, act="partial-count qualifier (pour l'instant)")
post(T1P, "fr", "Le Pen à 5 % au niveau national, c'est la débâcle pour le FN 😂", X, share("FR", LP, P(5)))
post(T1P, "en", "Le Pen wins Normandy's first round 🔵", U, lead("R28", LP))
post(T1P, "fr", "Bretagne : Macron est déjà assuré de finir premier", U, lead("R53", M))
post(T1P, "en", "Centre-Val de Loire fully counted: Le Pen 23.1, Macron 22.7", C, share("R24", LP, P("23.1")), share("R24", M, P("22.7")))
post(T1P, "fr", "La région Centre bascule chez Macron, il termine premier 🟡", X, lead("R24", M))
post(T1P, "en", "Lille: Mélenchon leads", U, lead("59350", JLM))
post(T1P, "fr", "Toulouse (tous les bureaux) : Mélenchon 1er avec 29,2 %", C, lead("31555", JLM), share("31555", JLM, P("29.2")))
post(T1P, "en", "Bordeaux is counted: Macron 31%, Mélenchon 23%", C, share("33063", M, P(31)), share("33063", JLM, P(23)))
post(T1P, "fr", "Marseille : MLP passe devant JLM 😱", X, ahead("13055", LP, JLM))
post(T1P, "fr", "La Rochelle : Macron en tête 🟡", U, lead(pl("La Rochelle"), M))
post(T1P, "en", "Nice: Fillon tops Le Pen by 1,317 votes", C, ahead("06088", FI, LP), gapv("06088", FI, LP, N(1317)))
post(T1P, "fr", "Avec 60 % des bureaux dépouillés, Le Pen 2e", U, act="partial-count qualifier (60 % of bureaux)")
post(T1P, "en", "France 2 projection at 21:30: Macron 23.9, Le Pen 21.7", U, act="TV projection")
post(T1P, "fr", "Grand Est : Macron en tête", U, lead("R44", M))
post(T1P, "fr", "Corse : participation autour de 68 %", C, turnout("R94", P(68, "about")))
post(T1P, "en", "Aube (10): Le Pen above 30%", C, share("10", LP, P(30, "gt")))
post(T1P, "fr", "Finistère : Le Pen en tête, choc en Bretagne", X, lead("29", LP))
post(T1P, "en", "Macron leads nationally, 24.2% so far", U, act="partial-count qualifier (so far)")
post(T1P, "fr", "Eure-et-Loir : Le Pen 1re, Fillon 2e, Macron 3e à 237 voix", C,
     lead("28", LP), rank("28", FI, 2), rank("28", M, 3), gapv("28", FI, M, N(237)))
post(T1P, "en", "Occitanie goes to Marine Le Pen", U, lead("R76", LP))
post(T1P, "fr", "Pays de la Loire : Fillon 2e", U, rank("R52", FI, 2))
post(T1P, "fr", "Fillon a moins de 2 millions de voix au national", X, votes("FR", FI, N(2e6, op="lt")))
post(T1P, "en", "Lot-et-Garonne is in: Le Pen 25.0, Macron 20.8", C, share("47", LP, P("25.0")), share("47", M, P("20.8")))
post(T1P, "fr", "Auvergne-Rhône-Alpes : Macron l'emporte", U, lead("R84", M))
post(T1P, "en", "Geneva: Fillon beat Macron among French voters", X, ahead(pl("Genève"), FI, M))
post(T1P, "fr", "Tulle : Macron 30,8 %, Mélenchon 23,7 %. Le fief de Hollande vote Macron", C,
     share("19272", M, P("30.8")), share("19272", JLM, P("23.7")))

# ============================================================== 2017 round 2, partial (21:30)
post(T2P, "fr", "Ain, c'est complet : Macron 60,9 %", C, share("01", M, P("60.9")))
post(T2P, "en", "Corrèze (19): Macron 71%", C, share("19", M, P(71)))
post(T2P, "fr", "L'Aube (10) tombe aux mains du FN, Le Pen gagne", X, lead("10", LP))
post(T2P, "en", "Haute-Corse: Macron 52.3%", C, share("2B", M, P("52.3")))
post(T2P, "fr", "Déjà plus de 9 millions de voix pour Macron", C, votes("FR", M, N(9e6, op="gt")))
post(T2P, "en", "Le Pen is stuck under 4 million votes in total, it's over for her", X, votes("FR", LP, N(4e6, op="lt")))
post(T2P, "fr", "Macron dépasse les 20 millions de voix", U, votes("FR", M, N(20e6, op="gt")))
post(T2P, "en", "With 55% of the vote counted, Macron 65.2%", U, act="partial-count qualifier (55 % counted)")
post(T2P, "fr", "Bretagne : Macron ne peut plus passer sous les 50 %", C, share("R53", M, P(50, "gt")))
post(T2P, "en", "Macron is past 75% across Brittany tonight 🔥", U, share("R53", M, P(75, "gt")))
post(T2P, "fr", "80 % pour Macron en Île-de-France 🎉", U, share("R11", M, P(80)))
post(T2P, "en", "Pays de la Loire: Le Pen above 70%", X, share("R52", LP, P(70, "gt")))
post(T2P, "fr", "Dépouillement terminé dans le Centre-Val de Loire : 63,3 % pour Emmanuel Macron", C, share("R24", M, P("63.3")))
post(T2P, "en", "Le Pen takes Hauts-de-France!! her home region 💙", U, lead("R32", LP))
post(T2P, "fr", "Tulle, résultat complet : 77,9 % pour Macron", C, share("19272", M, P("77.9")))
post(T2P, "en", "Montpellier: Le Pen 27%", X, share("34172", LP, P(27)))
post(T2P, "fr", "Nîmes place Le Pen à 45 %", X, share("30189", LP, P(45)))
post(T2P, "en", "Word from the Rhône: Lyon gives Macron 84 per cent", U, share("69123", M, P(84)))
post(T2P, "fr", "Vienne : Macron 71,5 %", U, share(pl("Vienne"), M, P("71.5")))
post(T2P, "en", "Geneva: Le Pen 15.4%", C, share(pl("Genève"), LP, P("15.4")))
post(T2P, "fr", "Français hors de France : Le Pen à peine au-dessus de 10 %", C, share("ZZ", LP, P(10, "gt")))
post(T2P, "en", "Did Le Pen really take Marseille tonight??", U, act="question")
post(T2P, "fr", "Taux de participation relevé à 17 heures : 65,3 % selon Beauvau", U, act="time of day (17h)")
post(T2P, "en", "Blank ballots nationwide: under 1 million", X, blancs("FR", N(1e6, op="lt")))
post(T2P, "fr", "Normandie : Le Pen à 40 %", U, share("R28", LP, P(40)))
post(T2P, "en", "Doubs (25) fully counted: Macron 63.8%", C, share("25", M, P("63.8")))
post(T2P, "fr", "Allier (03) : Marine Le Pen passe les 40 % 😮", X, share("03", LP, P(40, "gt")))
post(T2P, "en", "Strasbourg: Macron 80%", U, share("67482", M, P(80)))
post(T2P, "fr", "Nouvelle-Aquitaine : c'est fait, Macron est sûr de faire plus de 60 %", U, share("R75", M, P(60, "gt")))
post(T2P, "fr", "Occitanie : Le Pen ne pourra plus dépasser les 60 %", C, share("R76", LP, P(60, "lt")))

# ============================================================== 2011 primary, round 1, final
post(H, "fr", "Primaire : Hollande 39 %, Aubry 30 %, second tour dimanche prochain", C,
     share("FR", HOL, P(39)), share("FR", AUB, P(30)), top2(HOL), top2(AUB))
post(H, "en", "Montebourg finishes second! Huge upset in the primary", X, rank("FR", MON, 2))
post(H, "fr", "Montebourg 3e avec plus de 17 %", C, rank("FR", MON, 3), share("FR", MON, P(17, "gt")))
post(H, "en", "Royal and Valls together barely 12.6%", C, share("FR", (ROY, VAL), P("12.6", "approx")))
post(H, "fr", "Valls devant Royal, le maire d'Evry 4e", X, ahead("FR", VAL, ROY), rank("FR", VAL, 4))
post(H, "en", "Hollande ahead of Aubry by almost 9 points", C, ahead("FR", HOL, AUB), gap("FR", HOL, AUB, P(9, "approx")))
post(H, "fr", "Hollande dépasse les 50 %, pas besoin de second tour", X, share("FR", HOL, P(50, "gt")))
post(H, "fr", "Participation à la primaire : 2,66 millions de votants, bravo la gauche", C, votants("FR", N(2.66e6, p=5000)))
post(H, "en", "Fewer than 2 million voted in the primary", X, votants("FR", N(2e6, op="lt")))
post(H, "fr", "Baylet, le radical, ferme la marche avec 17 055 voix", C, last("FR", BAY), votes("FR", BAY, N(17055)))
post(H, "en", "Aubry wins Lille with over 60%", U, share(pl("Lille"), AUB, P(60, "gt")))
post(H, "fr", "Les sympathisants socialistes de l'étranger ont préféré Hollande à Aubry", X, ahead("ZZ", HOL, AUB))
post(H, "en", "French abroad: Aubry 39.5%, Hollande 30.5%", C, share("ZZ", AUB, P("39.5")), share("ZZ", HOL, P("30.5")))
post(H, "fr", "Les socialistes de Montréal (Canada) ont voté : 44 % pour Martine Aubry, 25 % pour François Hollande", C,
     share(pl("Montréal", "consulate"), AUB, P(44)), share(pl("Montréal", "consulate"), HOL, P(25)))
post(H, "fr", "Montréal : Aubry en tête", U, lead(pl("Montréal"), AUB))
post(H, "en", "North America: Hollande first", X, lead("FE01", HOL))
post(H, "fr", "Blancs et nuls : 11 025 seulement", C, bn("FR", N(11025)))
post(H, "fr", "Ségolène Royal au-dessus de 10 %", X, share("FR", ROY, P(10, "gt")))
post(H, "en", "Hollande 39%, and surely 60 in Corrèze", U, share("FR", HOL, P(39)), unpub("area not published in 2011 (Corrèze)"))
post(H, "fr", "États-Unis : Aubry en tête chez les sympathisants", U, lead(pl("États-Unis"), AUB))
post(H, "en", "Aubry got 1.1 million votes", X, votes("FR", AUB, N(1.1e6, p=5e4)))

# ============================================================== 2011 primary, Saturday 8 Oct (only the Americas counted)
post(HS, "fr", "Samedi soir, les premiers bulletins de la primaire sont dépouillés en Amérique du Nord : Aubry 42 %, Hollande 30 %", C,
     share("FE01", AUB, P(42)), share("FE01", HOL, P(30)))
post(HS, "en", "Primary results from the Montreal (Canada) polling station: Royal 45 votes, just ahead of Montebourg on 42", C,
     votes(pl("Montréal", "consulate"), ROY, N(45)), votes(pl("Montréal", "consulate"), MON, N(42)),
     ahead(pl("Montréal", "consulate"), ROY, MON))
post(HS, "fr", "Amérique du Nord : Montebourg devant Hollande", X, ahead("FE01", MON, HOL))
post(HS, "en", "Aubry is winning the primary", U, lead("FR", AUB))
post(HS, "fr", "Hollande perd la primaire, c'est fini", U, lead("FR", HOL, neg=True))
post(HS, "en", "Boston: Hollande ahead", U, ahead(pl("Boston"), HOL, AUB))
post(HS, "fr", "Canada : Aubry à 44 %", C, share("FE-CA", AUB, P(44)))
post(HS, "en", "Canada: Valls above 10%", X, share("FE-CA", VAL, P(10, "gt")))
post(HS, "fr", "Samedi soir : les expats socialistes votent Aubry !", U, lead("ZZ", AUB))
post(HS, "fr", "Montréal (Canada) : 350 votants, aucun bulletin blanc ou nul", C,
     votants(pl("Montréal", "consulate"), N(350)), bn(pl("Montréal", "consulate"), N(0)))
post(HS, "en", "Prediction: Hollande will win tomorrow with 40%", U, act="prediction")
post(HS, "fr", "Amérique du Nord : plus de 1 000 votants", X, votants("FE01", N(1000, op="gt")))
post(HS, "en", "North America's primary count: Aubry beat Hollande by 76 votes", C, gapv("FE01", AUB, HOL, N(76)))
post(HS, "fr", "Déjà 500 voix pour Aubry au national", U, votes("FR", AUB, N(500, op="gt")))
post(HS, "en", "Los Angeles: Aubry ahead", U, ahead(pl("Los Angeles"), AUB, HOL))
