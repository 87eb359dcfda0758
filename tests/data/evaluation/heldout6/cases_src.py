"""The heldout6 posts, each with the structured checks it was written for and its intended label.

A held-out set in the image of an ordinary election-night timeline (plain, checkable claims by
journalists, activists, party accounts and ordinary users), salted with the phrasings that are hard
for a reader: negation, debunks, disbelief, unpublished populations, polls and exit polls, a city
named like its département, homonym communes, vote gaps that look like counts, compounds with two
areas or two figures, predictions and bets, "could still", times of day, fractions and number words.
build.py (../reference/) recomputes every label from the raw files and refuses to write cases.jsonl
if any computed label differs from the one given here. `act` marks a post that asserts no result:
unconfirmed whatever the figures; its parts, when given, are computed for the note only.

DO NOT TUNE ON THIS SET.
"""

from checks import *  # noqa: F401,F403  (constructors: states, candidates, checks, values)

PREFIX = "h6"
POSTS = []
C, X, U = "confirmed", "contradicted", "unconfirmed"


def post(state, lang, text, label, *parts, act=None):
    POSTS.append({"state": state, "lang": lang, "text": text, "label": label,
                  "parts": list(parts), "act": act})


# ============================================================== 2017 round 1, final
# --- national
post(T1, "fr", "📊 Chiffres définitifs : Emmanuel Macron 8 656 346 voix, Marine Le Pen 7 678 491. Rendez-vous le 7 mai. #Presidentielle2017", C,
     votes("FR", M, N(8656346)), votes("FR", LP, N(7678491)))
post(T1, "en", "Fillon misses the runoff by roughly 465,000 votes. Brutal night for LR", C,
     elim(FI), gapv("FR", LP, FI, N(465000, p=500, op="about")))
post(T1, "fr", "Mélenchon n'est pas en tête, d'accord, mais il finit deuxième devant Le Pen !! #JLM2017", X,
     lead("FR", JLM, neg=True), rank("FR", JLM, 2))
post(T1, "fr", "Non, Marine Le Pen n'est pas arrivée en tête du premier tour : Macron la devance de 2,7 points.", C,
     lead("FR", LP, neg=True), gap("FR", M, LP, P("2.7")))
post(T1, "en", "Fillon a clear third, more than two points clear of Mélenchon #Fillon2017", X,
     rank("FR", FI, 3), gap("FR", FI, JLM, P(2, "gt")))
post(T1, "fr", "Un suffrage exprimé sur cinq pour François Fillon. Pas assez.", C, share("FR", FI, F("un sur cinq")))
post(T1, "en", "Le Pen ends on twenty-one per cent, good enough for second place", C,
     share("FR", LP, P(21)), rank("FR", LP, 2))
post(T1, "fr", "Hamon sous les cinq pour cent, c'est la Bérézina rue de Solférino", X, share("FR", BH, P(5, "lt")))
post(T1, "en", "Elabe's final poll had Macron on 24 and Le Pen on 22. Bang on, apparently 👀", U, act="poll")
post(T1, "fr", "À midi, la participation atteignait 28,5 % d'après l'Intérieur", U, act="time of day (midi)")
post(T1, "en", "Bet you a croissant Le Pen gets 40 on 7 May #pari", U, act="bet")
post(T1, "fr", "Chez les jeunes, Mélenchon a cartonné : près de 30 % chez les 18-24 ans selon Ipsos", U,
     act="poll / population not published (age group)")
post(T1, "fr", "Près de 37 millions de votants ce dimanche pour le premier tour", C,
     votants("FR", N(37e6, p=5e5, op="approx")))
post(T1, "en", "Turnout dropped below 75% in round one, worrying", X, turnout("FR", P(75, "lt")))
post(T1, "fr", "22,2 % d'abstention : un peu plus d'un inscrit sur cinq est resté chez lui", C,
     abst_rate("FR", P("22.2")), abst_rate("FR", F("un sur cinq", "gt")))
post(T1, "fr", "Les bulletins blancs atteignent 1,2 million au premier tour 🤯", X, blancs("FR", N(1.2e6, p=5e4)))
post(T1, "en", "Spoilt ballots in round one: just under 290,000", C, nuls("FR", N(290000, op="lt")))
post(T1, "fr", "Poutou + Arthaud : à peine plus de 1,7 % à eux deux. L'extrême gauche à l'agonie", C,
     share("FR", (PP, NA), P("1.7", "gt")))
