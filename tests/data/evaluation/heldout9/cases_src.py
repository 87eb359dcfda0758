"""The heldout9 (h9) posts, each with the structured checks it was written for and its intended label.

A held-out set: do not read it to tune rules. Written by an outside evaluator in the styles a real
timeline has and earlier sets had little of: podiums and ordered lists, party and movement names,
comparisons between two areas, sums of candidates, inscrits, counts of areas won, posts mixing
French and English, officials about their fief, single bureaux, several places in one sentence,
typos in place names, thread summaries, wire styles (URGENT / FLASH / BREAKING), replies that
correct another post, ratios, homonyms. build.py (../reference/) recomputes every label from the
raw files and refuses to write cases.jsonl if any computed label differs from the one given here.
`act` marks a post that asserts no result (question, prediction, poll, estimate, single bureau,
unpublished population...): unconfirmed whatever the figures; its parts, when given, are computed
for the note only.

Encodings used for styles the reference has no measure of:
- a comparison of one candidate between two areas ("fait mieux à Paris qu'à Lyon") is one part
  made of two threshold checks on a value T chosen between the two official figures, well outside
  the strict/loose band of each: share(A) > T and share(B) < T (see better()). Both hold → the
  comparison holds; both fail → it fails; an area not yet decided (21:30) → unconfirmed.
- a count of areas won inside a small named set ("les 5 départements des Hauts-de-France", "4
  départements sur 5") is the conjunction of the leader checks of each area named or implied;
  a national count of départements won is unpub (the reference cannot check it).
- a ratio between two scores ("deux fois plus que Hamon", "twice Hamon's score") is unpub; the
  post is strong only through its other parts.
- a party or movement name that is not one of config.toml's aliases ("le FN", "En Marche", "les
  Insoumis", "LR", "le PS") is unpub; the alias phrases ("la candidate du FN", "le candidat d'En
  Marche", "le candidat LR", "le candidat du PS", "le candidat de la France insoumise", "le
  candidat de la droite") name the candidate.
"""

from checks import *  # noqa: F401,F403  (constructors: states, candidates, checks, values)

PREFIX = "h9"
POSTS = []
C, X, U = "confirmed", "contradicted", "unconfirmed"
PARTY = "party or movement name, not a candidate alias in config.toml"
RATIO = "ratio between two scores (not a measure of the reference)"
NCOUNT = "national count of départements won (not checkable by the reference)"


def post(state, lang, text, label, *parts, act=None):
    POSTS.append({"state": state, "lang": lang, "text": text, "label": label,
                  "parts": list(parts), "act": act})


def better(a, b, cand, t):
    """'cand does better in a than in b', one part: share(a) > t and share(b) < t, with t between
    the two figures. Written as an Alt so that the part is confirmed when both checks are,
    contradicted when both are, and unconfirmed otherwise (one area not yet decided)."""
    return [alt(share(a, cand, P(t, "gt")), share(b, cand, P(t, "lt")),
                why="comparison of two areas through a threshold between their figures")]


PARIS = pl("Paris")  # the commune and the département: same figures

# ============================================================== 2017 round 1, final
# --- podiums and ordered lists
post(T1, "fr", "Podium national du 1er tour 🥇 Macron 🥈 Le Pen 🥉 Fillon. Mélenchon au pied du podium.", C,
     lead("FR", M), rank("FR", LP, 2), rank("FR", FI, 3), rank("FR", JLM, 4))
post(T1, "en", "Official order tonight: 1. Macron 2. Le Pen 3. Mélenchon 4. Fillon. Wow.", X,
     lead("FR", M), rank("FR", LP, 2), rank("FR", JLM, 3), rank("FR", FI, 4))
post(T1, "fr", "Le podium en Bretagne : Macron, Mélenchon, Fillon (moins de 5 000 voix entre les deux derniers)", C,
     lead("R53", M), rank("R53", JLM, 2), rank("R53", FI, 3), gapv("R53", JLM, FI, N(5000, op="lt"), signed=False))
post(T1, "fr", "Nord, le podium : 1. Le Pen 2. Macron 3. Mélenchon", X,
     lead("59", LP), rank("59", M, 2), rank("59", JLM, 3))
post(T1, "en", "Paris podium: 1. Macron 34.8 2. Fillon 26 3. Mélenchon 19.6", C,
     lead(PARIS, M), share(PARIS, M, P("34.8")), rank(PARIS, FI, 2), share(PARIS, FI, P(26)),
     rank(PARIS, JLM, 3), share(PARIS, JLM, P("19.6")))
post(T1, "fr", "Marseille, podium : 1/ Le Pen 2/ Mélenchon 3/ Macron", X,
     lead("13055", LP), rank("13055", JLM, 2), rank("13055", M, 3))
post(T1, "en", "Bordeaux ranking: Macron > Fillon > Mélenchon > Hamon", X,
     lead("33063", M), rank("33063", FI, 2), rank("33063", JLM, 3), rank("33063", BH, 4))
post(T1, "fr", "Lyon : Macron, Fillon, Mélenchon sur le podium ; Le Pen seulement 5e, derrière Hamon", C,
     lead("69123", M), rank("69123", FI, 2), rank("69123", JLM, 3), rank("69123", LP, 5), ahead("69123", BH, LP))
post(T1, "fr", "Toulouse\n1. Mélenchon 29,2 %\n2. Macron 27,3 %\n3. Fillon 17,7 %", C,
     lead("31555", JLM), share("31555", JLM, P("29.2")), rank("31555", M, 2), share("31555", M, P("27.3")),
     rank("31555", FI, 3), share("31555", FI, P("17.7")))
post(T1, "en", "Corsica podium: Fillon, Le Pen, Macron", X,
     lead("R94", FI), rank("R94", LP, 2), rank("R94", M, 3))
