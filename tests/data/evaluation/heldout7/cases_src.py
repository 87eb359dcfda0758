"""The h7 posts, each with the structured checks it was written for and its intended label.

A held-out set (do not read or tune on it) in the image of an election-night timeline: plain,
checkable claims by journalists, activists, party accounts and ordinary users, with the usual noise,
plus negations, debunks, disbelief, questions, predictions, bets, polls, unpublished populations,
times of day, partial-count qualifiers, homonyms and compounds. build.py (../reference/) recomputes
every label from the raw files and refuses to write cases.jsonl if any computed label differs from
the one given here. `act` marks a post that asserts no result: unconfirmed whatever the figures.
"""

from checks import *  # noqa: F401,F403  (constructors: states, candidates, checks, values)

PREFIX = "h7"
POSTS = []
C, X, U = "confirmed", "contradicted", "unconfirmed"


def post(state, lang, text, label, *parts, act=None):
    POSTS.append({"state": state, "lang": lang, "text": text, "label": label,
                  "parts": list(parts), "act": act})


# ============================================================== 2017 round 1, final
# --- national
post(T1, "fr", "Résultats définitifs (100 % des bureaux) : Macron 8 656 346 voix, Le Pen 7 678 491. Les deux sont qualifiés pour le 7 mai.", C,
     votes("FR", M, N(8656346)), votes("FR", LP, N(7678491)), top2(M), top2(LP))
post(T1, "en", "Le Pen topped round one with 24%, Macron a close second. Historic night for the FN", X,
     lead("FR", LP), share("FR", LP, P(24)))
post(T1, "fr", "Mélenchon 3e, Fillon 4e : la France insoumise passe devant LR 🔥🔥 #JLM2017", X,
     rank("FR", JLM, 3), rank("FR", FI, 4))
post(T1, "fr", "Fillon sauve la 3e place avec 20,01 %, à peine 0,4 point devant Mélenchon. La droite éliminée quand même.", C,
     rank("FR", FI, 3), share("FR", FI, P("20.01")), gap("FR", FI, JLM, P("0.4")), elim(FI))
post(T1, "en", "Hamon finishes fifth, under 6.5%. Brutal night for the Socialists 🌹", C,
     rank("FR", BH, 5), share("FR", BH, P("6.5", "lt")))
post(T1, "fr", "Hamon passe la barre des 10 %, le PS respire enfin #Hamon2017", X, share("FR", BH, P(10, "gt")))
post(T1, "fr", "NDA : 1 695 000 voix tout rond. Non c'est pas une blague, vérifiez 😂", C, votes("FR", NDA, N(1695000)))
post(T1, "en", "Dupont-Aignan 5th, ahead of Hamon! @dlf_officiel", X, rank("FR", NDA, 5), ahead("FR", NDA, BH))
post(T1, "fr", "Lassalle 7e avec 1,21 %, juste devant Poutou (1,09 %). Le berger a fait sa campagne", C,
     rank("FR", JL, 7), share("FR", JL, P("1.21")), ahead("FR", JL, PP), share("FR", PP, P("1.09")))
post(T1, "en", "Asselineau beat Poutou, 1.1 to 0.9 🤯 #UPR #Frexit", X,
     ahead("FR", FA, PP), share("FR", FA, P("1.1")), share("FR", PP, P("0.9")))
post(T1, "fr", "Nathalie Arthaud : 232 384 voix (0,64 %). Cheminade bon dernier avec 65 586.", C,
     votes("FR", NA, N(232384)), share("FR", NA, P("0.64")), votes("FR", JC, N(65586)), last("FR", JC))
post(T1, "en", "Final turnout 77.77%, abstention 22.23% (Interior Ministry)", C,
     turnout("FR", P("77.77")), abst_rate("FR", P("22.23")))
post(T1, "fr", "Abstention historique au 1er tour : plus de 30 % 😡 #Presidentielle2017", X,
     abst_rate("FR", P(30, "gt")), unpub("historical comparison"))
post(T1, "en", "Some 37 million people voted on Sunday, out of 47.6 million registered", C,
     votants("FR", N(37e6, p=5e5, op="about")), inscrits("FR", N(47.6e6, p=5e4)))
post(T1, "fr", "Plus d'un million de bulletins blancs au premier tour 😮", X, blancs("FR", N(1e6, op="gt")))
post(T1, "fr", "Blancs + nuls au 1er tour : 949 334, soit 2,57 % des votants", C,
     bn("FR", N(949334)), bn_pv("FR", P("2.57")))
post(T1, "en", "Macron finished barely 200,000 votes ahead of Le Pen. Knife edge.", X,
     ahead("FR", M, LP), gapv("FR", M, LP, N(2e5, p=5e4, op="about")))
post(T1, "fr", "Mélenchon rate le 2nd tour pour un peu plus de 150 000 voix derrière Fillon 💔", C,
     elim(JLM), gapv("FR", FI, JLM, N(150000, op="gt")))