post(T1, "en", "Asselineau finished ahead of Lassalle, small win for the UPR crowd", X, ahead("FR", FA, JL))
post(T1, "fr", "Macron + Hamon, ça fait à peine 28 % à eux deux", X, share("FR", (M, BH), P(28)))
post(T1, "fr", "La capture qui circule avec Fillon qualifié est un faux : c'est bien Macron contre Le Pen le 7 mai", C,
     top2(FI, neg=True), top2(M), top2(LP))
post(T1, "fr", "Le tableau qui montre Lassalle devant Poutou est un fake, arrêtez de le partager svp", X,
     ahead("FR", JL, PP, neg=True))
post(T1, "fr", "Macron à 24 % ?? Je n'y crois pas une seconde, tout est truqué", U, act="disbelief")
post(T1, "en", "Fillon could still catch Le Pen once the last overseas ballots are in, wait and see", U, act="could still")
post(T1, "fr", "Jean Lassalle septième, juste devant Poutou 🐑", C, rank("FR", JL, 7), ahead("FR", JL, PP))
post(T1, "en", "Dupont-Aignan fifth on 6.4%", X, rank("FR", NDA, 5), share("FR", NDA, P("6.4")))
post(T1, "fr", "Moins d'un inscrit sur cinq a voté Macron (18,2 % des inscrits)", C,
     share_ins("FR", M, F("un sur cinq", "lt")), share_ins("FR", M, P("18.2")))
post(T1, "en", "Fillon scrapes 20%: the right's poorest showing under the Fifth Republic", U,
     share("FR", FI, P(20)), unpub("historical comparison"))
post(T1, "fr", "Mélenchon à plus de 7,5 millions de voix ✊ #FranceInsoumise", X, votes("FR", JLM, N(7.5e6, op="gt")))
post(T1, "fr", "Hamon devance Dupont-Aignan d'environ 600 000 voix", C, gapv("FR", BH, NDA, N(6e5, p=5000, op="about")))
post(T1, "en", "Exit polling by Harris Interactive puts Macron on 24.5 and Le Pen on 22", U, act="exit poll")
post(T1, "fr", "Mon prono pour le 7 mai : Macron 62, Le Pen 38. Qui dit mieux ?", U, act="prediction")
post(T1, "en", "Did Mélenchon really get 19.6%? Sounds low", U, act="question")
post(T1, "en", "Turnout at 5 pm stood at 69.42%, per the ministry", U, act="time of day (17h)")
# --- régions
post(T1, "fr", "Centre-Val de Loire : Le Pen d'une courte tête devant Macron, 23,1 contre 22,7", C,
     lead("R24", LP), close("R24", LP, M), share("R24", LP, P("23.1")), share("R24", M, P("22.7")))
post(T1, "en", "Auvergne-Rhône-Alpes went to Le Pen 🔵", X, lead("R84", LP))
post(T1, "en", "Corsica: Le Pen first, Fillon second, Macron a distant third", C,
     lead("R94", LP), rank("R94", FI, 2), rank("R94", M, 3))
post(T1, "fr", "Bretagne : Mélenchon 2e derrière Macron, avec 21 %", X, rank("R53", JLM, 2), share("R53", JLM, P(21)))
post(T1, "fr", "Île-de-France : Marine Le Pen termine 3e", X, rank("R11", LP, 3))
# --- départements
post(T1, "en", "Allier (03): Le Pen comes out on top", X, lead("03", LP))
post(T1, "fr", "Alpes-Maritimes : Le Pen devance Fillon d'à peine 2 100 voix", C,
     ahead("06", LP, FI), gapv("06", LP, FI, N(2100, p=50, op="about")))
post(T1, "en", "Ardèche: Mélenchon pips Macron for second, both near 22%", C,
     rank("07", JLM, 2), ahead("07", JLM, M), share("07", JLM, P(22, "approx")), share("07", M, P(22, "approx")))