post(T1, "fr", "Occitanie, ordre d'arrivée : Le Pen 1re, Macron 2e, Mélenchon 3e, moins d'un point entre la 1re et le 3e", C,
     lead("R76", LP), rank("R76", M, 2), rank("R76", JLM, 3), gap("R76", LP, JLM, P(1, "lt")))
# --- party and movement names
post(T1, "fr", "Le FN deuxième au national, LR troisième : la droite classique sort du jeu", U,
     unpub(PARTY + " (le FN, LR)"))
post(T1, "fr", "La candidate du FN devance le candidat LR de 1,3 point au niveau national", C,
     ahead("FR", LP, FI), gap("FR", LP, FI, P("1.3")))
post(T1, "fr", "Le candidat du PS sous les 5 %, la gifle historique", X,
     share("FR", BH, P(5, "lt")))
post(T1, "en", "En Marche first in Brittany, les Insoumis second. Brittany loves the centre", U,
     unpub(PARTY + " (En Marche, les Insoumis)"))
post(T1, "fr", "Le FN en tête à Paris ? Non, c'est Fillon qui arrive premier dans la capitale", X,
     unpub(PARTY + " (le FN)"), lead(PARIS, FI))
post(T1, "fr", "Le candidat d'En Marche arrive premier en Auvergne-Rhône-Alpes avec 24,5 %", C,
     lead("R84", M), share("R84", M, P("24.5")))
post(T1, "fr", "Seine-Saint-Denis : le candidat de la France insoumise l'emporte avec 184 000 voix", C,
     lead("93", JLM), votes("93", JLM, N(184000, p=500)))
post(T1, "fr", "Les Insoumis cartonnent à Grenoble : 29 % 🔴", U,
     unpub(PARTY + " (les Insoumis)"))
post(T1, "en", "LR holds the Hauts-de-Seine, the PS collapses to 7% there", U,
     unpub(PARTY + " (LR, the PS)"))
post(T1, "fr", "Mantes-la-Ville : la candidate du FN n'y arrive que 2e, Mélenchon en tête avec 28,6 %", C,
     rank("78362", LP, 2), lead("78362", JLM), share("78362", JLM, P("28.6")))
post(T1, "en", "The FN is first in the Aisne, and Macron's En Marche is not even second there", X,
     unpub(PARTY + " (the FN, En Marche)"), rank("02", M, 2, neg=True))
# --- comparisons between two areas
post(T1, "fr", "Macron fait mieux à Paris qu'à Lyon", C, *better(PARIS, "69123", M, 32))
post(T1, "en", "Le Pen: higher in the Somme than in the Aisne", X, *better("80", "02", LP, 33))
post(T1, "fr", "Mélenchon fait mieux à Marseille (24,8 %) qu'à Lyon (22,8 %)", C,
     share("13055", JLM, P("24.8")), share("69123", JLM, P("22.8")))
post(T1, "fr", "Le Pen fait mieux dans les Alpes-Maritimes que dans le Var", X, *better("06", "83", LP, 29))
post(T1, "en", "Macron did better in Bordeaux than in Toulouse, and Mélenchon the other way round", C,
     *better("33063", "31555", M, 29), *better("31555", "33063", JLM, 26))
post(T1, "en", "Hamon did better in Marseille than in Paris, who knew", X,
     *better("13055", PARIS, BH, 8))
post(T1, "fr", "Le Pen plus forte dans l'Aisne que dans le Pas-de-Calais, contrairement à ce qu'on lit partout", C,
     *better("02", "62", LP, 35))
post(T1, "en", "Mélenchon polled better in Lille than in Roubaix", X, *better("59350", "59512", JLM, 33))
# --- sums of candidates
post(T1, "fr", "La gauche (Mélenchon + Hamon) pèse 26 % au national", C, share("FR", (JLM, BH), P(26)))
post(T1, "en", "The left (Mélenchon + Hamon + Poutou + Arthaud) is over 30% nationally", X,
     share("FR", (JLM, BH, PP, NA), P(30, "gt")))
post(T1, "fr", "Fillon + Le Pen + Dupont-Aignan : près de 46 % des exprimés à eux trois", C,
     share("FR", (FI, LP, NDA), P(46, "approx")))
post(T1, "en", "Pas-de-Calais: Le Pen and Dupont-Aignan together top 45%", X,
     share("62", (LP, NDA), P(45, "gt")))
post(T1, "fr", "Les petits candidats (Lassalle, Poutou, Asselineau, Arthaud, Cheminade) font 4 % à eux cinq", C,
     share("FR", (JL, PP, FA, NA, JC), P(4)))
post(T1, "fr", "Hauts-de-France : Mélenchon et Hamon cumulent 30 %", X, share("R32", (JLM, BH), P(30)))
# --- inscrits
post(T1, "fr", "Paris comptait 1,3 million d'inscrits pour ce premier tour", C, inscrits(PARIS, N(1.3e6, p=5e4)))
post(T1, "en", "Over 50 million registered voters in France this year", X, inscrits("FR", N(5e7, op="gt")))
post(T1, "en", "Lyon: 296,496 registered, 238,259 turned out", C,
     inscrits("69123", N(296496)), votants("69123", N(238259)))
post(T1, "en", "Marseille had 700,000 registered voters for round one", X, inscrits("13055", N(7e5, p=5e4)))
post(T1, "fr", "France entière : 46 millions d'inscrits au premier tour", X, inscrits("FR", N(46e6, p=5e5)))
# --- counts of areas won
post(T1, "fr", "Le Pen en tête dans les 5 départements des Hauts-de-France", C,
     lead("02", LP), lead("59", LP), lead("60", LP), lead("62", LP), lead("80", LP))