post(T1, "en", "Le Pen second, but only 0.2 points ahead of Fillon. Phew.", X,
     rank("FR", LP, 2), gap("FR", LP, FI, P("0.2")))
post(T1, "fr", "18,2 % des inscrits ont voté Macron au 1er tour. On est loin du plébiscite.", C, share_ins("FR", M, P("18.2")))
post(T1, "en", "Exit poll at 8pm: Macron 23.7, Le Pen 21.7. Official count tomorrow.", U, act="exit poll / estimate at 20h")
post(T1, "fr", "D'après le sondage Ipsos sortie des urnes, Macron dépasse 30 % chez les cadres", U,
     act="poll / population not published (occupation)")
post(T1, "fr", "Mon prono pour le 7 mai : Macron 62, Le Pen 38. Je prends les paris", U, act="prediction")
post(T1, "fr", "Non, Macron n'est PAS arrivé derrière Le Pen, c'est l'inverse. Arrêtez de relayer n'importe quoi", C,
     ahead("FR", LP, M, neg=True), lead("FR", M))
post(T1, "en", "That screenshot of Fillon qualified for the runoff is FAKE. He's out, third place.", C,
     elim(FI), rank("FR", FI, 3))
post(T1, "fr", "Intox ! Le Pen n'a pas dépassé les 7 millions de voix, le chiffre qui tourne est faux", X,
     votes("FR", LP, N(7e6, op="gt"), neg=True))
post(T1, "en", "Did Asselineau really get fewer votes than Poutou?? someone confirm pls", U, act="question")
post(T1, "fr", "Moins d'un suffrage sur cinq pour Mélenchon. Et dire qu'on y a cru...", C, share("FR", JLM, F("un sur cinq", "lt")))
post(T1, "en", "Fillon won more than a quarter of the votes cast, says a LR spokesman on TV", X, share("FR", FI, F("quart", "gt")))
post(T1, "en", "Twenty-four per cent for Macron, twenty-one for Le Pen. Those are your two finalists.", C,
     share("FR", M, P(24)), share("FR", LP, P(21)), top2(M), top2(LP))
post(T1, "fr", "À midi, 28,5 % de participation selon le ministère #Presidentielle2017", U, act="time of day (midi)")
post(T1, "fr", "Dans les cinq DROM (Guadeloupe, Martinique, Guyane, Réunion, Mayotte) c'est Mélenchon qui arrive en tête", C,
     lead("DROM", JLM))
post(T1, "fr", "Le duo de tête Macron + Le Pen ne cumule que 45 % des exprimés", C, share("FR", (M, LP), P(45)))
post(T1, "fr", "La gauche (Mélenchon + Hamon) pèse près de 26 %, plus que Macron seul", C,
     share("FR", (JLM, BH), P(26, "approx")))
post(T1, "en", "The five minor candidates (Lassalle, Poutou, Asselineau, Arthaud, Cheminade) add up to about 4%", C,
     share("FR", (JL, PP, FA, NA, JC), P(4, "about")))
post(T1, "fr", "Hamon a recueilli environ 2,3 millions de voix. Il y a cinq ans Hollande en avait dix.", U,
     votes("FR", BH, N(2.3e6, p=5e4, op="about")), unpub("comparison with 2012"))
post(T1, "fr", "Lassalle devant Poutou ?? j'y crois pas, c'est une blague ?", U, act="disbelief / question")
post(T1, "en", "Bet you a pint Macron gets 65% on May 7", U, act="bet / prediction")
post(T1, "fr", "Le Pen 21,3 %, mais chez les ouvriers c'est plus du double, croyez-moi", U,
     share("FR", LP, P("21.3")), unpub("population not published (workers)"))
post(T1, "en", "Macron 24% nationally but 41% in my polling station in Rennes centre 😎", U,
     share("FR", M, P(24)), unpub("area not published (one bureau)"))
post(T1, "en", "Record for the Front national: Le Pen pulls in 7.7 million votes", U,
     votes("FR", LP, N(7.7e6, p=5e4)), unpub("historical comparison"))
# --- régions
post(T1, "fr", "En Centre-Val de Loire, Marine Le Pen passe devant Macron avec 0,4 point d'avance", C,
     ahead("R24", LP, M), gap("R24", LP, M, P("0.4")))
post(T1, "en", "Brittany: Le Pen second behind Macron #Bretagne", X, rank("R53", LP, 2))
post(T1, "fr", "Bretagne : Macron 29 %, Mélenchon 2e d'un cheveu devant Fillon", C,
     share("R53", M, P(29)), rank("R53", JLM, 2), close("R53", JLM, FI))
post(T1, "fr", "Occitanie : Mélenchon arrive premier 🔴✊", X, lead("R76", JLM))
post(T1, "fr", "Occitanie : Le Pen 22,98, Macron 22,32, Mélenchon 22,14. Tout se joue en moins d'un point", C,
     share("R76", LP, P("22.98")), share("R76", M, P("22.32")), share("R76", JLM, P("22.14")), close("R76", LP, JLM))