post(T1, "fr", "Ariège : Marine Le Pen arrive première 😱", X, lead("09", LP))
post(T1, "fr", "Aube (10) : Le Pen au-dessus de 30 %", C, share("10", LP, P(30, "gt")))
post(T1, "fr", "Charente : Le Pen devant Macron, la surprise", X, ahead("16", LP, M))
post(T1, "en", "Haute-Corse: Fillon first, ahead of Le Pen", X, lead("2B", FI), ahead("2B", FI, LP))
post(T1, "fr", "Eure-et-Loir : Fillon 2e, deux points devant Macron", X, rank("28", FI, 2), gap("28", FI, M, P(2)))
post(T1, "en", "The Landes (40) went Mélenchon 🔴", X, lead("40", JLM))
post(T1, "fr", "Loir-et-Cher : Fillon en tête avec 25 %", X, lead("41", FI), share("41", FI, P(25)))
post(T1, "fr", "Indre : c'est Marine qui vire en tête 🔥", U, lead(pl("Indre"), LP))
post(T1, "en", "Haute-Loire: Macron ahead of Le Pen by fewer than 700 votes", C,
     ahead("43", M, LP), gapv("43", M, LP, N(700, op="lt")))
post(T1, "en", "Lot-et-Garonne: Macron first", X, lead("47", M))
post(T1, "fr", "Mayenne : Fillon arrive premier", U, lead(pl("Mayenne"), FI))
post(T1, "en", "Mayenne: Macron above 25%", C, share(pl("Mayenne"), M, P(25, "gt")))
post(T1, "en", "Morbihan: Le Pen second", X, rank("56", LP, 2))
post(T1, "fr", "Bas-Rhin : Fillon finit 2e", X, rank("67", FI, 2))
post(T1, "fr", "Haute-Savoie : Macron premier", X, lead("74", M))
post(T1, "en", "Seine-et-Marne: Le Pen nudges past Macron", X, ahead("77", LP, M))
post(T1, "en", "Corrèze: Hollande's old turf gives Macron over 26%", C, share(pl("Corrèze"), M, P(26, "gt")))
post(T1, "fr", "Vienne (86) : Mélenchon en tête", X, lead("86", JLM))
post(T1, "fr", "Martinique : Mélenchon devant Macron, et une participation sous les 40 %", C,
     ahead("972", JLM, M), turnout("972", P(40, "lt")))
post(T1, "en", "Réunion island: Mélenchon first with 24.5%", C, lead("974", JLM), share("974", JLM, P("24.5")))
post(T1, "fr", "Polynésie française : victoire de Le Pen au 1er tour", X, lead("987", LP))
post(T1, "en", "Wallis and Futuna: Hamon above 25%", C, share("986", BH, P(25, "gt")))
post(T1, "fr", "Dans mon village de la Creuse, Le Pen 40 %. Personne n'en parle.", U, act="area not published (a village)")
post(T1, "fr", "Les agriculteurs ont voté Le Pen à 30 %, d'après un sondage Ifop", U, act="poll / population not published")
# --- communes and arrondissements
post(T1, "en", "Nantes: Mélenchon tops the city", X, lead("44109", JLM))
post(T1, "en", "Nice: Fillon beats Le Pen by less than a point", C, ahead("06088", FI, LP), gap("06088", FI, LP, P(1, "lt")))
post(T1, "fr", "Grenoble : Mélenchon devance Macron de 154 voix 🔴", C, ahead("38185", JLM, M), gapv("38185", JLM, M, N(154)))
post(T1, "fr", "Saint-Étienne : Macron passe devant Mélenchon", X, ahead("42218", M, JLM))
post(T1, "en", "Angers: Fillon wins", X, lead("49007", FI))
post(T1, "fr", "Orléans : Macron 1er, Fillon 2e, Mélenchon 3e", C,
     lead("45234", M), rank("45234", FI, 2), rank("45234", JLM, 3))
post(T1, "en", "Mulhouse: Mélenchon first by a whisker", X, lead("68224", JLM))
post(T1, "en", "Calais: Le Pen above 37%", C, share("62193", LP, P(37, "gt")))
post(T1, "fr", "Dunkerque a choisi Mélenchon ✊", X, lead("59183", JLM))
post(T1, "fr", "Béziers : moins de 30 % pour Marine Le Pen", X, share("34032", LP, P(30, "lt")))
post(T1, "fr", "Saint-Denis : Mélenchon arrive en tête", U, lead(pl("Saint-Denis"), JLM))
post(T1, "en", "Versailles: Macron first", X, lead("78646", M))
post(T1, "fr", "Valence : victoire de Macron au premier tour 🟡", U, lead(pl("Valence"), M))
post(T1, "en", "La Rochelle: Macron 29%", U, share(pl("La Rochelle"), M, P(29)))
post(T1, "en", "Quimper: Macron with a third of the vote", C, share("29232", M, F("tiers")))
post(T1, "fr", "Le Mans : Fillon devant Macron", X, ahead("72181", FI, M))
post(T1, "fr", "Troyes : Fillon 1er, Macron 2e à moins d'un point, Le Pen 3e", C,
     lead("10387", FI), rank("10387", M, 2), gap("10387", FI, M, P(1, "lt")), rank("10387", LP, 3))