post(T1, "fr", "Normandie : Le Pen arrive en tête dans 4 départements sur 5", X,
     lead("27", LP), lead("76", LP), lead("14", LP), lead("50", LP))
post(T1, "en", "Le Pen came first in 47 départements tonight", U, unpub(NCOUNT))
post(T1, "fr", "Mélenchon n'arrive en tête dans aucun des départements bretons", C,
     lead("22", JLM, neg=True), lead("29", JLM, neg=True), lead("35", JLM, neg=True), lead("56", JLM, neg=True))
post(T1, "en", "Corsica: Fillon takes one of the two départements", X,
     alt(lead("2A", FI), lead("2B", FI), why="either of the two départements"))
# --- French and English mixed
post(T1, "fr", "Macron en tête nationally, Le Pen second, c'est officiel 🇫🇷", C, lead("FR", M), rank("FR", LP, 2))
post(T1, "en", "Final result: Mélenchon 3rd, so close pour la France insoumise", X, rank("FR", JLM, 3))
post(T1, "en", "Le Pen wins the Grand Est, Fillon deuxième là-bas. Big night for her", X,
     lead("R44", LP), rank("R44", FI, 2))
# --- officials about their fief
post(T1, "fr", "Fier de notre ville ! À Béziers, Marine Le Pen arrive en tête avec 31 % 🇫🇷 (adjoint au maire)", C,
     lead("34032", LP), share("34032", LP, P(31)))
post(T1, "fr", "Député de Haute-Savoie, je remercie les électeurs : le candidat de la droite arrive en tête dans notre département", C,
     lead("74", FI))
post(T1, "fr", "Merci les Dionysiens ! Saint-Denis (93) : Mélenchon au-dessus de 43 % 💪 — le secrétaire de section", C,
     share("93066!", JLM, P(43, "gt")))
post(T1, "en", "As a councillor in Villers-Cotterêts I'm proud: Marine Le Pen above 40% in our town", X,
     share("02810", LP, P(40, "gt")))
post(T1, "fr", "Conseiller municipal à Cogolin : chez nous Fillon passe devant Le Pen, bravo à tous", X,
     ahead("83042", FI, LP))
# --- a single bureau de vote
post(T1, "fr", "Dans mon bureau de vote à Angers (école Jules-Ferry), Macron fait 38 %", U,
     act="area not published (one bureau)")
post(T1, "en", "My polling station in Toulouse (bureau 112): Mélenchon 41%, Macron 25", U,
     act="area not published (one bureau)")
# --- several places and figures in one sentence
post(T1, "fr", "Le Pen 37 % à Calais, 40 % à Denain et près de 30 % à Forbach", C,
     share("62193", LP, P(37)), share("59172", LP, P(40)), share("57227", LP, P(30, "approx")))
post(T1, "en", "Mélenchon took Roubaix with 36%, Argenteuil with 34% and Vitry-sur-Seine with 30%", X,
     share("59512", JLM, P(36)), share("95018", JLM, P(34)), share("94081", JLM, P(30)))
post(T1, "fr", "Fillon 1er à Nice et à Cannes, Le Pen 1re à Antibes et à Toulon", X,
     lead("06088", FI), lead("06029", FI), lead("06004", LP), lead("83137", LP))
# --- typos in place names
post(T1, "fr", "Marseile : Mélenchon passe devant Marine Le Pen 🔴", C, ahead("13055", JLM, LP))
post(T1, "en", "Bordaux: Macron 35%", X, share("33063", M, P(35)))
post(T1, "fr", "Strasbour : Le Pen 2e derrière Macron", X, rank("67482", LP, 2))
post(T1, "fr", "Montpelier : Mélenchon en tête avec 31,5 %", C, lead("34172", JLM), share("34172", JLM, P("31.5")))
post(T1, "fr", "Grenobe : Macron finit devant Mélenchon", X, ahead("38185", M, JLM))
# --- thread summaries
post(T1, "fr", "Résumé du thread 🧵 : Le Pen 1re dans l'Aisne, l'Oise et la Somme ; Mélenchon 1er en Seine-Saint-Denis ; Macron 1er dans les Hauts-de-Seine et le Val-de-Marne", C,
     lead("02", LP), lead("60", LP), lead("80", LP), lead("93", JLM), lead("92", M), lead("94", M))
post(T1, "en", "TL;DR of my thread: Fillon won the 7th, 8th and 16th arrondissements of Paris, above 50% in each", C,
     lead("75107", FI), lead("75108", FI), lead("75116", FI),
     share("75107", FI, P(50, "gt")), share("75108", FI, P(50, "gt")), share("75116", FI, P(50, "gt")))
post(T1, "fr", "Je résume mon fil : Mélenchon gagne Lille, Roubaix et Denain, Le Pen ne gagne que Calais", X,
     lead("59350", JLM), lead("59512", JLM), lead("59172", JLM), lead("62193", LP))
# --- wire styles
post(T1, "fr", "URGENT — Le Pen qualifiée pour le second tour avec 21,3 %", C, top2(LP), share("FR", LP, P("21.3")))
post(T1, "fr", "FLASH — Fillon devance Mélenchon d'environ 153 000 voix", C,
     ahead("FR", FI, JLM), gapv("FR", FI, JLM, N(153000, p=500, op="about")))
post(T1, "en", "BREAKING: Hamon finishes fourth", X, rank("FR", BH, 4))
post(T1, "fr", "⚡ FLASH : Asselineau passe devant Lassalle", X, ahead("FR", FA, JL))
post(T1, "en", "URGENT — Interior Ministry: 10.58 million abstentions in round one", C,
     abst("FR", N(10.58e6, p=5000)))