post(T1, "en", "Île-de-France: Fillon ahead of Macron, the right holds the capital region", X, ahead("R11", FI, M))
post(T1, "fr", "Grand Est : Macron 2e avec 25 %", X, rank("R44", M, 2), share("R44", M, P(25)))
post(T1, "en", "Corsica: Le Pen 27.9, Fillon 25.6, turnout just 68%", C,
     share("R94", LP, P("27.9")), share("R94", FI, P("25.6")), turnout("R94", P(68)))
post(T1, "fr", "Normandie : Fillon 3e devant Mélenchon, Le Pen 1re avec 27 %", X,
     rank("R28", FI, 3), ahead("R28", FI, JLM), lead("R28", LP), share("R28", LP, P(27)))
post(T1, "fr", "Hauts-de-France : Le Pen écrase tout avec 41 % 🇫🇷 #Marine2017", X, share("R32", LP, P(41)))
post(T1, "fr", "Nouvelle-Aquitaine : Macron devant, et chez les retraités c'est encore plus net", U,
     lead("R75", M), unpub("population not published (retirees)"))
# --- départements
post(T1, "fr", "Le département de la Corrèze, terre de Hollande : Hamon à 15 % quand même", X, share("19", BH, P(15)))
post(T1, "en", "Creuse département: Mélenchon tops the vote 🔴", X, lead("23", JLM))
post(T1, "fr", "Gers : Macron 1er, Le Pen et Mélenchon au coude-à-coude derrière", C,
     lead("32", M), close("32", LP, JLM))
post(T1, "fr", "Meurthe-et-Moselle : Le Pen doit se contenter de la 2e place derrière Macron", X, rank("54", LP, 2), ahead("54", M, LP))
post(T1, "fr", "Nièvre : Macron devant, Le Pen juste derrière en 2e position", X, lead("58", M), rank("58", LP, 2))
post(T1, "en", "Pyrénées-Atlantiques: Lassalle above 7.5% at home, Macron first", C,
     share("64", JL, P("7.5", "gt")), lead("64", M))
post(T1, "fr", "Dans les Pyrénées-Atlantiques, le berger Lassalle fait mieux que Hamon 🐑", X, ahead("64", JL, BH))
post(T1, "fr", "Hautes-Pyrénées : Mélenchon devance Macron", X, ahead("65", JLM, M))
post(T1, "en", "Sarthe: Fillon wins his home département with 35%", X, lead("72", FI), share("72", FI, P(35)))
post(T1, "fr", "Yvelines : Fillon devant Macron, la droite tient bon", X, ahead("78", FI, M))
post(T1, "fr", "Vendée, terre de droite : personne ne fait mieux que Fillon", X, lead("85", FI))
post(T1, "fr", "Yonne : Le Pen à 28,5 %, Macron 2e", X, share("89", LP, P("28.5")), rank("89", M, 2))
post(T1, "fr", "Réunion : Marine Le Pen termine première, Mélenchon derrière 😱 #974", X, lead("974", LP), ahead("974", LP, JLM))
post(T1, "en", "Martinique: turnout under 40%, Mélenchon first", C, turnout("972", P(40, "lt")), lead("972", JLM))
post(T1, "fr", "Saint-Pierre-et-Miquelon vote Mélenchon : plus de 35 % 😳", C, share("975", JLM, P(35, "gt")))
post(T1, "en", "Alpes-Maritimes: Fillon edges out Le Pen for first", X, lead("06", FI))
# --- communes, arrondissements, homonyms
post(T1, "fr", "Metz : 22 voix d'écart entre Fillon et Le Pen pour la 3e place 🤯", C,
     rank(pl("Metz"), FI, 3), gapv(pl("Metz"), FI, LP, N(22)))
post(T1, "fr", "A Dijon, Fillon se classe deuxième, derrière Macron", X, rank(pl("Dijon"), FI, 2))
post(T1, "en", "Sens (Yonne): Le Pen tops the poll", X, lead(pl("Sens"), LP))
post(T1, "fr", "Sens : trois candidats en 42 voix ! Fillon 2278, Macron 2257, Le Pen 2236", C,
     votes(pl("Sens"), FI, N(2278)), votes(pl("Sens"), M, N(2257)), votes(pl("Sens"), LP, N(2236)))
post(T1, "en", "Bordeaux: Fillon second with 23%", X, rank(pl("Bordeaux"), FI, 2), share(pl("Bordeaux"), FI, P(23)))
post(T1, "fr", "Carcassonne : Mélenchon devance Le Pen", X, ahead(pl("Carcassonne"), JLM, LP))
post(T1, "fr", "Forbach : Le Pen à 35 %", X, share(pl("Forbach"), LP, P(35)))
post(T1, "en", "Montbéliard: four candidates within 2 points, Macron just ahead", C,
     lead(pl("Montbéliard"), M), gap(pl("Montbéliard"), M, LP, P(2, "lt")))