post(T1, "fr", "À Arles c'est Mélenchon qui sort premier", X, lead("13004", JLM))
post(T1, "fr", "Aix-en-Provence : Macron devance Fillon", X, ahead("13001", M, FI))
post(T1, "fr", "Paris 16e : Fillon à plus de 58 %, Le Pen à 4 %", C, share("75116", FI, P(58, "gt")), share("75116", LP, P(4)))
post(T1, "en", "Paris 19th: Macron tops it", X, lead("75119", M))
post(T1, "fr", "Paris 20e : Mélenchon devance Macron de 1 113 voix", C, ahead("75120", JLM, M), gapv("75120", JLM, M, N(1113)))
post(T1, "fr", "Lyon 1er : Macron en tête", X, lead("69381", M))
post(T1, "en", "Marseille 7th: Macron ahead of Fillon", X, ahead("13207", M, FI))
# --- abroad
post(T1, "fr", "Genève : Macron devance Fillon de 825 voix", C, ahead(pl("Genève"), M, FI), gapv(pl("Genève"), M, FI, N(825)))
post(T1, "fr", "Madrid : Fillon en tête chez les Français", X, lead(pl("Madrid"), FI))
post(T1, "en", "Casablanca: Mélenchon first", X, lead(pl("Casablanca"), JLM))
post(T1, "fr", "Alger : majorité absolue pour Macron, 51,6 %", C, share(pl("Alger"), M, P(50, "gt")), share(pl("Alger"), M, P("51.6")))
post(T1, "fr", "Tokyo : Fillon 1er", X, lead(pl("Tokyo"), FI))
post(T1, "en", "Munich: Fillon at 30%", X, share(pl("Munich"), FI, P(30)))
post(T1, "en", "Lisbon: Fillon ahead, the retirees have spoken", U,
     ahead(pl("Lisbon"), FI, M), unpub("population not published (retirees)"))
post(T1, "fr", "Français de Suisse : Macron 34,7 %, Fillon près de 31 %", C,
     share(pl("Suisse", "country"), M, P("34.7")), share(pl("Suisse", "country"), FI, P(31, "approx")))
post(T1, "en", "Canada: Mélenchon second among French voters, 26.8%", C,
     rank(pl("Canada"), JLM, 2), share(pl("Canada"), JLM, P("26.8")))
post(T1, "fr", "Français du Liban : Macron arrive devant tout le monde", X, lead(pl("Liban"), M))
post(T1, "en", "Fillon first in the 10th constituency of the French abroad, a friend in Beirut tells me", C, lead("FE10", FI))

# ============================================================== 2017 round 2, final
post(T2, "fr", "Macron élu avec plus de 20,7 millions de voix 🇪🇺", C, lead("FR", M), votes("FR", M, N(20.7e6, op="gt")))
post(T2, "en", "Le Pen above 10.6 million votes, about a third of valid ballots", C,
     votes("FR", LP, N(10.6e6, op="gt")), share("FR", LP, F("tiers", "about")))
post(T2, "fr", "Marine Le Pen dépasse les 40 % ce soir", X, share("FR", LP, P(40, "gt")))
post(T2, "en", "Over ten million votes separate Macron and Le Pen", C, gapv("FR", M, LP, N(1e7, op="gt"), signed=False))
post(T2, "fr", "Plus de trois millions de bulletins blancs dimanche soir", C, blancs("FR", N(3e6, op="gt")))
post(T2, "fr", "Abstention : 15 millions d'inscrits ne sont pas allés voter", X, abst("FR", N(15e6, p=5e5)))
post(T2, "en", "A quarter of registered voters abstained in the runoff", C, abst_rate("FR", F("quart")))
post(T2, "fr", "Participation la plus basse depuis Pompidou-Poher, 74,6 %", U,
     turnout("FR", P("74.6")), unpub("historical comparison (1969)"))