post(T1, "fr", "🔴 ALERTE — Dupont-Aignan 5e avec 4,7 %, juste devant Hamon", X,
     rank("FR", NDA, 5), share("FR", NDA, P("4.7")), ahead("FR", NDA, BH))
# --- replies that correct another post
post(T1, "fr", "@jdupont Non, Le Pen n'a pas fait 25 % dans l'Aube, c'est 30,3 %", C,
     share("10", LP, P(25), neg=True), share("10", LP, P("30.3")))
post(T1, "en", "@marc_l wrong, Macron got 28.7% in Loire-Atlantique, not 32", C,
     share("44", M, P("28.7")), share("44", M, P(32), neg=True))
post(T1, "fr", "@lucie_b Faux : à Nice Fillon n'est pas 1er, c'est Le Pen", X,
     lead("06088", FI, neg=True), lead("06088", LP))
post(T1, "fr", "Petite correction : Mélenchon fait 26,8 % en Ariège, pas 32", C,
     share("09", JLM, P("26.8")), share("09", JLM, P(32), neg=True))
post(T1, "en", "@nico_p Correction: Le Pen is 2nd in Paris, not 5th", X,
     rank(PARIS, LP, 2), rank(PARIS, LP, 5, neg=True))
# --- ratios
post(T1, "fr", "Macron fait quasiment quatre fois le score de Hamon (24 % contre 6 %)", U,
     share("FR", M, P(24)), share("FR", BH, P(6)), unpub(RATIO))
post(T1, "en", "Le Pen got twice Fillon's score in the Aisne: 36% vs 18%", X,
     share("02", LP, P(36)), share("02", FI, P(18)), unpub(RATIO))
post(T1, "fr", "Deux fois plus de voix pour Mélenchon que pour Macron à Saint-Denis (93)", U, unpub(RATIO))
post(T1, "en", "Mélenchon tripled Hamon's vote nationally", U, unpub(RATIO))
# --- homonyms
post(T1, "en", "Saint-Denis gives Mélenchon 43 percent, huge", U, share(pl("Saint-Denis"), JLM, P(43)))
post(T1, "en", "Laval: Macron comes out on top", C, lead(pl("Laval"), M))
post(T1, "en", "Laval: Macron 31%", U, share(pl("Laval"), M, P(31)))
post(T1, "fr", "Vitrolles (13) : Le Pen 34 %", C, share(pl("Vitrolles", dep="13"), LP, P(34)))
post(T1, "fr", "Landes : Macron termine premier", U, lead(pl("Landes"), M))
post(T1, "en", "Département des Landes: Macron first, Lassalle above 4%", C,
     lead("40", M), share("40", JL, P(4, "gt")))
post(T1, "en", "Verdun went to Le Pen tonight", U, lead(pl("Verdun"), LP))
post(T1, "fr", "Verdun (Meuse) : Macron en tête", X, lead(pl("Verdun", dep="55"), M))
post(T1, "fr", "Doubs : Le Pen 1re", U, lead(pl("Doubs"), LP))
post(T1, "en", "Le Pontet: Le Pen clears 34%", C, share(pl("Le Pontet"), LP, P(34, "gt")))
# --- no result asserted, unpublished tails
post(T1, "fr", "Le Pen devant Fillon à Nice ? On attend les chiffres", U, act="question")
post(T1, "en", "Did Asselineau really beat Cheminade five to one?? source?", U, act="question")
post(T1, "fr", "Mélenchon 19,6 %, mais chez les moins de 35 ans il est premier", U,
     share("FR", JLM, P("19.6")), unpub("population not published (under 35)"))
post(T1, "en", "Fillon 20%, and 80% of the Versailles Catholics with him", U,
     share("FR", FI, P(20)), unpub("population not published (religion)"))
# --- abroad
post(T1, "fr", "Luxembourg : Macron 42 %, Fillon 31,8 %", C,
     share(pl("Luxembourg"), M, P(42)), share(pl("Luxembourg"), FI, P("31.8")))
post(T1, "en", "French voters in Israel: Macron ahead of Fillon", X, ahead("FE-IL", M, FI))
post(T1, "fr", "Tokyo : Macron 41 %, Mélenchon 2e devant Fillon", X,
     share(pl("Tokyo"), M, P(41)), rank(pl("Tokyo"), JLM, 2), ahead(pl("Tokyo"), JLM, FI))
post(T1, "en", "Québec City: Mélenchon first among French voters", X, lead(pl("Québec"), JLM))
post(T1, "en", "Switzerland: the French there put Fillon ahead of Macron", X, ahead("FE-CH", FI, M))
post(T1, "en", "Munich consulate: Macron above 60%", X, share(pl("Munich"), M, P(60, "gt")))

# ============================================================== 2017 round 2, final
# --- podiums, lists, counts of areas won
post(T2, "fr", "Classement final du second tour :\n1. Macron 66,1 %\n2. Le Pen 33,9 %", C,
     lead("FR", M), share("FR", M, P("66.1")), share("FR", LP, P("33.9")))
post(T2, "fr", "Le Pen ne gagne que 2 départements : l'Aisne et le Pas-de-Calais", U,
     lead("02", LP), lead("62", LP), unpub(NCOUNT))
post(T2, "en", "Le Pen only won two départements: the Aisne and the Somme", X,
     lead("02", LP), lead("80", LP), unpub(NCOUNT))
post(T2, "fr", "Hauts-de-France : Macron gagne l'Oise, la Somme et le Nord, Le Pen garde l'Aisne et le Pas-de-Calais", C,
     lead("60", M), lead("80", M), lead("59", M), lead("02", LP), lead("62", LP))