post(T1, "fr", "Boulogne-Billancourt : Macron devant Fillon", X, ahead(pl("Boulogne-Billancourt"), M, FI))
post(T1, "fr", "Vitry-sur-Seine : Mélenchon 45 %", X, share(pl("Vitry-sur-Seine"), JLM, P(45)))
post(T1, "fr", "À Toulon, aucun candidat ne devance Fillon", X, lead(pl("Toulon"), FI))
post(T1, "fr", "Ajaccio 🇫🇷 : 30,6 % pour Marine Le Pen", C, share(pl("Ajaccio"), LP, P("30.6")))
post(T1, "en", "Bastia: Macron first, Le Pen third", X, lead(pl("Bastia"), M), rank(pl("Bastia"), LP, 3))
post(T1, "fr", "Laval : Fillon deuxième derrière Macron", U, lead(pl("Laval"), M), rank(pl("Laval"), FI, 2))
post(T1, "en", "Verdun: Le Pen wins the first round", U, lead(pl("Verdun"), LP))
post(T1, "fr", "Verdun (Meuse) : Le Pen en tête, Macron 2e", C,
     lead(pl("Verdun", dep="55"), LP), rank(pl("Verdun", dep="55"), M, 2))
post(T1, "fr", "Castres (Tarn) : Macron devance Le Pen de 60 voix", C,
     ahead(pl("Castres", dep="81"), M, LP), gapv(pl("Castres", dep="81"), M, LP, N(60)))
post(T1, "fr", "Saint-Ouen : Mélenchon 1er avec 38 %", U,
     lead(pl("Saint-Ouen"), JLM), share(pl("Saint-Ouen"), JLM, P(38)))
post(T1, "en", "Saint-Ouen (93): Mélenchon 38%, Hamon third", C,
     share(pl("Saint-Ouen", dep="93"), JLM, P(38)), rank(pl("Saint-Ouen", dep="93"), BH, 3))
post(T1, "en", "Montreal: Macron first", U, lead(pl("Montréal"), M))
post(T1, "fr", "Paris 7e : Fillon dépasse les 50 % 💙", C, share("75107", FI, P(50, "gt")))
post(T1, "en", "Paris 18th: Mélenchon comes first", X, lead("75118", JLM))
post(T1, "en", "Lyon 3rd arrondissement: Fillon beats Macron", X, ahead("69383", FI, M))
post(T1, "fr", "8e arrondissement de Marseille : Marine arrive première", X, lead("13208", LP))
post(T1, "fr", "Lyon 4e : Mélenchon 2e avec plus de 25 %", C, rank("69384", JLM, 2), share("69384", JLM, P(25, "gt")))
# --- abroad
post(T1, "fr", "Montréal (Canada) : Mélenchon 29,6 %, 2e derrière Macron", C,
     share(pl("Montréal", "consulate"), JLM, P("29.6")), rank(pl("Montréal", "consulate"), JLM, 2))
post(T1, "en", "Israel: Macron ahead of Fillon among French voters", X, ahead(pl("Israël"), M, FI))
post(T1, "fr", "10e circonscription des Français de l'étranger : Macron en tête", X, lead("FE10", M))
post(T1, "en", "French voters in the US: Macron over 50%, Le Pen 5%", C,
     share(pl("États-Unis"), M, P(50, "gt")), share(pl("États-Unis"), LP, P(5)))
post(T1, "fr", "Français du Maroc : c'est Mélenchon qui arrive premier", X, lead(pl("Maroc"), JLM))
post(T1, "fr", "Dans les villages de la Creuse c'est Le Pen qui est arrivée en tête, je vous le dis", U,
     act="area not published (villages)")
post(T1, "fr", "Quelqu'un sait si Lassalle est passé devant Dupont-Aignan dans les Pyrénées-Atlantiques ?", U, act="question")
post(T1, "fr", "Macron 24 %, à peu près le score de Bayrou en 2007 😏", U,
     share("FR", M, P(24)), unpub("comparison with 2007"))

# ============================================================== 2017 round 2, final
post(T2, "fr", "Emmanuel Macron élu : plus de 20,7 millions de voix, Le Pen moins de 11 millions 🇫🇷🇪🇺", C,
     lead("FR", M), votes("FR", M, N(20.7e6, op="gt")), votes("FR", LP, N(11e6, op="lt")))
post(T2, "en", "Macron wins with 62% #Presidentielle2017", X, lead("FR", M), share("FR", M, P(62)))
post(T2, "fr", "Macron l'emporte avec près des deux tiers des suffrages exprimés", C,
     share("FR", M, F("deux tiers", "approx")))
post(T2, "en", "Le Pen above 40% in the runoff. Scary.", X, share("FR", LP, P(40, "gt")))
post(T2, "fr", "3 021 499 votes blancs au second tour, et plus d'un million de nuls", C,
     blancs("FR", N(3021499)), nuls("FR", N(1e6, op="gt")))