post(T2, "fr", "Macron ne dépasse pas les 60 %. Un président mal élu.", X, share("FR", M, P(60, "gt"), neg=True))
post(T2, "en", "Le Pen did not reach 35%", C, share("FR", LP, P(35, "gt"), neg=True))
post(T2, "fr", "Estimation Elabe à 20h : Macron 65,5 %", U, act="estimate at 20h")
post(T2, "en", "Macron will get his majority in June, no doubt", U, act="prediction")
post(T2, "fr", "Le Pen 34 % ?? Impossible, je connais personne qui a voté Macron", U, act="disbelief")
post(T2, "en", "Le Pen could still win if the overseas vote swings her way", U, act="could still")
post(T2, "fr", "Les électeurs de Mélenchon se sont abstenus en masse, évidemment", U, act="population not published")
post(T2, "en", "5pm turnout for the runoff: 65.3%", U, act="time of day (17h)")
# --- régions and départements
post(T2, "en", "The Hauts-de-France backed Le Pen in the runoff", X, lead("R32", LP))
post(T2, "fr", "Corse : Macron l'emporte avec 51,5 %", C, lead("R94", M), share("R94", M, P("51.5")))
post(T2, "fr", "Grand Est : Macron à 55 %", X, share("R44", M, P(55)))
post(T2, "en", "Brittany: three quarters of the vote for Macron", C, share("R53", M, F("trois quarts")))
post(T2, "fr", "Corse-du-Sud : Macron ne devance Le Pen que de 724 voix", C, ahead("2A", M, LP), gapv("2A", M, LP, N(724)))
post(T2, "fr", "Aube (10) : Le Pen gagne le département", X, lead("10", LP))
post(T2, "en", "Haute-Saône: Le Pen came within 4.5 points of Macron", C, gap("70", M, LP, P("4.5", "lt")))
post(T2, "fr", "Vaucluse (84) : Le Pen l'emporte !!", X, lead("84", LP))
post(T2, "en", "Tarn-et-Garonne went to Le Pen", X, lead("82", LP))
post(T2, "fr", "Martinique : Macron à plus de 77 %", C, share("972", M, P(77, "gt")))
post(T2, "fr", "À Mayotte, Marine Le Pen passe devant Macron", X, ahead("976", LP, M))
post(T2, "fr", "Ariège : plus de 16 % de blancs et nuls parmi les votants", C, bn_pv("09", P(16, "gt")))
post(T2, "fr", "Mayenne : Macron 72 %", U, share(pl("Mayenne"), M, P(72)))
post(T2, "fr", "Doubs : Macron 70 %", U, share(pl("Doubs"), M, P(70)))
post(T2, "fr", "Vienne : Macron au-dessus de 65 %", C, share(pl("Vienne"), M, P(65, "gt")))
post(T2, "en", "Valence: Macron wins", C, lead(pl("Valence"), M))
# --- communes
post(T2, "fr", "Calais : Le Pen gagne avec 57,4 %", C, lead("62193", LP), share("62193", LP, P("57.4")))
post(T2, "fr", "Béziers : Le Pen l'emporte", X, lead("34032", LP))
post(T2, "en", "Ajaccio: Macron wins by 38 votes", C, lead("2A004", M), gapv("2A004", M, LP, N(38)))
post(T2, "fr", "Ajaccio : 380 voix d'écart entre Macron et Le Pen", X, gapv("2A004", M, LP, N(380), signed=False))
post(T2, "en", "Orange: Le Pen wins with almost 52%", C, lead("84087", LP), share("84087", LP, P(52, "approx")))
post(T2, "fr", "Nantes : Le Pen 20 %", X, share("44109", LP, P(20)))
post(T2, "fr", "Lyon 1er : Le Pen sous les 10 %", C, share("69381", LP, P(10, "lt")))
post(T2, "en", "Marseille's 15th arrondissement gave Le Pen more than 40%", X, share("13215", LP, P(40, "gt")))
# --- abroad
post(T2, "fr", "Tel-Aviv : Macron 96 %", C, share(pl("Tel-Aviv"), M, P(96)))
post(T2, "fr", "Chez les Français du Liban, Le Pen atteint 40 %", X, share(pl("Liban"), LP, P(40)))
post(T2, "en", "French voters in the UK: Le Pen under 5%", C, share(pl("Royaume-Uni"), LP, P(5, "lt")))
post(T2, "fr", "Allemagne : 95 % pour Macron chez les Français", C, share(pl("Allemagne", "country"), M, P(95)))
post(T2, "en", "Quebec City: Le Pen 25%", X, share(pl("Québec"), LP, P(25)))
post(T2, "fr", "Français du Canada : 89,3 % pour Macron au second tour", C, share(pl("Canada"), M, P("89.3")))