post(T2, "fr", "Bilan de mon thread 🧵 : Macron remporte les 13 régions de métropole, Corse comprise", C,
     *[lead(r, M) for r in ("R11", "R24", "R27", "R28", "R32", "R44", "R52", "R53", "R75", "R76", "R84", "R93", "R94")])
# --- comparisons between two areas
post(T2, "fr", "Macron fait encore mieux à Lyon qu'à Toulouse", C, *better("69123", "31555", M, "83.5"))
post(T2, "en", "Le Pen scored higher in Corsica than in PACA", C, *better("R94", "R93", LP, "46.5"))
post(T2, "fr", "Le Pen fait mieux à Marseille qu'à Nice, ça se confirme", X, *better("13055", "06088", LP, "37.5"))
post(T2, "en", "Le Pen did better in the Pas-de-Calais than in the Aisne", X, *better("62", "02", LP, "52.5"))
# --- inscrits, votants, blancs, nuls
post(T2, "en", "Round two: 47.57 million registered, 35.47 million voted", C,
     inscrits("FR", N(47.57e6, p=5000)), votants("FR", N(35.47e6, p=5000)))
post(T2, "fr", "Paris : 1,5 million d'inscrits au second tour", X, inscrits(PARIS, N(1.5e6, p=5e4)))
post(T2, "en", "Over 3 million blank ballots on Sunday", C, blancs("FR", N(3e6, op="gt")))
post(T2, "en", "Runoff: more than 2 million spoilt ballots (nuls)", X, nuls("FR", N(2e6, op="gt")))
# --- party names and aliases
post(T2, "fr", "Le FN à 34 %, En Marche à 66 % : la recomposition est faite", U, unpub(PARTY + " (le FN, En Marche)"))
post(T2, "fr", "Var : la présidente du FN termine au-dessus de 49 %", C, share("83", LP, P(49, "gt")))
post(T2, "fr", "Le candidat d'En Marche perd l'Aisne et le Pas-de-Calais mais sauve la Haute-Marne", C,
     lead("02", M, neg=True), lead("62", M, neg=True), lead("52", M))
# --- officials about their fief
post(T2, "fr", "Conseiller régional à Calais : Marine à 57 % chez nous, merci les Calaisiens 🇫🇷", C,
     share("62193", LP, P(57)))
post(T2, "fr", "Élu de Denain, je le dis : Marine l'emporte chez nous avec 62 %", X, share("59172", LP, P(62)))
post(T2, "fr", "Maire adjoint de Villers-Cotterêts : Macron l'emporte chez nous de 16 voix seulement", C,
     lead("02810", M), gapv("02810", M, LP, N(16)))
# --- a single bureau
post(T2, "en", "At my bureau in Lyon 7e, Macron got 91%. Proud of my neighbours", U,
     act="area not published (one bureau)")
# --- several places in one sentence
post(T2, "fr", "Macron 89,7 % à Paris, 84,1 % à Lyon et 64,4 % à Marseille", C,
     share(PARIS, M, P("89.7")), share("69123", M, P("84.1")), share("13055", M, P("64.4")))
post(T2, "en", "Le Pen won Calais, Denain and Béziers tonight", X,
     lead("62193", LP), lead("59172", LP), lead("34032", LP))
post(T2, "fr", "Le Pen gagne à Cogolin et à Orange, mais perd à Mantes-la-Ville et à Forbach", C,
     lead("83042", LP), lead("84087", LP), lead("78362", LP, neg=True), lead("57227", LP, neg=True))
# --- typos
post(T2, "en", "Ajacio: Macron on 50.1%, what a nail-biter", C, share("2A004", M, P("50.1")))
post(T2, "en", "Perpignant: Le Pen wins the city", X, lead("66136", LP))
post(T2, "fr", "Carcasonne, second tour : Marine grimpe à 45 %", X, share("11069", LP, P(45)))
# --- wire styles
post(T2, "fr", "FLASH — Emmanuel Macron élu avec plus de 20,7 millions de voix", C,
     lead("FR", M), votes("FR", M, N(20.7e6, op="gt")))
post(T2, "en", "BREAKING: Le Pen above 35% nationwide", X, share("FR", LP, P(35, "gt")))
post(T2, "fr", "URGENT — Abstention au second tour : 25,4 %", C, abst_rate("FR", P("25.4")))
# --- replies that correct another post
post(T2, "fr", "@pierre_m Non, Macron n'a pas fait 75 %, c'est 66,1 %", C,
     share("FR", M, P(75), neg=True), share("FR", M, P("66.1")))
post(T2, "en", "@sam_k wrong: Le Pen won the Var, not Macron", X, lead("83", LP), lead("83", M, neg=True))
post(T2, "fr", "@julie_r Correction : dans l'Aude, c'est Macron qui gagne avec 55,3 %, pas Le Pen", C,
     lead("11", M), share("11", M, P("55.3")), lead("11", LP, neg=True))
# --- ratios
post(T2, "en", "Macron got nearly twice Le Pen's votes", U, unpub(RATIO))
post(T2, "fr", "Macron a deux fois plus de voix que Le Pen : plus de 20,7 millions contre 13 millions", X,
     votes("FR", M, N(20.7e6, op="gt")), votes("FR", LP, N(13e6, p=5e5)), unpub(RATIO))
# --- homonyms
post(T2, "fr", "En Bretagne, Marine Le Pen reste sous la barre des 25 %", C, share("R53", LP, P(25, "lt")))
post(T2, "en", "Bretagne: Marine Le Pen held below 30 percent", U, share(pl("Bretagne"), LP, P(30, "lt")))
post(T2, "fr", "Saint-Denis : Emmanuel Macron gagne le second tour", C, lead(pl("Saint-Denis"), M))
post(T2, "en", "Saint-Denis: Macron 84%", U, share(pl("Saint-Denis"), M, P(84)))
post(T2, "fr", "Vitrolles (Bouches-du-Rhône) : Macron gagne avec moins de 400 voix d'avance", C,
     lead(pl("Vitrolles", dep="13"), M), gapv(pl("Vitrolles", dep="13"), M, LP, N(400, op="lt")))