post(T2, "en", "Abstention in the second round came in at 25.44%", C, abst_rate("FR", P("25.44")))
post(T2, "fr", "Plus de 30 % d'abstention au second tour, record battu", X,
     abst_rate("FR", P(30, "gt")), unpub("historical comparison (record)"))
post(T2, "en", "Blank ballots were 6.35% of registered voters in the runoff", C, blancs_pi("FR", P("6.35")))
post(T2, "fr", "Macron n'a convaincu qu'un inscrit sur trois", X, share_ins("FR", M, F("un sur trois")))
post(T2, "en", "43.6% of registered voters chose Macron", C, share_ins("FR", M, P("43.6")))
post(T2, "fr", "Écart final entre les deux : 10 104 653 voix", C, gapv("FR", M, LP, N(10104653)))
post(T2, "en", "Macron's margin: 25 points", X, gap("FR", M, LP, P(25)))
post(T2, "fr", "Non, Le Pen n'a pas fait 40 %. Elle est même sous les 30 %", X,
     share("FR", LP, P(40), neg=True), share("FR", LP, P(30, "lt")))
post(T2, "fr", "Corse : 51,5 % pour Macron contre 48,5 % pour Le Pen", C, share("R94", M, P("51.5")), share("R94", LP, P("48.5")))
post(T2, "en", "Corsica goes to Le Pen 🇫🇷 #2ndTour", X, lead("R94", LP))
post(T2, "fr", "Hauts-de-France : Le Pen à 47 %, elle perd quand même sa région", C,
     share("R32", LP, P(47)), lead("R32", M))
post(T2, "fr", "Grand Est : 48 % pour Marine au second tour", X, share("R44", LP, P(48)))
post(T2, "en", "Provence-Alpes-Côte d'Azur: Macron only 11 points ahead", C, gap("R93", M, LP, P(11)))
post(T2, "fr", "Bourgogne-Franche-Comté : Macron sous les 55 %", X, share("R27", M, P(55, "lt")))
post(T2, "en", "Three quarters of Breton voters backed Macron", C, share("R53", M, F("trois quarts")))
post(T2, "fr", "Yonne : Le Pen à 45 %, Macron ne gagne que de 10 points", C,
     share("89", LP, P(45)), gap("89", M, LP, P(10)))
post(T2, "fr", "Moselle : Le Pen l'emporte 🇫🇷 #AuNomDuPeuple", X, lead("57", LP))
post(T2, "fr", "Haute-Vienne : Macron 71 %, Le Pen 29 %", C, share("87", M, P(71)), share("87", LP, P(29)))
post(T2, "en", "Pyrénées-Atlantiques: Le Pen over 30%", X, share("64", LP, P(30, "gt")))
post(T2, "fr", "Guadeloupe : moins d'un inscrit sur deux a voté au second tour", C, turnout("971", F("un sur deux", "lt")))
post(T2, "en", "New Caledonia: Le Pen wins", X, lead("988", LP))
post(T2, "fr", "Mayotte : Le Pen à près de 43 %", C, share("976", LP, P(43, "approx")))
post(T2, "fr", "Polynésie : participation 46,9 %", C, turnout("987", P("46.9")))
post(T2, "fr", "Calais : Le Pen l'emporte avec 57,4 %", C, lead(pl("Calais"), LP), share(pl("Calais"), LP, P("57.4")))
post(T2, "en", "Liévin went to Macron", X, lead(pl("Liévin"), M))
post(T2, "fr", "Bastia : Macron ne passe qu'avec 335 voix d'avance", C,
     lead(pl("Bastia"), M), gapv(pl("Bastia"), M, LP, N(335)))
post(T2, "fr", "Orange : Macron gagne de justesse", X, lead(pl("Orange"), M))
post(T2, "en", "Menton: Le Pen edges it, 51.2%", C, lead(pl("Menton"), LP), share(pl("Menton"), LP, P("51.2")))
post(T2, "fr", "Béziers : Macron l'emporte avec 52,7 %", C, lead(pl("Béziers"), M), share(pl("Béziers"), M, P("52.7")))
post(T2, "en", "Marine Le Pen carries Toulon", X, lead(pl("Toulon"), LP))
post(T2, "fr", "Macron gagne à Lyon (84 %) comme à Bordeaux (86 %)", C,
     share("69123", M, P(84)), share(pl("Bordeaux"), M, P(86)))
post(T2, "fr", "13e arrondissement de Marseille : victoire de Marine Le Pen", X, lead("13213", LP))
post(T2, "fr", "Londres : Macron 95,2 % 🇬🇧🇪🇺", C, share(pl("Londres"), M, P("95.2")))
post(T2, "en", "Moscow: Le Pen above 35% among the French", X, share(pl("Moscou"), LP, P(35, "gt")))
post(T2, "fr", "Saint-Denis : Macron 84 %", U, share(pl("Saint-Denis"), M, P(84)))
post(T2, "en", "Laval: Macron above 70%", C, share(pl("Laval"), M, P(70, "gt")))
post(T2, "fr", "Le Pen 33,9 % : les électeurs de Mélenchon se sont abstenus en masse", U,
     share("FR", LP, P("33.9")), unpub("population not published (Mélenchon voters)"))