# ============================================================== 2017 round 1, partial (21:30: départements before 50, Corse, abroad)
post(T1P, "fr", "Macron a déjà franchi la barre des 3,8 millions de voix", C, votes("FR", M, N(3.8e6, op="gt")))
post(T1P, "en", "Fillon already has over 3.1 million votes", C, votes("FR", FI, N(3.1e6, op="gt")))
post(T1P, "fr", "Hamon sous le million de voix au national", X, votes("FR", BH, N(1e6, op="lt")))
post(T1P, "fr", "Macron à 5 % au niveau national 😂", X, share("FR", M, P(5)))
post(T1P, "en", "Centre-Val de Loire fully counted: Le Pen first by a hair over Macron", C, lead("R24", LP), close("R24", LP, M))
post(T1P, "fr", "Corse, dépouillement terminé : Marine 27,9 %, Fillon 25,6 %", C, share("R94", LP, P("27.9")), share("R94", FI, P("25.6")))
post(T1P, "en", "Ain, all bureaux in: Le Pen exactly a quarter of the vote", C, share("01", LP, F("quart")))
post(T1P, "fr", "Allier (03) : Le Pen devance Macron", X, ahead("03", LP, M))
post(T1P, "fr", "Ardèche : Le Pen 1re, Mélenchon 2e", C, lead("07", LP), rank("07", JLM, 2))
post(T1P, "en", "Ariège: Macron second", X, rank("09", M, 2))
post(T1P, "fr", "Bouches-du-Rhône : Le Pen devance Mélenchon de plus de 5 points", C, gap("13", LP, JLM, P(5, "gt")))
post(T1P, "en", "Charente-Maritime: Macron 26.9%", X, share("17", M, P("26.9")))
post(T1P, "fr", "Corrèze : les insoumis fêtent la première place de Mélenchon", X, lead(pl("Corrèze"), JLM))
post(T1P, "en", "Côtes-d'Armor: Macron first, Mélenchon second", C, lead("22", M), rank("22", JLM, 2))
post(T1P, "fr", "Doubs (25) : Macron en tête", U, lead(pl("Doubs"), M))
post(T1P, "fr", "Gironde : Mélenchon 2e avec près de 22 %", C, rank("33", JLM, 2), share("33", JLM, P(22, "approx")))
post(T1P, "en", "Indre-et-Loire: Fillon first, Macron second", X, lead("37", FI), rank("37", M, 2))
post(T1P, "fr", "Landes (40) : Marine Le Pen deuxième derrière Macron", X, rank("40", LP, 2), lead("40", M))
post(T1P, "en", "Loire-Atlantique: Macron above 28%", C, share("44", M, P(28, "gt")))
post(T1P, "fr", "Haute-Loire : Macron ne devance Le Pen que de 636 voix", C, ahead("43", M, LP), gapv("43", M, LP, N(636)))
post(T1P, "fr", "Hors de France, Fillon 26,3 %, deuxième derrière Macron", C, share("ZZ", FI, P("26.3")), rank("ZZ", FI, 2))
post(T1P, "en", "Geneva: Macron 32.7, Fillon 31.2", C, share(pl("Genève"), M, P("32.7")), share(pl("Genève"), FI, P("31.2")))
post(T1P, "fr", "Grenoble : Macron coiffe Mélenchon au poteau", X, ahead("38185", M, JLM))
post(T1P, "fr", "Nice : Fillon garde l'avantage sur Le Pen", C, ahead("06088", FI, LP))
post(T1P, "en", "Nouvelle-Aquitaine: Macron is already sure of more than 15%", C, share("R75", M, P(15, "gt")))
post(T1P, "fr", "Occitanie : Macron sous les 15 %", X, share("R76", M, P(15, "lt")))
post(T1P, "fr", "Pays de la Loire : Macron s'installe à la première place", U, lead("R52", M))
post(T1P, "en", "Brittany: Macron above 25%", U, share("R53", M, P(25, "gt")))
post(T1P, "fr", "Bas-Rhin : Le Pen en tête", U, lead("67", LP))
post(T1P, "en", "Manche: Macron first", U, lead("50", M))
post(T1P, "fr", "Mayenne : Fillon en tête, comme prévu", U, lead(pl("Mayenne"), FI))
post(T1P, "fr", "Vienne : c'est Macron qui mène", U, lead(pl("Vienne"), M))
post(T1P, "en", "Le Pen passes 3.5 million votes", U, votes("FR", LP, N(3.5e6, op="gt")))
post(T1P, "fr", "Avec la moitié des bureaux dépouillés, Le Pen 24 %", U, act="partial-count qualifier (half the bureaux)")
post(T1P, "en", "At 9pm Macron was on 23.8%", U, act="time of day (21h)")
post(T1P, "fr", "Sondage Ipsos de 20h : Macron 23,7, Le Pen 21,7", U, act="estimate at 20h")
post(T1P, "fr", "Mélenchon peut encore finir deuxième, rien n'est joué", U, act="could still")