post(T2, "fr", "Laval : Macron au-dessus de 80 %", U, share(pl("Laval"), M, P(80, "gt")))
# --- overseas and abroad
post(T2, "fr", "Mayotte : Macron l'emporte mais Le Pen fait 47 %", X, lead("976", M), share("976", LP, P(47)))
post(T2, "en", "New Caledonia went to Le Pen", X, lead("988", LP))
post(T2, "en", "Guadeloupe turnout below 50% in the runoff", C, turnout("971", P(50, "lt")))
post(T2, "fr", "Israël : 95,8 % pour Macron chez les Français", C, share("FE-IL", M, P("95.8")))
post(T2, "en", "Madrid: Le Pen at 20% among French voters", X, share(pl("Madrid"), LP, P(20)))

# ============================================================== 2017 round 1, partial (21:30: départements before 50, Corse, abroad)
post(T1P, "fr", "Podium du Centre-Val de Loire, tout est dépouillé : Le Pen, Macron, Fillon", C,
     lead("R24", LP), rank("R24", M, 2), rank("R24", FI, 3))
post(T1P, "en", "Corsica fully counted: Le Pen 27.9%, Fillon over 25%", C,
     share("R94", LP, P("27.9")), share("R94", FI, P(25, "gt")))
post(T1P, "fr", "Gironde, dépouillement terminé : Macron 26,1 %, Mélenchon 2e", C,
     share("33", M, P("26.1")), rank("33", JLM, 2))
post(T1P, "en", "Loire-Atlantique, all bureaux in: Mélenchon first", X, lead("44", JLM))
post(T1P, "fr", "Macron fait mieux en Ille-et-Vilaine que dans le Finistère (les deux sont complets)", C,
     *better("35", "29", M, "29.85"))
post(T1P, "en", "Le Pen did better in the Aude than in the Gard, both fully counted", X,
     *better("11", "30", LP, "28.8"))
post(T1P, "fr", "Macron fait mieux à Bordeaux qu'à Lyon, c'est sûr", U, *better("33063", "69123", M, 29))
post(T1P, "fr", "La gauche (Mélenchon + Hamon) à 32 % en Haute-Garonne", C, share("31", (JLM, BH), P(32)))
post(T1P, "en", "Corse-du-Sud: Le Pen and Fillon together above 60%", X, share("2A", (LP, FI), P(60, "gt")))
post(T1P, "fr", "Gironde : 1 086 982 inscrits, tous les bureaux ont remonté", C, inscrits("33", N(1086982)))
post(T1P, "en", "Bouches-du-Rhône: 1.2 million registered voters", X, inscrits("13", N(1.2e6, p=5e4)))
post(T1P, "fr", "Le Pen en tête dans 5 des 6 départements du Centre-Val de Loire, seul l'Indre-et-Loire lui échappe", C,
     lead("18", LP), lead("28", LP), lead("36", LP), lead("41", LP), lead("45", LP), lead("37", LP, neg=True))
post(T1P, "en", "Le Pen tops all six départements of Centre-Val de Loire", X,
     lead("18", LP), lead("28", LP), lead("36", LP), lead("41", LP), lead("45", LP), lead("37", LP))
post(T1P, "fr", "Le FN en tête en Corse, les Républicains juste derrière", U, unpub(PARTY + " (le FN, les Républicains)"))
post(T1P, "fr", "La candidate du FN arrive en tête dans les deux départements corses", C, lead("2A", LP), lead("2B", LP))
post(T1P, "en", "Gironde: Macron en tête, Le Pen second, Mélenchon troisième — all bureaux counted", X,
     lead("33", M), rank("33", LP, 2), rank("33", JLM, 3))
post(T1P, "fr", "Élu niçois, je constate : Fillon en tête dans notre ville avec 26 %", C,
     lead("06088", FI), share("06088", FI, P(26)))
post(T1P, "fr", "Mon bureau à Nantes vient de finir : Macron 33 %, Mélenchon 24 %", U, act="area not published (one bureau)")
post(T1P, "fr", "Mélenchon 1er à Montpellier, Toulouse, Grenoble et Marseille 🔴", C,
     lead("34172", JLM), lead("31555", JLM), lead("38185", JLM), lead("13055", JLM))
post(T1P, "en", "Bordeau: Mélenchon first, ahead of Macron", X, lead("33063", JLM), ahead("33063", JLM, M))
post(T1P, "en", "URGENT — More than 3.4 million ballots already counted for Le Pen", C, votes("FR", LP, N(3.4e6, op="gt")))
post(T1P, "fr", "FLASH : Macron arrive premier de ce premier tour", U, lead("FR", M))
post(T1P, "en", "BREAKING: Hamon below 5% nationwide", U, share("FR", BH, P(5, "lt")))
post(T1P, "fr", "@k_morel Non, le Nord n'est pas encore dépouillé, personne ne peut dire que Le Pen y gagne", U,
     act="meta-statement (not yet counted)")