post(T2, "en", "Elabe at 20:00: Macron 65.9", U, act="estimate at 20h")
post(T2, "fr", "Dans mon village de l'Yonne, Le Pen a gagné, je vous le garantis", U, act="area not published (village)")
post(T2, "en", "Macron will win a majority in June too, mark my words", U, act="prediction")
post(T2, "fr", "Combien de blancs au final ? Plus de 3 millions ?", U, act="question")

# ============================================================== 2017 round 1, partial (21:30)
post(T1P, "fr", "Hautes-Alpes, dépouillement terminé : Macron 1er d'une courte tête devant Mélenchon", C,
     lead("05", M), close("05", M, JLM))
post(T1P, "en", "Saint-Étienne fully counted: Mélenchon first, 81 votes ahead of Macron", C,
     lead(pl("Saint-Étienne"), JLM), gapv(pl("Saint-Étienne"), JLM, M, N(81)))
post(T1P, "fr", "Dans le Gers, Marine Le Pen passe devant Emmanuel Macron", X, ahead("32", LP, M))
post(T1P, "fr", "Corrèze (département) : Macron 26,9 %, Hamon seulement 6,4 %", C,
     share("19", M, P("26.9")), share("19", BH, P("6.4")))
post(T1P, "en", "Creuse département: Le Pen first", X, lead("23", LP))
post(T1P, "fr", "Maine-et-Loire : Fillon 2e avec 23,7 %", C, rank("49", FI, 2), share("49", FI, P("23.7")))
post(T1P, "en", "Loire-Atlantique done: Macron 28.7%, Le Pen only 13.7", C,
     share("44", M, P("28.7")), share("44", LP, P("13.7")))
post(T1P, "fr", "Gironde : c'est Mélenchon qui arrive premier 🔴", X, lead("33", JLM))
post(T1P, "fr", "Centre-Val de Loire, tout est compté : Le Pen 1re, Fillon 3e", C, lead("R24", LP), rank("R24", FI, 3))
post(T1P, "en", "Corsica fully counted: Fillon comes first", X, lead("R94", FI))
post(T1P, "fr", "Ajaccio : Le Pen 7 173 voix, Fillon 5 456", C,
     votes(pl("Ajaccio"), LP, N(7173)), votes(pl("Ajaccio"), FI, N(5456)))
post(T1P, "en", "Toulouse all in: Mélenchon 56,769 votes, Macron 53,040", C,
     votes(pl("Toulouse"), JLM, N(56769)), votes(pl("Toulouse"), M, N(53040)))
post(T1P, "fr", "A Marseille c'est Marine qui vire en tête, JLM derrière", X, lead("13055", LP), rank("13055", JLM, 2))
post(T1P, "fr", "Français de l'étranger : participation 44,3 %", C, turnout("ZZ", P("44.3")))
post(T1P, "en", "Expat results: Le Pen finishes third abroad", X, rank("ZZ", LP, 3))
post(T1P, "fr", "Déjà plus de 3,8 millions de voix pour Macron au niveau national", C, votes("FR", M, N(3.8e6, op="gt")))
post(T1P, "en", "Hamon has fewer than 800,000 votes nationwide. Catastrophe.", X, votes("FR", BH, N(8e5, op="lt")))
post(T1P, "fr", "Mélenchon à 3 % au national, la débâcle", X, share("FR", JLM, P(3)))
post(T1P, "en", "Lassalle is already past 200,000 votes nationally 🐑", C, votes("FR", JL, N(2e5, op="gt")))
post(T1P, "fr", "Déjà plus de 4,5 millions d'abstentionnistes recensés", C, abst("FR", N(4.5e6, op="gt")))
post(T1P, "en", "Loire (42): Le Pen first, less than a point ahead of Macron", C,
     lead("42", LP), gap("42", LP, M, P(1, "lt")))