# ============================================================== 2017 round 2, partial (21:30)
post(T2P, "fr", "Macron a déjà plus de 9 millions de voix 🎉", C, votes("FR", M, N(9e6, op="gt")))
post(T2P, "en", "Nationwide Le Pen hasn't reached 4 million votes", X, votes("FR", LP, N(4e6, op="lt")))
post(T2P, "fr", "Macron à 15 % au national, incroyable", X, share("FR", M, P(15)))
post(T2P, "fr", "Étranger : 496 344 voix pour Macron", C, votes("ZZ", M, N(496344)))
post(T2P, "en", "Aube (10): Macron under 50%", X, share("10", M, P(50, "lt")))
post(T2P, "fr", "En Haute-Corse, Marine Le Pen obtient 47,7 %", C, share("2B", LP, P("47.7")))
post(T2P, "fr", "Corse-du-Sud : victoire de Marine Le Pen", X, lead("2A", LP))
post(T2P, "en", "Le Pen on 48% in the Bouches-du-Rhône", X, share("13", LP, P(48)))
post(T2P, "en", "Landes (40): Macron nearly 69%", C, share("40", M, P(69, "approx")))
post(T2P, "fr", "Loir-et-Cher : Le Pen 39,5 %", C, share("41", LP, P("39.5")))
post(T2P, "fr", "Lot-et-Garonne : plus de 40 % pour Marine", C, share("47", LP, P(40, "gt")))
post(T2P, "en", "Creuse (23): blank and spoilt ballots at 16% of voters", C, bn_pv("23", P(16)))
post(T2P, "fr", "Indre (36) : Marine Le Pen frôle 45 %", X, share("36", LP, P(45, "approx")))
post(T2P, "fr", "Loire : Macron l'emporte", C, lead(pl("Loire"), M))
post(T2P, "en", "Marseille: Macron 64%", C, share("13055", M, P(64)))
post(T2P, "fr", "Montpellier vote Macron à 78 %", C, share("34172", M, P(78)))
post(T2P, "en", "Nouvelle-Aquitaine: Macron can no longer drop below 40%", C, share("R75", M, P(40, "gt")))
post(T2P, "fr", "Haute-Loire : Le Pen 30 %", X, share("43", LP, P(30)))
post(T2P, "en", "Indre-et-Loire: Le Pen above 35%", X, share("37", LP, P(35, "gt")))
post(T2P, "fr", "Bourgogne-Franche-Comté : Macron gagne", U, lead("R27", M))
post(T2P, "en", "Lyon: Macron 84%", U, share("69123", M, P(84)))
post(T2P, "fr", "Nord : Marine remporte le département", U, lead("59", LP))
post(T2P, "fr", "Occitanie : Le Pen 25 %", U, share("R76", LP, P(25)))
post(T2P, "en", "Exit poll Ipsos: 65.5 / 34.5", U, act="exit poll")
post(T2P, "fr", "Macron élu, c'est sûr à 100 %", U, lead("FR", M))
post(T2P, "fr", "Quelqu'un sait si Le Pen a gagné à Mayotte ?", U, act="question")
post(T2P, "en", "Turnout at 17:00 was 65.3% #2ndTour", U, act="time of day (17h)")
post(T2P, "fr", "Grand Est : Le Pen 45 %, je vous le dis", U, share("R44", LP, P(45)))
post(T2P, "en", "Provence-Alpes-Côte d'Azur: Le Pen wins", U, lead("R93", LP))
post(T2P, "fr", "Macron à 72 % dans les Pays de la Loire", U, share("R52", M, P(72)))