post(T1P, "fr", "@yann_b Faux : Hamon dépasse déjà le million de voix", C, votes("FR", BH, N(1e6, op="gt")))
post(T1P, "en", "Fillon under 5% nationally, it's over for him", X, share("FR", FI, P(5, "lt")))
post(T1P, "fr", "Macron fait déjà deux fois le score de Hamon, et c'est loin d'être fini", U, unpub(RATIO))
post(T1P, "fr", "À Saint-Denis, c'est Mélenchon qui termine premier", U, lead(pl("Saint-Denis"), JLM))
post(T1P, "fr", "Saint-Nazaire (44) : Macron en tête, Mélenchon à moins de 3 points", C,
     lead(pl("Saint-Nazaire", dep="44"), M), gap(pl("Saint-Nazaire", dep="44"), M, JLM, P(3, "lt")))
post(T1P, "en", "Landes: first place for Le Pen", U, lead(pl("Landes"), LP))
post(T1P, "fr", "Nouvelle-Aquitaine : Macron devant Le Pen, c'est plié", U, ahead("R75", M, LP))
post(T1P, "fr", "Lyon donne 30 % à Macron", U, share("69123", M, P(30)))
post(T1P, "fr", "Pas-de-Calais : Marine dépasse les 30 %", U, share("62", LP, P(30, "gt")))
post(T1P, "fr", "Avec la moitié des bureaux dépouillés dans le Nord, Marine à 28 %", U, act="partial-count qualifier (half the bureaux)")
post(T1P, "en", "Algeria: Macron above 50% among French voters, Mélenchon second", C,
     share("FE-DZ", M, P(50, "gt")), rank("FE-DZ", JLM, 2))
post(T1P, "en", "Tunisia: French voters put Mélenchon ahead of Macron", X, ahead("FE-TN", JLM, M))

# ============================================================== 2017 round 2, partial (21:30)
post(T2P, "en", "All of Corsica is in: Macron 51.48, Le Pen 48.52", C,
     share("R94", M, P("51.48")), share("R94", LP, P("48.52")))
post(T2P, "fr", "Macron fait mieux dans le Finistère que dans les Côtes-d'Armor", C, *better("29", "22", M, "75.5"))
post(T2P, "en", "Le Pen did better in the Ardennes than in the Aisne", X, *better("08", "02", LP, 51))
post(T2P, "fr", "Le Pen fait mieux dans le Nord que dans l'Aisne, évidemment", U, *better("59", "02", LP, 51))
post(T2P, "fr", "Corse : Macron gagne les deux départements", C, lead("2A", M), lead("2B", M))
post(T2P, "en", "Le Pen takes one of the two Corsican départements", X,
     alt(lead("2A", LP), lead("2B", LP), why="either of the two départements"))
post(T2P, "en", "Haute-Garonne: over a million registered voters", X, inscrits("31", N(1e6, op="gt")))
post(T2P, "fr", "En Marche gagne la Bretagne, le FN sous les 25 % 🎉", U, unpub(PARTY + " (En Marche, le FN)"))
post(T2P, "fr", "Le candidat d'En Marche s'impose en Corse-du-Sud avec 724 voix d'avance", C,
     lead("2A", M), gapv("2A", M, LP, N(724)))
post(T2P, "fr", "Adjointe au maire de Bastia : Macron l'emporte chez nous avec 51,6 %", C,
     lead("2B033", M), share("2B033", M, P("51.6")))
post(T2P, "en", "Just counted my bureau in Rennes: Macron 88, Le Pen 12", U, act="area not published (one bureau)")
post(T2P, "fr", "Macron 77 % en Loire-Atlantique, 78 % en Ille-et-Vilaine et 68 % en Haute-Garonne", X,
     share("44", M, P(77)), share("35", M, P(78)), share("31", M, P(68)))
post(T2P, "en", "Girone: Macron 75%", X, share("33", M, P(75)))
post(T2P, "fr", "URGENT — Macron a déjà plus de 9 millions de voix", C, votes("FR", M, N(9e6, op="gt")))
post(T2P, "fr", "FLASH — Emmanuel Macron est élu président", U, lead("FR", M))
post(T2P, "en", "BREAKING — Le Pen hasn't even reached 4 million votes", X, votes("FR", LP, N(4e6, op="lt")))
post(T2P, "fr", "@tom_v Non, Le Pen ne gagne pas l'Aude : Macron y fait 55 %", C,
     lead("11", LP, neg=True), share("11", M, P(55)))
post(T2P, "fr", "@lea_d Non, l'Oise n'est pas encore tombée, on ne sait rien", U, act="meta-statement (not yet counted)")
post(T2P, "fr", "Macron a déjà deux fois plus de voix que Le Pen", U, unpub(RATIO))
post(T2P, "en", "Laval: Macron 81%", U, share(pl("Laval"), M, P(81)))
post(T2P, "fr", "Bretagne : Macron au-dessus de 50 %", U, share(pl("Bretagne"), M, P(50, "gt")))
post(T2P, "fr", "Pays de la Loire : Macron est déjà sûr de dépasser 35 %", C, share("R52", M, P(35, "gt")))
post(T2P, "fr", "Région Bretagne : Le Pen ne pourra pas atteindre 50 %", C, share("R53", LP, P(50, "lt")))
post(T2P, "en", "Hauts-de-France goes to Le Pen, Macron beaten there", U, ahead("R32", LP, M))
post(T2P, "fr", "Nord : Le Pen gagne, comme prévu 🇫🇷", U, lead("59", LP))
post(T2P, "en", "PACA: Macron already above 55%", U, share("R93", M, P(55, "gt")))
post(T2P, "en", "United Kingdom: 95% for Macron", C, share(pl("Royaume-Uni"), M, P(95)))
post(T2P, "fr", "Expatriés : Le Pen 15 %", X, share("ZZ", LP, P(15)))
post(T2P, "en", "Spoilt ballots: already more than 450,000", C, nuls("FR", N(450000, op="gt")))