post(T1P, "fr", "Ariège : Mélenchon arrive en tête ✊", C, lead("09", JLM))
post(T1P, "fr", "Hérault : la première place revient à Macron", X, lead("34", M))
post(T1P, "en", "Landes: Macron first, Mélenchon second", C, lead("40", M), rank("40", JLM, 2))
post(T1P, "fr", "Macron premier à Lyon", U, lead("69123", M))
post(T1P, "en", "Le Pen comes out on top in the Pas-de-Calais", U, lead("62", LP))
post(T1P, "fr", "IDF : Macron passe devant Fillon", U, ahead("R11", M, FI))
post(T1P, "fr", "Macron 24,2 % à cette heure au niveau national", U, act="partial-count qualifier (à cette heure)")
post(T1P, "en", "With about half the bureaux counted, Le Pen is on 21.4%", U, act="partial-count qualifier (half the bureaux)")
post(T1P, "fr", "Paris : Fillon dépasse les 25 %", U, share(pl("Paris"), FI, P(25, "gt")))
post(T1P, "en", "Macron has passed 8 million votes", U, votes("FR", M, N(8e6, op="gt")))
post(T1P, "fr", "Grand Est : Le Pen au-dessus de 25 %", U, share("R44", LP, P(25, "gt")))
post(T1P, "fr", "Fillon va-t-il remonter avec Paris et les Hauts-de-Seine ?", U, act="question")
post(T1P, "en", "Once Paris comes in Macron will pull away, trust me", U, act="prediction")
post(T1P, "fr", "Nouvelle-Aquitaine : Macron en tête", U, lead("R75", M))
post(T1P, "en", "Toulon (Var): Le Pen comes first", U, lead(pl("Toulon"), LP))
post(T1P, "en", "Metz (Moselle): Macron beating Mélenchon", U, ahead(pl("Metz"), M, JLM))

# ============================================================== 2017 round 2, partial (21:30)
post(T2P, "fr", "Corse : Macron ne l'emporte que de 3 837 voix", C, lead("R94", M), gapv("R94", M, LP, N(3837)))
post(T2P, "en", "All bureaux in for Centre-Val de Loire: Macron on 63.3 per cent", C, share("R24", M, P("63.3")))
post(T2P, "fr", "Centre-Val de Loire : Le Pen 45 %", X, share("R24", LP, P(45)))
post(T2P, "en", "Brittany: Macron already guaranteed more than 50%", C, share("R53", M, P(50, "gt")))
post(T2P, "fr", "Aude : Macron 55,3 %", C, share("11", M, P("55.3")))
post(T2P, "en", "Gironde: Le Pen 40%", X, share("33", LP, P(40)))
post(T2P, "fr", "Bordeaux : Macron 85,9 %", C, share(pl("Bordeaux"), M, P("85.9")))
post(T2P, "en", "Porto-Vecchio: Macron 51.8%", C, share(pl("Porto-Vecchio"), M, P("51.8")))
post(T2P, "fr", "Victoire de Le Pen à Carcassonne", X, lead(pl("Carcassonne"), LP))
post(T2P, "fr", "Français de l'étranger : plus de 496 000 voix pour Macron", C, votes("ZZ", M, N(496000, op="gt")))
post(T2P, "en", "Expat vote: more than 15% for Le Pen in the runoff", X, share("ZZ", LP, P(15, "gt")))
post(T2P, "fr", "Plus de 450 000 bulletins nuls déjà comptés", C, nuls("FR", N(450000, op="gt")))
post(T2P, "en", "Le Pen can't even reach 3 million votes nationally", X, votes("FR", LP, N(3e6, op="lt")))
post(T2P, "fr", "Macron à 95 % au national 🚀", X, share("FR", M, P(95)))
post(T2P, "fr", "Marseille : Macron 64,4 %", C, share("13055", M, P("64.4")))
post(T2P, "en", "Gard département: Le Pen on 45 per cent", C, share("30", LP, P(45)))
post(T2P, "fr", "Le Pen remporte les Bouches-du-Rhône", X, lead("13", LP))
post(T2P, "fr", "Normandie : Macron 62 %", U, share("R28", M, P(62)))
post(T2P, "en", "Nord: Macron wins comfortably", U, lead("59", M))
post(T2P, "fr", "Score de Macron dans la capitale : 90 % pile 🗼", U, share(pl("Paris"), M, P(90)))
post(T2P, "en", "Le Pen carries the Grand Est region 🔵🔵 #AuNomDuPeuple", U, lead("R44", LP))
post(T2P, "fr", "Avec 45 % des bureaux dépouillés : Macron 65,9 %", U, act="partial-count qualifier (45 % des bureaux)")
post(T2P, "fr", "Les résultats de Mayotte, c'est pour quand ?", U, act="question / meta-statement")
post(T2P, "en", "Macron has topped 20 million votes", U, votes("FR", M, N(2e7, op="gt")))
post(T2P, "fr", "PACA : Macron 55 %", U, share("R93", M, P(55)))
post(T2P, "en", "Pays de la Loire: Le Pen under 30%", U, share("R52", LP, P(30, "lt")))
post(T2P, "fr", "Metz : Macron 72 %", U, share(pl("Metz"), M, P(72)))
post(T2P, "en", "She'll get 40% once the north is counted", U, act="prediction")
post(T2P, "en", "Nouvelle-Aquitaine: whatever is left to count, Macron can no longer drop below 40%", C, share("R75", M, P(40, "gt")))
post(T2P, "en", "Le Pen wins Hauts-de-France at 9:30pm", U, act="time of day (21:30) / partial")