# ============================================================== 2011 primary, round 1, final
post(H, "fr", "Montebourg, 455 601 voix : le troisième homme de la primaire", C, votes("FR", MON, N(455601)), rank("FR", MON, 3))
post(H, "en", "Royal beat Valls by about 35,000 votes", C, ahead("FR", ROY, VAL), gapv("FR", ROY, VAL, N(35000, p=500, op="about")))
post(H, "fr", "Valls devance Royal, la surprise du soir", X, ahead("FR", VAL, ROY))
post(H, "en", "2.66 million voted in the primary's first round", C, votants("FR", N(2.66e6, p=5000)))
post(H, "fr", "François Hollande obtient 45 % au premier tour de la primaire", X, share("FR", HOL, P(45)))
post(H, "en", "Aubry second, more than 8 points behind Hollande", C, rank("FR", AUB, 2), gap("FR", HOL, AUB, P(8, "gt")))
post(H, "fr", "11 025 bulletins blancs ou nuls dimanche à la primaire socialiste", C, bn("FR", N(11025)))
post(H, "fr", "Baylet devant Valls, personne ne l'avait vu venir", X, ahead("FR", BAY, VAL))
post(H, "fr", "Chez les militants PS, Aubry aurait fait 50 %", U, act="population not published")
post(H, "fr", "La Corrèze a voté Hollande à plus de 70 %, évidemment", U, share("19", HOL, P(70, "gt")))
post(H, "fr", "Français de l'étranger : Aubry 39,5 %, Hollande 30,5 %", C, share("ZZ", AUB, P("39.5")), share("ZZ", HOL, P("30.5")))
post(H, "en", "Abroad, Hollande came first", X, lead("ZZ", HOL))
post(H, "fr", "Montréal (Canada) : Aubry 44 %, Royal 3e", C,
     share(pl("Montréal", "consulate"), AUB, P(44)), rank(pl("Montréal", "consulate"), ROY, 3))
post(H, "en", "Canada: Royal third, ahead of Montebourg", C, rank("FE-CA", ROY, 3), ahead("FE-CA", ROY, MON))
post(H, "fr", "Les socialistes d'Amérique du Nord donnent 40 % à FH", X, share("FE01", HOL, P(40)))
post(H, "en", "Hollande will beat Aubry next Sunday, easy", U, act="prediction")
post(H, "fr", "Montebourg, dix-sept pour cent, troisième homme", C, share("FR", MON, P(17)), rank("FR", MON, 3))
post(H, "en", "Paris: Hollande ahead of Aubry", U, ahead(pl("Paris"), HOL, AUB))
post(H, "fr", "Près de quatre suffrages sur dix pour Hollande", C, share("FR", HOL, F("quatre sur dix", "approx")))
post(H, "fr", "Ségolène Royal dépasse les 10 %", X, share("FR", ROY, P(10, "gt")))
post(H, "en", "Montebourg above 20%", X, share("FR", MON, P(20, "gt")))

# ============================================================== 2011 primary, Saturday 8 Oct (only the Americas counted)
post(HS, "fr", "Amérique du Nord, dépouillement terminé : Aubry 42 %, Hollande 30 %", C, share("FE01", AUB, P(42)), share("FE01", HOL, P(30)))
post(HS, "en", "Montreal (Canada): Royal third with 45 votes", C,
     rank(pl("Montréal", "consulate"), ROY, 3), votes(pl("Montréal", "consulate"), ROY, N(45)))
post(HS, "fr", "Le député de Saône-et-Loire passe devant Ségolène Royal à Montréal (Canada)", X, ahead(pl("Montréal", "consulate"), MON, ROY))
post(HS, "en", "North America: Hollande first", X, lead("FE01", HOL))
post(HS, "fr", "Amérique du Nord : Aubry devance Hollande de 76 voix", C, ahead("FE01", AUB, HOL), gapv("FE01", AUB, HOL, N(76)))
post(HS, "en", "Canada: Valls under 6%", C, share("FE-CA", VAL, P(6, "lt")))
post(HS, "fr", "Aubry a déjà plus de 250 voix dans la primaire", C, votes("FR", AUB, N(250, op="gt")))
post(HS, "fr", "Baylet a 10 voix en Amérique du Nord", X, votes("FE01", BAY, N(10)))
post(HS, "fr", "Hollande en tête en France", U, lead("FR", HOL))
post(HS, "en", "French abroad: Aubry 40%", U, share("ZZ", AUB, P(40)))
post(HS, "fr", "Prono : Aubry 35 % demain soir", U, act="prediction")
post(HS, "en", "Tokyo: Hollande ahead", U, ahead(pl("Tokyo"), HOL, AUB))
post(HS, "fr", "Combien de votants à Montréal ? Quelqu'un sait ?", U, act="question")
post(HS, "en", "Aubry will crush it in Paris tomorrow", U, act="prediction")
post(HS, "fr", "Les jeunes socialistes ont voté Valls, forcément", U, act="population not published")