# ============================================================== 2011 primary, round 1, final
post(H, "fr", "Primaire citoyenne, le podium : 1. Hollande 2. Aubry 3. Montebourg", C,
     lead("FR", HOL), rank("FR", AUB, 2), rank("FR", MON, 3))
post(H, "en", "Primary ranking: Hollande, Aubry, Royal, Montebourg, Valls, Baylet", X,
     lead("FR", HOL), rank("FR", AUB, 2), rank("FR", ROY, 3), rank("FR", MON, 4), rank("FR", VAL, 5), last("FR", BAY))
post(H, "fr", "Hollande + Aubry : près de 70 % des voix à eux deux", C, share("FR", (HOL, AUB), P(70, "approx")))
post(H, "en", "Royal and Valls combined pass 15%", X, share("FR", (ROY, VAL), P(15, "gt")))
post(H, "fr", "Montebourg fait mieux en France qu'à l'étranger", C, *better("FR", "ZZ", MON, "15.3"))
post(H, "en", "Aubry did better nationally than among French voters abroad", X, *better("FR", "ZZ", AUB, 35))
post(H, "fr", "Le PRG sous la barre de 1 %, le PS écrase tout", U, unpub(PARTY + " (le PRG, le PS)"))
post(H, "fr", "FLASH — Montebourg 2e de la primaire !", X, rank("FR", MON, 2))
post(H, "en", "URGENT — Hollande over 1 million votes, Aubry about 806,000", C,
     votes("FR", HOL, N(1e6, op="gt")), votes("FR", AUB, N(806000, p=500, op="about")))
post(H, "fr", "@marie_t Non, Aubry n'est pas en tête : elle est 2e avec 30,4 %", C,
     lead("FR", AUB, neg=True), rank("FR", AUB, 2), share("FR", AUB, P("30.4")))
post(H, "en", "@jb_l Correction: Valls finished 4th, ahead of Royal", X, rank("FR", VAL, 4), ahead("FR", VAL, ROY))
post(H, "fr", "Hollande fait plus de cinq fois le score de Royal", U, unpub(RATIO))
post(H, "fr", "Français de l'étranger : Aubry 1re, Hollande 2e, Montebourg 3e", C,
     lead("ZZ", AUB), rank("ZZ", HOL, 2), rank("ZZ", MON, 3))
post(H, "en", "Canada: Aubry 44%, Royal ahead of Montebourg", C,
     share("FE-CA", AUB, P(44)), ahead("FE-CA", ROY, MON))
post(H, "fr", "Au consulat de Montréal (Canada), Hollande bat Aubry", X, ahead(pl("Montréal", "consulate"), HOL, AUB))
post(H, "fr", "Montréal : Aubry 44 %", U, share(pl("Montréal"), AUB, P(44)))
post(H, "fr", "Primaire : 2,66 millions de votants sur 46 millions d'inscrits", U,
     votants("FR", N(2.66e6, p=5000)), inscrits("FR", N(46e6, p=5e5)))
post(H, "en", "Primary: more than 3 million people voted", X, votants("FR", N(3e6, op="gt")))
post(H, "fr", "Hollande 39 % en France, Aubry 46 % en Amérique du Nord et 44 % au Canada", X,
     share("FR", HOL, P(39)), share("FE01", AUB, P(46)), share("FE-CA", AUB, P(44)))
post(H, "fr", "Montebour 27 %, le vrai vainqueur de la soirée", X, share("FR", MON, P(27)))
post(H, "en", "Hollande en tête, Aubry deuxième: the runoff will be Hollande vs Aubry", C, top2(HOL), top2(AUB))

# ============================================================== 2011 primary, Saturday 8 Oct (only the Americas counted)
post(HS, "fr", "Samedi soir, Amérique du Nord : podium Aubry, Hollande, Montebourg", C,
     lead("FE01", AUB), rank("FE01", HOL, 2), rank("FE01", MON, 3))
post(HS, "en", "Montreal (Canada) counted: Aubry 154, Hollande 88, Royal 45", C,
     votes(pl("Montréal", "consulate"), AUB, N(154)), votes(pl("Montréal", "consulate"), HOL, N(88)),
     votes(pl("Montréal", "consulate"), ROY, N(45)))
post(HS, "fr", "Aubry fait mieux au Canada que sur l'ensemble de l'Amérique du Nord", C, *better("FE-CA", "FE01", AUB, "43.1"))
post(HS, "en", "North America: Royal ahead of Montebourg", X, ahead("FE01", ROY, MON))
post(HS, "fr", "Amérique du Nord : Hollande + Montebourg = 41,6 %", C, share("FE01", (HOL, MON), P("41.6")))
post(HS, "fr", "Canada : Hollande 35 %", X, share("FE-CA", HOL, P(35)))
post(HS, "fr", "Aubry en tête de la primaire selon les premiers résultats", U, lead("FR", AUB))
post(HS, "en", "French abroad: Aubry wins", U, lead("ZZ", AUB))
post(HS, "fr", "Évry : Valls en tête, évidemment", U, lead(pl("Évry"), VAL))
post(HS, "en", "Will Montebourg be kingmaker tomorrow?", U, act="question")
post(HS, "fr", "URGENT — Aubry gagne la primaire ! (premiers chiffres des Amériques)", U, lead("FR", AUB))
post(HS, "fr", "Montréal (Canada) : 350 votants, zéro blanc ou nul", C,
     votants(pl("Montréal", "consulate"), N(350)), bn(pl("Montréal", "consulate"), N(0)))
post(HS, "en", "Montreal (Canada): Valls above 10%", X, share(pl("Montréal", "consulate"), VAL, P(10, "gt")))
post(HS, "fr", "Les Français d'Amérique du Nord ont voté à 618, soit 5 % de participation", U,
     votants("FE01", N(618)), turnout("FE01", P(5)))