# ============================================================== 2011 primary, round 1, final
post(H, "fr", "#PrimaireCitoyenne Hollande 39,17 %, Aubry 30,42 %", C, share("FR", HOL, P("39.17")), share("FR", AUB, P("30.42")))
post(H, "en", "Montebourg finished second in the primary with 17%", X, rank("FR", MON, 2), share("FR", MON, P(17)))
post(H, "fr", "Montebourg 455 601 voix, le troisième homme c'est lui", C, votes("FR", MON, N(455601)), rank("FR", MON, 3))
post(H, "en", "Royal fifth, behind Valls 😬", X, rank("FR", ROY, 5), ahead("FR", VAL, ROY))
post(H, "fr", "Valls 5,6 %, devant Baylet mais derrière Royal", C,
     share("FR", VAL, P("5.6")), ahead("FR", VAL, BAY), ahead("FR", ROY, VAL))
post(H, "en", "2,661,231 people voted in the first round of the primary", C, votants("FR", N(2661231)))
post(H, "fr", "Aubry à 35 % au premier tour de la primaire", X, share("FR", AUB, P(35)))
post(H, "en", "Hollande and Aubry go through to the runoff", C, top2(HOL), top2(AUB))
post(H, "fr", "Hollande désigné dès le 1er tour avec plus de 50 % !", X, share("FR", HOL, P(50, "gt")))
post(H, "en", "Abroad, Aubry beat Hollande: 39.5 vs 30.5", C, share("ZZ", AUB, P("39.5")), share("ZZ", HOL, P("30.5")))
post(H, "fr", "Amérique du Nord : Hollande en tête de la primaire", X, lead("FE01", HOL))
post(H, "fr", "Montréal (Canada) : Royal 3e avec 45 voix, devant Montebourg (42)", C,
     rank(pl("Montréal", "consulate"), ROY, 3), votes(pl("Montréal", "consulate"), ROY, N(45)),
     votes(pl("Montréal", "consulate"), MON, N(42)))
post(H, "en", "Canada: Montebourg third", X, rank("FE-CA", MON, 3))
post(H, "fr", "Blancs et nuls : 11 025 seulement sur toute la primaire", C, bn("FR", N(11025)))
post(H, "en", "Baylet at 2%, a decent score for the Radicals", X, share("FR", BAY, P(2)))
post(H, "fr", "Hollande devance Aubry de 8,8 points", C, gap("FR", HOL, AUB, P("8.8")))
post(H, "en", "Primary turnout was higher in the cities than in the countryside", U, act="areas not published (cities / countryside)")
post(H, "fr", "Paris : Hollande en tête de la primaire", U, lead(pl("Paris"), HOL))
post(H, "en", "Aubry will win the runoff on Sunday, no doubt", U, act="prediction")
post(H, "fr", "Chez les moins de 30 ans Montebourg a cartonné", U, act="population not published (age group)")
post(H, "fr", "Valls devant Royal, la surprise de la soirée", X, ahead("FR", VAL, ROY))

# ============================================================== 2011 primary, Saturday 8 Oct (only the Americas counted)
post(HS, "fr", "Samedi soir, Montréal (Canada) a voté : Aubry 44 %, Hollande 25 %", C,
     share(pl("Montréal", "consulate"), AUB, P(44)), share(pl("Montréal", "consulate"), HOL, P(25)))
post(HS, "en", "North America counted: Valls 46 votes, Royal 52", C, votes("FE01", VAL, N(46)), votes("FE01", ROY, N(52)))
post(HS, "fr", "Amérique du Nord : Royal devant Aubry", X, ahead("FE01", ROY, AUB))
post(HS, "en", "Canada: 350 voters, and Aubry comes first", C, votants("FE-CA", N(350)), lead("FE-CA", AUB))
post(HS, "fr", "Montréal (Canada) : Hollande 1er", X, lead(pl("Montréal", "consulate"), HOL))
post(HS, "en", "North America: Hollande above 40%", X, share("FE01", HOL, P(40, "gt")))
post(HS, "fr", "Amérique du Nord : Montebourg 3e avec 72 voix", C, rank("FE01", MON, 3), votes("FE01", MON, N(72)))
post(HS, "en", "616 valid votes in North America in the first results of the primary", C, exprimes("FE01", N(616)))
post(HS, "fr", "Hollande en tête de la primaire au niveau national", U, lead("FR", HOL))
post(HS, "en", "Expats: Aubry out in front in the primary", U, lead("ZZ", AUB))
post(HS, "fr", "Los Angeles : Aubry gagne", U, lead(pl("Los Angeles"), AUB))
post(HS, "en", "Tomorrow Hollande will be ahead, no doubt", U, act="prediction")
post(HS, "fr", "Boston : Hollande devant ?", U, act="question")
post(HS, "en", "Montebourg at 15% nationally?", U, act="question")
post(HS, "fr", "À Lille, Aubry fera 60 % demain, c'est sûr", U, act="prediction")
