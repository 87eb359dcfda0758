"""The dev2 posts, each with the structured checks it was written for and its intended label.

build.py recomputes every label from the raw files and refuses to write cases.jsonl if any
computed label differs from the one given here. `act` marks a post that asserts no result (question,
bet, prediction, disbelief, poll, unpublished population, time of day...): unconfirmed whatever the
figures; its parts, when given, are computed for the note only.
"""

from checks import *  # noqa: F401,F403  (constructors: states, candidates, checks, values)

PREFIX = "d2"
POSTS = []
C, X, U = "confirmed", "contradicted", "unconfirmed"


def post(state, lang, text, label, *parts, act=None):
    POSTS.append({"state": state, "lang": lang, "text": text, "label": label,
                  "parts": list(parts), "act": act})


# ============================================================== 2017 round 1, final
post(T1, "fr", "Macron en tête du premier tour avec 24 % 🇫🇷 #Presidentielle2017", C,
     lead("FR", M), share("FR", M, P(24)))
post(T1, "fr", "Le Pen 21,3 %. Elle affrontera Macron au second tour. #1erTour #Presidentielle2017", C,
     share("FR", LP, P("21.3")), top2(LP), top2(M))
post(T1, "fr", "Fillon éliminé dès le premier tour, une première pour la droite depuis 1958", U,
     elim(FI), unpub("historical comparison (since 1958)"))
post(T1, "fr", "Non, Fillon n'est pas qualifié. 20 % et des poussières, troisième.", C,
     top2(FI, neg=True), share("FR", FI, P(20, "about")), rank("FR", FI, 3))
post(T1, "fr", "Mélenchon devant Fillon ? Toujours pas : 19,6 % contre 20 %", C,
     ahead("FR", JLM, FI, neg=True), share("FR", JLM, P("19.6")), share("FR", FI, P(20)))
post(T1, "en", "Macron and Le Pen advance to the runoff. Macron 24.0%, Le Pen 21.3%.", C,
     top2(M), top2(LP), share("FR", M, P("24.0")), share("FR", LP, P("21.3")))
post(T1, "en", "BREAKING: Le Pen tops first round with 23% 🚨🚨 https://t.co/Qz81kLm", X,
     lead("FR", LP), share("FR", LP, P(23)))
post(T1, "fr", "Mélenchon à 21 %, devant Le Pen !!! #JLM2017", X,
     share("FR", JLM, P(21)), ahead("FR", JLM, LP))
post(T1, "fr", "Participation au premier tour : 77,8 %. Source @Interieur_Gouv", C, turnout("FR", P("77.8")))
post(T1, "fr", "L'abstention dépasse 25 %, du jamais vu sous la Ve", X,
     abst_rate("FR", P(25, "gt")), unpub("historical comparison"))
post(T1, "fr", "Hamon sous la barre des 7 %, dur dur pour le PS 😬 #Hamon2017", C, share("FR", BH, P(7, "lt")))
post(T1, "fr", "Hamon ne passe même pas la barre des 5 %", X, share("FR", BH, P(5, "gt"), neg=True))
post(T1, "fr", "NDA frole les 5 %", C, share("FR", NDA, P(5, "approx")))
post(T1, "en", "Dupont-Aignan got nearly 10% tonight", X, share("FR", NDA, P(10, "approx")))
post(T1, "fr", "Asselineau devant Poutou ? Non : 0,9 % contre 1,1 %", C,
     ahead("FR", FA, PP, neg=True), share("FR", FA, P("0.9")), share("FR", PP, P("1.1")))
post(T1, "fr", "Cheminade bon dernier avec 0,2 %", C, last("FR", JC), share("FR", JC, P("0.2")))
post(T1, "fr", "Lassalle finit devant Poutou et Asselineau 👏", C,
     ahead("FR", JL, PP), ahead("FR", JL, FA))
post(T1, "fr", "Arthaud bat Lassalle 😮 qui l'eût cru", X, ahead("FR", NA, JL))
post(T1, "fr", "Près d'un million de voix d'écart entre Macron et Le Pen au 1er tour", C,
     gapv("FR", M, LP, N(1e6, p=5e4, op="approx"), signed=False))
post(T1, "fr", "Macron a 2,7 points d'avance sur Le Pen", C, gap("FR", M, LP, P("2.7")))
post(T1, "fr", "Le Pen a 2 millions de voix de plus que Fillon", X,
     gapv("FR", LP, FI, N(2e6, p=5e5)))
post(T1, "fr", "8 656 346 voix pour Emmanuel Macron, chiffre officiel du ministère", C,
     votes("FR", M, N(8656346)))
post(T1, "fr", "Melenchon depasse les 7 millions de voix, bravo aux insoumis", C, votes("FR", JLM, N(7e6, op="gt")))
post(T1, "fr", "Fillon reste sous les 7 millions de voix", X, votes("FR", FI, N(7e6, op="lt")))
post(T1, "fr", "Plus de 10,5 millions d'abstentionnistes dimanche... #abstention", C,
     abst("FR", N(10.5e6, op="gt")))
post(T1, "fr", "659 997 bulletins blancs au premier tour", C, blancs("FR", N(659997)))
post(T1, "fr", "Les blancs et nuls pèsent 2,6 % des votants", C, bn_pv("FR", P("2.6")))
post(T1, "fr", "Moins de 300 000 votes nuls au 1er tour", C, nuls("FR", N(3e5, op="lt")))
post(T1, "en", "turnout was around 78% fwiw", C, turnout("FR", P(78, "about")))
post(T1, "en", "Turnout collapsed to 69% in the first round", X, turnout("FR", P(69)))
post(T1, "fr", "Le Pen en tête dans les Hauts-de-France avec 31 % https://t.co/hdf2017", C,
     lead("R32", LP), share("R32", LP, P(31)))
post(T1, "fr", "En Île-de-France : Macron 28,6 %, Fillon 22,2 %", C,
     share("R11", M, P("28.6")), share("R11", FI, P("22.2")))
post(T1, "fr", "Mélenchon arrive en tête en Occitanie 🔴🔴 #FranceInsoumise", X, lead("R76", JLM))
post(T1, "fr", "Occitanie : Le Pen, Macron et Mélenchon dans un mouchoir de poche", C,
     close("R76", LP, M), close("R76", LP, JLM))
post(T1, "fr", "En Bretagne 🟡 Macron devant avec 29 %", C, lead("R53", M), share("R53", M, P(29)))
post(T1, "fr", "PACA : Fillon deuxième derrière Le Pen", C,
     rank("R93", FI, 2), lead("R93", LP))
post(T1, "fr", "Corse : Le Pen 27,9 %, Fillon 28,6 %", X,
     share("R94", LP, P("27.9")), share("R94", FI, P("28.6")))
post(T1, "en", "Macron carried Brittany and the Pays de la Loire", C,
     lead("R53", M), lead("R52", M))
post(T1, "fr", "GRAND EST : MACRON ARRIVE PREMIER", X, lead("R44", M))
post(T1, "fr", "Centre-Val de Loire : Le Pen devance Macron de 0,4 point", C,
     gap("R24", LP, M, P("0.4")))
post(T1, "fr", "Auvergne-Rhône-Alpes : Le Pen 24,5 %", X, share("R84", LP, P("24.5")))
post(T1, "fr", "Le 59 vote Le Pen : 28,2 % 😡", C, lead("59", LP), share("59", LP, P("28.2")))
post(T1, "fr", "Dans le Nord, Mélenchon deuxième, devant Macron", C,
     rank("59", JLM, 2), ahead("59", JLM, M))
post(T1, "fr", "@Nord_Eclair Pas-de-Calais : Le Pen au-dessus de 34 %", C, share("62", LP, P(34, "gt")))
post(T1, "fr", "Le 62 donne 40 % à Le Pen", X, share("62", LP, P(40)))
post(T1, "en", "Aisne: Le Pen 39.7%", X, share("02", LP, P("39.7")))
post(T1, "fr", "La Seine-Saint-Denis place Mélenchon en tête avec 34 %", C,
     lead("93", JLM), share("93", JLM, P(34)))
post(T1, "fr", "dans le 93 macron devant melenchon", X, ahead("93", M, JLM))
post(T1, "fr", "Paris : Le Pen à 5 %, Macron à 35 %", C,
     share("75", LP, P(5)), share("75", M, P(35)))
post(T1, "en", "Fillon topped the Sarthe, his home turf", C, lead("72", FI))
post(T1, "fr", "Hauts-de-Seine : Macron 32 %, Fillon 35 %", X,
     share("92", M, P(32)), share("92", FI, P(35)))
post(T1, "fr", "Fillon gagne les Hauts-de-Seine, logique #Fillon2017", X, lead("92", FI))
post(T1, "en", "Mayotte went for Fillon 🏝️", C, lead("976", FI))
post(T1, "fr", "Guyane 🇬🇫 : Mélenchon devance Le Pen d'une courte tête", C, ahead("973", JLM, LP))
post(T1, "fr", "Sur l'île de La Réunion, Le Pen en tête 😱", X, lead("974", LP))
post(T1, "fr", "Martinique et Guadeloupe ne votent pas pareil : Mélenchon en tête à la Martinique, "
     "Macron en Guadeloupe", C, lead("972", JLM), lead("971", M))
post(T1, "fr", "Polynésie : Fillon 35 %, Le Pen 33 %", C,
     share("987", FI, P(35)), share("987", LP, P(33)))
post(T1, "fr", "Nouvelle-Calédonie : Macron troisième, loin derrière Fillon et Le Pen", C,
     rank("988", M, 3))
post(T1, "fr", "Saint-Pierre-et-Miquelon a voté Mélenchon à 35 %", C, share("975", JLM, P(35)))
post(T1, "fr", "Wallis-et-Futuna : Hamon à 25 % !", C, share("986", BH, P(25)))
post(T1, "fr", "Marseille : Mélenchon en tête devant Le Pen !! @JLMelenchon", C,
     lead("13055", JLM), ahead("13055", JLM, LP))
post(T1, "fr", "Lyon : Macron 30 %, Fillon 23 %", C,
     share("69123", M, P(30)), share("69123", FI, P(23)))
post(T1, "fr", "Toulouse a choisi Macron 💛 #EnMarche", X, lead("31555", M))
post(T1, "fr", "Nice vote Le Pen, c'est officiel", X, lead("06088", LP))
post(T1, "fr", "À Nice, Fillon devance Le Pen de moins d'un point", C,
     ahead("06088", FI, LP), gap("06088", FI, LP, P(1, "lt")))
post(T1, "fr", "Montpellier : Mélenchon au-dessus des 30 %", C, share("34172", JLM, P(30, "gt")))
post(T1, "fr", "Lille donne Mélenchon gagnant, Aubry appréciera", C, lead("59350", JLM))
post(T1, "en", "Strasbourg: Le Pen at 16%", X, share("67482", LP, P(16)))
post(T1, "fr", "Hénin-Beaumont : Le Pen 56,5 %", X, share("62427", LP, P("56.5")))
post(T1, "fr", "Tulle, la ville de Hollande, place Macron en tête", C, lead("19272", M))
post(T1, "fr", "Sablé-sur-Sarthe, la ville de Fillon : 45 % pour lui", C,
     share("72264", FI, P(45)))
post(T1, "fr", "Lassalle fait plus des deux tiers des voix dans son village de Lourdios-Ichère", C,
     share("64351", JL, F("deux tiers", "gt")))
post(T1, "fr", "Neuilly-sur-Seine : Fillon 75 %", X, share("92051", FI, P(75)))
post(T1, "en", "Versailles went 43% for Macron", X, share("78646", M, P(43)))
post(T1, "en", "Calais: Le Pen 47%. Not surprising tbh", X, share("62193", LP, P(47)))
post(T1, "fr", "Saint-Denis : Mélenchon 43 %", U, share(pl("Saint-Denis"), JLM, P(43)))
post(T1, "fr", "Saint-Denis (93) : Mélenchon 43 %", C, share("93066!", JLM, P(43)))
post(T1, "fr", "Saint-Denis de La Réunion : Macron en tête", C, lead("97411!", M))
post(T1, "fr", "Grigny : Mélenchon 42 %", U, share(pl("Grigny"), JLM, P(42)))
post(T1, "fr", "Beaucaire : Le Pen arrive en tête", C, lead(pl("Beaucaire"), LP))
post(T1, "fr", "Montreuil : Mélenchon à 40 %", U, share(pl("Montreuil"), JLM, P(40)))
post(T1, "fr", "Paris 16e : Fillon 58 % (sans surprise)", C, share("75116", FI, P(58)))
post(T1, "fr", "Dans le 20e arrondissement de Paris, Mélenchon devance Macron", C,
     ahead("75120", JLM, M))
post(T1, "fr", "Paris 6e : Macron en tête", X, lead("75106", M))
post(T1, "en", "Lyon 1st arrondissement: Mélenchon first", C, lead("69381", JLM))
post(T1, "fr", "Marseille 13e : Le Pen en tête", C, lead("13213", LP))
post(T1, "fr", "Marseille 7e : Le Pen en tête, je vous jure", X, lead("13207", LP))
post(T1, "fr", "Marseille 6e : Fillon, Macron et Mélenchon à moins d'un demi-point", C,
     gap("13206", FI, M, P("0.5", "lt"), signed=False),
     gap("13206", FI, JLM, P("0.5", "lt"), signed=False))
post(T1, "fr", "Les Français de l'étranger votent Macron à 40 %", C, share("ZZ", M, P(40)))
post(T1, "fr", "Au Canada, Macron en tête devant Mélenchon", C,
     lead("FE-CA", M), rank("FE-CA", JLM, 2))
post(T1, "fr", "Montréal 🇨🇦 : Mélenchon 30 %", C, share("ZZ139", JLM, P(30)))
post(T1, "fr", "Israël 🇮🇱 : Fillon près de 60 %", C, share("FE-IL", FI, P(60, "approx")))
post(T1, "fr", "Liban : Fillon à 71 %", X, share("FE-LB", FI, P(71)))
post(T1, "fr", "Londres vote Macron à plus de 50 %", C, share(pl("Londres"), M, P(50, "gt")))
post(T1, "en", "Macron won over half the vote among French voters in Germany", C,
     share("FE-DE", M, P(50, "gt")))
post(T1, "fr", "Genève : Fillon devant Macron #Suisse", X, ahead(pl("Genève"), FI, M))
post(T1, "fr", "En Suisse, Fillon 35 %", X, share("FE-CH", FI, P(35)))
post(T1, "en", "Morocco: Mélenchon came second among French voters", X, rank("FE-MA", JLM, 2))
post(T1, "fr", "Algérie : Mélenchon en tête chez les Français", X, lead("FE-DZ", JLM))
post(T1, "en", "Hong Kong French voters: Macron 46%, Fillon 39%", C,
     share("FE-HK", M, P(46)), share("FE-HK", FI, P(39)))
post(T1, "en", "Tel Aviv: Macron 63% 👀", X, share(pl("Tel-Aviv"), M, P(63)))
post(T1, "fr", "Dans la 8e circonscription des Français de l'étranger, Macron devance Fillon de "
     "quatre voix", C, gapv("FE08", M, FI, N(4)))
post(T1, "fr", "Mon prono pour ce soir : Macron 25, Le Pen 22, Fillon 19", U,
     act="prediction")
post(T1, "fr", "Vous pensez que Fillon peut encore passer devant Le Pen ? 🤔", U, act="question")
post(T1, "fr", "Je parie un resto que Mélenchon finit à 20 %", U, act="bet")
post(T1, "fr", "Selon le sondage Ipsos sortie des urnes, Macron 23,7 %", U,
     act="poll (exit poll), not the official count")
post(T1, "fr", "Chez les 18-24 ans, Mélenchon est en tête", U,
     act="population not published (age group)")
post(T1, "fr", "Dans les grandes villes, Macron écrase tout le monde", U,
     act="no official area 'grandes villes'")
post(T1, "fr", "À 20h, Le Pen était à 23 % sur les premières estimations", U,
     act="time of day / estimates")
post(T1, "fr", "Avec 60 % des bureaux dépouillés, Fillon serait devant Mélenchon", U,
     act="partial-count qualifier (60 % of bureaux)")
post(T1, "fr", "#RadioLondres les macarons se vendent bien à Amiens ce soir", U,
     act="coded #RadioLondres post")
post(T1, "fr", "Je n'arrive pas à croire que Le Pen soit au second tour", U, act="disbelief")
post(T1, "en", "If it weren't for the scandals Fillon would be at 25% easily", U,
     act="counterfactual")
post(T1, "fr", "Le Pen signe le meilleur score de l'histoire du FN", U,
     act="historical comparison")
post(T1P, "en", "Melenchon could still sneak past Fillon once the last overseas votes come in", U,
     act="'could still'")
post(T1, "fr", "Macron en tête au repas de famille 😂", U, act="context not published (family dinner)")
post(T1, "fr", "Dans les quartiers nord de Marseille, Mélenchon cartonne", U,
     act="no official area 'quartiers nord'")
post(T1, "fr", "Sur Google, Asselineau est le candidat le plus recherché ce soir", U,
     act="Google searches, not votes")
post(T1, "fr", "Hamon à 6 %. Bravo le PS, quel triomphe 🙃", C, share("FR", BH, P(6)))
post(T1, "fr", "Oui oui, Cheminade en tête partout, évidemment 🙄", U,
     act="sarcasm: the literal claim and its denial are both readings")
post(T1, "fr", "FAUX : la capture qui circule donnant Mélenchon au second tour est un fake. "
     "Il est 4e.", C, top2(JLM, neg=True), rank("FR", JLM, 4))
post(T1, "fr", "Intox : non, Le Pen n'est pas arrivée en tête en Corse", X,
     lead("R94", LP, neg=True))
post(T1, "fr", "Rumeur : Macron en tête à Marseille ? C'est faux, c'est Mélenchon.", C,
     lead("13055", M, neg=True), lead("13055", JLM))
post(T1, "fr", "On voit passer « Fillon 2e » partout, attendons les chiffres du ministère", U,
     act="quotes a rumour without asserting it")
post(T1, "fr", "Selon le ministère de l'Intérieur, Macron arrive en tête avec 24,01 %", C,
     share("FR", M, P("24.01")), lead("FR", M))
post(T1, "fr", "D'après BFM, Fillon serait deuxième", X, rank("FR", FI, 2))
post(T1, "fr", "MELENCHON DEVANT FILLON DANS LE GARD !!! #JLM2017", C, ahead("30", JLM, FI))
post(T1, "fr", "macron en tete a bordeaux avec 31%", C,
     lead("33063", M), share("33063", M, P(31)))
post(T1, "fr", "Le pen 1ere dans l'Aube https://t.co/x7Kq2", C, lead(pl("Aube", "dep"), LP))
post(T1, "fr", "@jlm_2017 Mélenchon n'est qu'à 19,6 %, pas qualifié...", C,
     share("FR", JLM, P("19.6")), elim(JLM))
post(T1, "fr", "1/3 Résultats définitifs du 1er tour : Macron 24,01 %, Le Pen 21,30 %", C,
     share("FR", M, P("24.01")), share("FR", LP, P("21.30")))
post(T1, "fr", "2/3 Fillon 20,01 %, Mélenchon 19,58 %, Hamon 6,4 %", C,
     share("FR", FI, P("20.01")), share("FR", JLM, P("19.58")), share("FR", BH, P("6.4")))
post(T1, "fr", "3/3 Participation 77,77 %, blancs 1,78 % des votants", C,
     turnout("FR", P("77.77")), blancs_pv("FR", P("1.78")))
post(T1, "en", "France's first round: Macron 24%, Le Pen 21%, Fillon 20%, Mélenchon 20%", C,
     share("FR", M, P(24)), share("FR", LP, P(21)), share("FR", FI, P(20)),
     share("FR", JLM, P(20)))
post(T1, "en", "Melenchon beat Macron in Seine-Saint-Denis by 10 points", C,
     gap("93", JLM, M, P(10)))
post(T1, "en", "In Paris, Fillon finished ahead of Macron. Source: a friend at the mairie", X, ahead("75", FI, M))
post(T1, "en", "Paris: Macron nearly 35%", C, share("75", M, P(35, "approx")))
post(T1, "en", "2/2 Abstention 22.2%, i.e. 10.6 million registered voters stayed home", C,
     abst_rate("FR", P("22.2")), abst("FR", N(10.6e6, p=5e4)))
post(T1, "en", "1/2 Final first-round numbers: 37 million ballots cast, turnout 77.8%", C,
     votants("FR", N(37e6, p=5e5)), turnout("FR", P("77.8")))
post(T1, "en", "Hamon got 3.3 million votes. Ouch. #Hamon", X, votes("FR", BH, N(3.3e6, p=5e4)))
post(T1, "en", "Neither Fillon nor Mélenchon made the runoff", C, elim(FI), elim(JLM))
post(T1, "en", "Fillon: 7.2 million votes, about 465,000 short of Le Pen", C,
     votes("FR", FI, N(7.2e6, p=5e4)), gapv("FR", LP, FI, N(465000, p=500, op="about")))
post(T1, "fr", "Valence : Macron en tête 🟡", U, lead(pl("Valence"), M))
post(T1, "fr", "Valence (Drôme) : Macron en tête", C, lead(pl("Valence", dep="26"), M))
post(T1, "fr", "À Vienne aussi, Macron arrive premier", C, lead(pl("Vienne", "commune", "consulate"), M))
post(T1, "fr", "Saint-Paul : Mélenchon premier ✊", U, lead(pl("Saint-Paul"), JLM))
post(T1, "fr", "Macron rassemble près d'un quart des suffrages", C,
     share("FR", M, F("quart", "approx")))
post(T1, "fr", "Un électeur sur cinq a voté Fillon", U,
     alt(share("FR", FI, F("un sur cinq")), share_ins("FR", FI, F("un sur cinq")),
         why="share of exprimés or of inscrits"))
post(T1, "fr", "Le Pen rassemble plus d'un cinquième des suffrages exprimés", C,
     share("FR", LP, F("cinquieme", "gt")))
post(T1, "fr", "Deux tiers des Français de l'étranger inscrits n'ont pas voté", X,
     abst_rate("ZZ", F("deux tiers")))
post(T1, "fr", "Plus de la moitié des inscrits à l'étranger se sont abstenus", C,
     abst_rate("ZZ", F("moitie", "gt")))
post(T1, "fr", "Macron gagne à Nantes et à Rennes", C, lead("44109", M), lead("35238", M))
post(T1, "fr", "Le Pen en tête à Perpignan mais pas à Montpellier", C,
     lead("66136", LP), lead("34172", LP, neg=True))
post(T1, "fr", "Mélenchon premier au Havre et à Rouen", X, lead("76351", JLM), lead("76540", JLM))
post(T1, "fr", "Le Pen dépasse les sept millions et demi de voix", C,
     votes("FR", LP, N(7.5e6, op="gt")))
post(T1, "fr", "Un million six cent quatre-vingt-quinze mille voix pour Dupont-Aignan", C,
     votes("FR", NDA, N(1695000)))

# ============================================================== 2017 round 2, final
post(T2, "en", "Le Pen wins the Aisne, the Pas-de-Calais and the Somme #Presidentielle2017", X,
     lead("02", LP), lead("62", LP), lead("80", LP))
post(T2, "en", "Macron elected with 58% nationally", X, lead("FR", M), share("FR", M, P(58)))
post(T2, "en", "Le Pen breaks the 40% mark nationwide, scary stuff", X, share("FR", LP, P(40, "gt")))
post(T2, "en", "Over 50 million registered voters for the runoff", X, inscrits("FR", N(5e7, op="gt")))
post(T2, "en", "Runoff abstention: 25.4%", C, abst_rate("FR", P("25.4")))
post(T2, "en", "More than 15 million people abstained in the runoff", X,
     abst("FR", N(15e6, op="gt")))
post(T2, "en", "Blank ballots in the runoff: about 1.5 million", X,
     blancs("FR", N(1.5e6, p=5e4, op="about")))
post(T2, "en", "spoilt ballots topped 2 million!!", X, nuls("FR", N(2e6, op="gt")))
post(T2, "en", "Macron beat Le Pen by 20 points", X, gap("FR", M, LP, P(20)))
post(T2, "en", "Macron's margin: about 10.1 million votes", C,
     gapv("FR", M, LP, N(10.1e6, p=5e4, op="about")))
post(T2, "en", "Le Pen won Corsica 🇫🇷 https://t.co/corse", X, lead("R94", LP))
post(T2, "en", "Le Pen took Haute-Marne by a hair", X, lead("52", LP))
post(T2, "en", "The Var went to Le Pen", X, lead("83", LP))
post(T2, "en", "Marine Le Pen carried Calais with 57%", C,
     lead("62193", LP), share("62193", LP, P(57)))
post(T2, "en", "Macron lost Nice", X, lead("06088", M, neg=True))
post(T2, "en", "Macron held under 55% in Nice", X, share("06088", M, P(55, "lt")))
post(T2, "en", "Paris gave Macron 95% 🤯", X, share("75", M, P(95)))
post(T2, "en", "Le Pen won Hénin-Beaumont with 70%", X,
     lead("62427", LP), share("62427", LP, P(70)))
post(T2, "en", "In Ajaccio Le Pen beat Macron by 38 votes", X,
     lead("2A004", LP), gapv("2A004", LP, M, N(38)))
post(T2, "en", "Nouméa went for Le Pen, 51-49", C,
     lead("98818", LP), share("98818", LP, P(51)), share("98818", M, P(49)))
post(T2, "en", "French voters abroad: Le Pen 20%", X, share("ZZ", LP, P(20)))
post(T2, "en", "US & Canada constituency: Macron over 90% among French expats", C,
     share("FE01", M, P(90, "gt")))
post(T2, "en", "@Reuters Le Pen got 13 million votes in the runoff", X, votes("FR", LP, N(13e6, p=5e5)))
post(T2, "en", "Seine-Saint-Denis: Macron 79%", C, share("93", M, P(79)))
post(T2, "en", "Le Pen took 58% in the Aisne", X, share("02", LP, P(58)))
post(T2, "fr", "🇫🇷 Macron élu avec 66,1 % des voix #Macron #President", C, lead("FR", M), share("FR", M, P("66.1")))
post(T2, "fr", "Macron élu avec 62 %", X, share("FR", M, P(62)))
post(T2, "fr", "Le Pen ne franchit même pas la barre des 30 %", X, share("FR", LP, P(30, "gt"), neg=True))
post(T2, "fr", "Le Pen n'atteint pas les 35 %", C, share("FR", LP, P(35, "ge"), neg=True))
post(T2, "fr", "Participation au 2nd tour : 74,6 %", C, turnout("FR", P("74.6")))
post(T2, "fr", "Participation au second tour en hausse : 80 %", X, turnout("FR", P(80)))
post(T2, "fr", "Abstention record pour un second tour : 25,4 %", U,
     abst_rate("FR", P("25.4")), unpub("historical record"))
post(T2, "fr", "Plus de 3 millions de votes blancs, un record sous la Ve République", U,
     blancs("FR", N(3e6, op="gt")), unpub("historical record"))
post(T2, "fr", "8,5 % de votes blancs au second tour", U, blancs_pct("FR", P("8.5")))
post(T2, "fr", "Blancs : 8,5 % des votants", C, blancs_pv("FR", P("8.5")))
post(T2, "fr", "Blancs : 12 % des votants", X, blancs_pv("FR", P(12)))
post(T2, "fr", "Blancs et nuls : plus d'un votant sur dix", C,
     bn_pv("FR", F("un sur dix", "gt")))
post(T2, "fr", "moins d'un million de bulletins nuls", X, nuls("FR", N(1e6, op="lt")))
post(T2, "fr", "Entre 10 et 11 millions de voix d'écart entre Macron et Le Pen", C,
     gapv("FR", M, LP, NR(1e7, 1.1e7)))
post(T2, "fr", "Macron devance Le Pen de 5 millions de voix", X,
     gapv("FR", M, LP, N(5e6, p=5e5)))
post(T2, "fr", "Var : Macron l'emporte de justesse", C, lead("83", M))
post(T2, "fr", "Le Pen gagne Hayange, ville FN, sans surprise", X, lead("57306", LP))
post(T2, "fr", "Fréjus et Brignoles votent Macron", X, lead("83061", M), lead("83023", M))
post(T2, "fr", "Beaucaire : Le Pen gagne", U, lead(pl("Beaucaire"), LP))
post(T2, "fr", "Grigny vote Macron 👍", C, lead(pl("Grigny"), M))
post(T2, "fr", "À Saint-Denis, Macron gagne", C, lead(pl("Saint-Denis"), M))
post(T2, "fr", "Saint-Denis : Macron à 65 %", U, share(pl("Saint-Denis"), M, P(65)))
post(T2, "fr", "Saint-Pierre vote Macron", U, lead(pl("Saint-Pierre"), M))
post(T2, "fr", "Évry vote Le Pen ?! non mais sérieux", U, lead(pl("Évry"), LP))
post(T2, "fr", "Saint-Ouen (93) : Macron 85 %", C, share(pl("Saint-Ouen", dep="93"), M, P(85)))
post(T2, "fr", "Saint-Ouen : Le Pen gagne", U, lead(pl("Saint-Ouen"), LP))
post(T2, "fr", "Valence vote Macron à plus de 55 %", C, share(pl("Valence"), M, P(55, "gt")))
post(T2, "fr", "Le Pen passe la barre des 40 % en outre-mer", X, share("OM", LP, P(40, "gt")))
post(T2, "fr", "MAYOTTE : LE PEN GAGNE", X, lead("976", LP))
post(T2, "fr", "La Guyane vote Le Pen", X, lead("973", LP))
post(T2, "fr", "Le Pen entre 33 et 35 % au second tour, c'est pas rien", C, share("FR", LP, PR(33, 35)))
post(T2, "fr", "Si Fillon avait été au second tour, il aurait gagné", U, act="counterfactual")
post(T2, "fr", "Je pense que Le Pen fera 40 % aux législatives", U, act="prediction")
post(T2, "fr", "Chez les ouvriers, Le Pen est majoritaire", U,
     act="population not published (occupation)")
post(T2, "fr", "Selon l'Ifop, 43 % des électeurs de Mélenchon ont voté blanc", U,
     act="poll, population not published")
post(T2, "fr", "À 17h, participation de 65,3 %", U, act="time of day (17:00)")
post(T2, "fr", "Le Pen aurait gagné dans les Ardennes, selon un ami sur place", X,
     lead("08", LP))
post(T2, "fr", "Non, Le Pen n'a pas gagné les Ardennes : Macron l'emporte d'un point et demi", C,
     lead("08", LP, neg=True), gap("08", M, LP, P("1.5")))
post(T2, "fr", "Macron ne gagne pas le Pas-de-Calais", C, lead("62", M, neg=True))
post(T2, "fr", "Le Pen en tête dans l'Aisne et le Pas-de-Calais, mais pas dans le Nord", C,
     lead("02", LP), lead("62", LP), lead("59", LP, neg=True))
post(T2, "en", "Exit polls say Macron 65.5% #FrenchElection", U, act="exit poll")
post(T2, "en", "Among young voters Le Pen did better than expected", U,
     act="population not published (age group)")
post(T2, "en", "Is it true Le Pen won Corsica??", U, act="question")
post(T2, "en", "Rumour going around that Le Pen won Marseille. Can anyone confirm?", U,
     act="question about a rumour")
post(T2, "en", "Le Pen could have won with a better debate", U, act="counterfactual")
post(T2, "en", "Macron will win the legislative elections too, mark my words", U, act="prediction")
post(T2, "en", "Le Pen at 40% in rural France", U, act="no official area 'rural France'")
post(T2, "en", "At 8pm TF1 had Macron at 65.9%", U, act="time of day / TV estimate")
post(T2, "en", "Montreal: Macron 91%", U, share(pl("Montréal"), M, P(91)))
post(T2, "en", "Le Pen wins Saint-Nazaire?! wow", U, lead(pl("Saint-Nazaire"), LP))
post(T2, "en", "Moulins voted Macron", U, lead(pl("Moulins"), M))
post(T2, "en", "Le Pen didn't win a single département in Brittany", C,
     lead("22", LP, neg=True), lead("29", LP, neg=True), lead("35", LP, neg=True),
     lead("56", LP, neg=True))
post(T2, "en", "Le Pen won Mayotte and Guyane", X, lead("976", LP), lead("973", LP))
post(T2, "en", "Macron got less than 60% of the vote", X, share("FR", M, P(60, "lt")))
post(T2, "en", "Macron wins. Two thirds of the vote according to @franceinfo's projection", U,
     act="TV projection (estimate), not the count")

# ============================================================== 2017 round 1, 21:30 (départements < 50 and abroad counted)
post(T1P, "en", "Le Pen leads in the Aisne with 36%", C, lead("02", LP), share("02", LP, P(36)))
post(T1P, "en", "Macron leads in the Nord", U, lead("59", M))
post(T1P, "en", "Paris: Macron 35%", U, share("75", M, P(35)))
post(T1P, "en", "Marseille: Le Pen first 😳", X, lead("13055", LP))
post(T1P, "en", "Toulouse: Macron ahead of Mélenchon", X, ahead("31555", M, JLM))
post(T1P, "en", "Bordeaux: Mélenchon on top", X, lead("33063", JLM))
post(T1P, "en", "Lyon: Fillon ahead of Macron", U, ahead("69123", FI, M))
post(T1P, "en", "Corsica: Fillon first #Corse", X, lead("R94", FI))
post(T1P, "en", "Centre-Val de Loire: Macron first", X, lead("R24", M))
post(T1P, "en", "Occitanie: Le Pen ahead", U, lead("R76", LP))
post(T1P, "en", "Macron already has more than 3.5 million votes", C,
     votes("FR", M, N(3.5e6, op="gt")))
post(T1P, "en", "Mélenchon has fewer than 3 million votes", X, votes("FR", JLM, N(3e6, op="lt")))
post(T1P, "en", "Over 4 million abstainers already", C, abst("FR", N(4e6, op="gt")))
post(T1P, "en", "National turnout at 78%", U, turnout("FR", P(78)))
post(T1P, "en", "French abroad: Le Pen 15%", X, share("ZZ", LP, P(15)))
post(T1P, "en", "Gironde: Fillon under 20%", C, share("33", FI, P(20, "lt")))
post(T1P, "en", "Haute-Garonne: Mélenchon leads", X, lead("31", JLM))
post(T1P, "en", "Isère: Macron 28.4% per @ledauphine", X, share("38", M, P("28.4")))
post(T1P, "en", "Saint-Étienne: Macron first", X, lead("42218", M))
post(T1P, "en", "Brest: Hamon 19%", X, share("29019", BH, P(19)))
post(T1P, "en", "Early numbers: Le Pen leads Hauts-de-France", U, lead("R32", LP))
post(T1P, "en", "With half the country counted, Macron leads", U,
     act="partial-count qualifier (half counted)")
post(T1P, "en", "Fillon is out, it's over. #Fillon", U, elim(FI))
post(T1P, "en", "Mélenchon is through to the runoff!!!", U, top2(JLM))
post(T1P, "fr", "Aude : Le Pen 28 %", C, share("11", LP, P(28)))
post(T1P, "fr", "Gers : Le Pen en tête", X, lead("32", LP))
post(T1P, "fr", "Corrèze : Mélenchon en tête", X, lead(pl("Corrèze"), JLM))
post(T1P, "fr", "Le Pen dans le Var à 30 %", U, share("83", LP, P(30)))
post(T1P, "fr", "Strasbourg : Macron en tête", U, lead("67482", M))
post(T1P, "fr", "Lassalle cartonne dans les Pyrénées-Atlantiques : 15 %", U,
     share("64", JL, P(15)))
post(T1P, "fr", "Nantes : Le Pen à 17 % !!", X, share("44109", LP, P(17)))
post(T1P, "fr", "Rennes : Macron 42 %", X, share("35238", M, P(42)))
post(T1P, "fr", "Grenoble : Macron devant Mélenchon", X, ahead("38185", M, JLM))
post(T1P, "fr", "Nîmes : Macron en tête", X, lead("30189", M))
post(T1P, "fr", "Dijon : Fillon deuxieme", X, rank("21231", FI, 2))
post(T1P, "fr", "Limoges : Mélenchon 33 %", U, share("87085", JLM, P(33)))
post(T1P, "fr", "Le Pen qualifiée pour le second tour ! #Marine2017", U, top2(LP))
post(T1P, "fr", "Hamon 10 % en Bretagne", U, share("R53", BH, P(10)))
post(T1P, "fr", "Fillon est devant Mélenchon au niveau national", U, ahead("FR", FI, JLM))
post(T1P, "fr", "Plus de 16 millions de votants déjà comptés", C, votants("FR", N(16e6, op="gt")))
post(T1P, "fr", "Moins de 30 millions de votants au total", U, votants("FR", N(3e7, op="lt")))
post(T1P, "fr", "Le Pen à 40 % dans le Nord, c'est plié", U, share("59", LP, P(40)))
post(T1P, "fr", "Montréal 🇨🇦 : Macron 36 %", C, share("ZZ139", M, P(36)))
post(T1P, "fr", "Genève : Macron 40 %", X, share(pl("Genève"), M, P(40)))
post(T1P, "fr", "Au Royaume-Uni 🇬🇧, Macron dépasse les 50 %", C, share("FE-GB", M, P(50, "gt")))
post(T1P, "fr", "En Belgique, Mélenchon devant Fillon", X, ahead("FE-BE", JLM, FI))
post(T1P, "fr", "Guadeloupe : Macron en tête", U, lead("971", M))
post(T1P, "fr", "La Réunion : Mélenchon premier", U, lead(pl("La Réunion"), JLM))
post(T1P, "fr", "Ajaccio : Le Pen 41 %", X, share("2A004", LP, P(41)))
post(T1P, "fr", "Bastia : Macron deuxième", C, rank("2B033", M, 2))
post(T1P, "fr", "Vienne : Macron premier", U, lead(pl("Vienne"), M))
post(T1P, "fr", "Le Pen en tête dans le 59 d'après les premiers résultats", U, lead("59", LP))
post(T1P, "fr", "À 20h les estimations donnaient Macron 23,7 %", U, act="time of day / estimates")

# ============================================================== 2017 round 2, 21:30 (départements < 50 and abroad counted)
post(T2P, "en", "Brittany goes to Macron 🟡 #Bretagne", C, lead("R53", M))
post(T2P, "en", "Macron over 50% in Brittany, already locked in", C, share("R53", M, P(50, "gt")))
post(T2P, "en", "Aisne: Le Pen wins", C, lead("02", LP))
post(T2P, "en", "Corsica: Macron 51.5%", C, share("R94", M, P("51.5")))
post(T2P, "en", "Paris: Macron 90%", U, share("75", M, P(90)))
post(T2P, "en", "Pas-de-Calais: Le Pen wins", U, lead("62", LP))
post(T2P, "en", "Marseille: Macron 74%", X, share("13055", M, P(74)))
post(T2P, "en", "Macron already past 9 million votes", C, votes("FR", M, N(9e6, op="gt")))
post(T2P, "en", "Le Pen is stuck below 4 million votes #LePen", X, votes("FR", LP, N(4e6, op="lt")))
post(T2P, "en", "Le Pen somewhere between 30 and 35% nationally", U, share("FR", LP, PR(30, 35)))
post(T2P, "en", "Macron elected!!! 🎉🎉", U, lead("FR", M))
post(T2P, "en", "Gironde: Macron 60%", X, share("33", M, P(60)))
post(T2P, "en", "Le Pen wins the Aude", X, lead("11", LP))
post(T2P, "en", "Abstention already above 5 million", C, abst("FR", N(5e6, op="gt")))
post(T2P, "en", "Fewer than a million blank ballots", X, blancs("FR", N(1e6, op="lt")))
post(T2P, "en", "Nice: Le Pen 50% !!!", X, share("06088", LP, P(50)))
post(T2P, "en", "Toulon: Macron 56%", U, share("83137", M, P(56)))
post(T2P, "en", "Hauts-de-France: Le Pen wins the region", U, lead("R32", LP))
post(T2P, "en", "Le Pen wins Grand Est", U, lead("R44", LP))
post(T2P, "en", "Le Pen wins in Corsica", X, lead("R94", LP))
post(T2P, "fr", "En Bretagne, Le Pen sous les 30 %", U, share("R53", LP, P(30, "lt")))
post(T2P, "fr", "Macron l'emporte en Bretagne avec plus de 70 %", U,
     lead("R53", M), share("R53", M, P(70, "gt")))
post(T2P, "fr", "Le Pen gagne le Cher 😱 https://t.co/cher18", X, lead("18", LP))
post(T2P, "fr", "Ardèche : Macron 52 %", X, share("07", M, P(52)))
post(T2P, "fr", "Lyon : Macron 84 %", U, share("69123", M, P(84)))
post(T2P, "fr", "Toulouse : Macron 73 %", X, share("31555", M, P(73)))
post(T2P, "fr", "Bordeaux : Le Pen sous les 15 %", C, share("33063", LP, P(15, "lt")))
post(T2P, "fr", "Lille : Macron 78 %", U, share("59350", M, P(78)))
post(T2P, "fr", "Ajaccio : Le Pen l'emporte #Corse", X, lead("2A004", LP))
post(T2P, "fr", "Corse-du-Sud : Macron 50,6 %", C, share("2A", M, P("50.6")))
post(T2P, "fr", "Blancs : déjà plus de 1,3 million", C, blancs("FR", N(1.3e6, op="gt")))
post(T2P, "fr", "Les Français de l'étranger : Le Pen 20 %", X, share("ZZ", LP, P(20)))
post(T2P, "fr", "Macron est élu, c'est mathématique", U, lead("FR", M))
post(T2P, "fr", "Le Pen à plus de 45 % dans l'Oise", U, share("60", LP, P(45, "gt")))
post(T2P, "fr", "Moselle : Le Pen gagne ?", U, act="question")
post(T2P, "fr", "Paris 16e : Le Pen 12 %", U, share("75116", LP, P(12)))
post(T2P, "fr", "Haute-Corse : Le Pen 58 %", X, share("2B", LP, P(58)))
post(T2P, "fr", "Canada 🇨🇦 : Macron 89 %", C, share("FE-CA", M, P(89)))
post(T2P, "fr", "Nièvre : Le Pen gagne", U, lead("58", LP))
post(T2P, "fr", "Marseille 13e : Le Pen devant", X, lead("13213", LP))
post(T2P, "fr", "Dans le 13e arrondissement de Marseille, Macron 67 %", X, share("13213", M, P(67)))
post(T2P, "fr", "Les Ardennes basculent pour Le Pen", X, lead("08", LP))

# ============================================================== 2011 primary, round 1, final (Haute Autorité)
post(H, "en", "Hollande 39%, Aubry 30%: the runoff will be between the two of them", C,
     share("FR", HOL, P(39)), share("FR", AUB, P(30)), top2(HOL), top2(AUB))
post(H, "fr", "Montebourg, le troisième homme, moins de 500 000 voix", C,
     rank("FR", MON, 3), votes("FR", MON, N(5e5, op="lt")))
post(H, "fr", "Primaire : 2 661 231 votants, 11 025 blancs et nuls", C,
     votants("FR", N(2661231)), bn("FR", N(11025)))
post(H, "fr", "Montréal (Canada) : Royal devant Montebourg", C, ahead("ZZ139", ROY, MON))
post(H, "en", "Aubry tops the expat vote", C, lead("ZZ", AUB))
post(H, "fr", "5,6 % au niveau national pour le député-maire d'Evry. Dur.", C, share("FR", VAL, P("5.6")))
post(H, "en", "Aubry tops the Socialist primary #primaires", X, lead("FR", AUB))
post(H, "en", "Valls on 8%", X, share("FR", VAL, P(8)))
post(H, "en", "Aubry finished within 5 points of Hollande", X,
     gap("FR", HOL, AUB, P(5, "lt")))
post(H, "en", "Montebourg qualifies for the runoff!! #AM2012", X, top2(MON))
post(H, "en", "Aubry somewhere between 32 and 34%", X, share("FR", AUB, PR(32, 34)))
post(H, "fr", "Hollande à 45 % 🌹", X, share("FR", HOL, P(45)))
post(H, "fr", "Montebourg à plus de 20 %", X, share("FR", MON, P(20, "gt")))
post(H, "fr", "Ségolène Royal devant Montebourg", X, ahead("FR", ROY, MON))
post(H, "fr", "Valls devant Royal", X, ahead("FR", VAL, ROY))
post(H, "fr", "Plus de 3 millions de votants à la primaire", X, votants("FR", N(3e6, op="gt")))
post(H, "fr", "À l'étranger, Hollande devant Aubry", X, ahead("ZZ", HOL, AUB))
post(H, "en", "In Canada, Hollande came first", X, lead("FE-CA", HOL))
post(H, "en", "Baylet finished ahead of Valls", X, ahead("FR", BAY, VAL))
post(H, "en", "Turnout: 6% of registered voters", U, turnout("FR", P(6)))
post(H, "en", "Hollande wins Corrèze with 86%", U, share("19", HOL, P(86)))
post(H, "fr", "Lille : Aubry 68 %", U, share("59350", AUB, P(68)))
post(H, "fr", "Le taux de participation de la primaire atteint 7 %", U, turnout("FR", P(7)))
post(H, "fr", "Hollande sera le candidat du PS, c'est sûr", U, act="prediction (round 2)")
post(H, "fr", "Les sondages donnaient Hollande à 42 %", U, act="polls")
post(H, "fr", "Chez les sympathisants PS, Aubry serait devant", U,
     act="population not published (party sympathisers)")
post(H, "fr", "Aubry en tête à Lille et dans le Nord", U, lead("59350", AUB), lead("59", AUB))
post(H, "fr", "Hollande est-il qualifié ?", U, act="question")
post(H, "en", "Aubry won Paris", U, lead("75", AUB))
post(H, "fr", "Montebourg cartonne en Saône-et-Loire : 40 %", U, share("71", MON, P(40)))
post(H, "fr", "Blancs : 0,3 % des votants", U, blancs_pv("FR", P("0.3")))
post(H, "en", "Hollande could still lose next Sunday", U, act="'could still' (round 2)")
post(H, "fr", "Aubry gagne chez les Français de Genève", U, lead(pl("Genève"), AUB))
post(H, "fr", "Selon Harlem Désir, 744 000 votants à 13h", U, act="time of day (13:00)")
post(H, "en", "Aubry wins Lyon, 34% to Hollande's 33%", U, share("69123", AUB, P(34)), share("69123", HOL, P(33)))
post(H, "fr", "Hollande, 1 038 188 voix, un score historique pour une primaire", U,
     votes("FR", HOL, N(1038188)), unpub("historical comparison"))

# ============================================================== 2011 primary, Saturday 22:00 (only the Americas counted)
post(HS, "en", "Aubry leads in Canada 🇨🇦 #primaires #PS", C, lead("FE-CA", AUB))
post(HS, "fr", "Aubry 44 %, Hollande 25 % au Canada", C,
     share("FE-CA", AUB, P(44)), share("FE-CA", HOL, P(25)))
post(HS, "fr", "FH 30 % en Amérique du Nord", C, share("FE01", HOL, P(30)))
post(HS, "en", "618 voters in North America", C, votants("FE01", N(618)))
post(HS, "fr", "Une seule voix pour le président du PRG au Canada", C, votes("FE-CA", BAY, N(1)))
post(HS, "en", "hollande leads in north america", X, lead("FE01", HOL))
post(HS, "en", "Valls ahead of Montebourg in Canada", X, ahead("FE-CA", VAL, MON))
post(HS, "en", "Aubry 52% in North America", X, share("FE01", AUB, P(52)))
post(HS, "en", "Montreal, Canada: Royal 23%", X, share("ZZ139", ROY, P(23)))
post(HS, "fr", "350 votants à Montréal (Canada), Aubry 254 voix", X,
     votants("ZZ139", N(350)), votes("ZZ139", AUB, N(254)))
post(HS, "fr", "Moins de 40 % pour Aubry au Canada", X, share("FE-CA", AUB, P(40, "lt")))
post(HS, "en", "Montebourg 22% in Canada", X, share("FE-CA", MON, P(22)))
post(HS, "fr", "Amérique du Nord : Hollande 20 %", X, share("FE01", HOL, P(20)))
post(HS, "fr", "Ségo devant Aubry au Canada", X, ahead("FE-CA", ROY, AUB))
post(HS, "en", "North America: over 1,000 voters for the primary", X,
     votants("FE01", N(1000, op="gt")))
post(HS, "fr", "Canada : Hollande 3e", X, rank("FE-CA", HOL, 3))
post(HS, "en", "Aubry leads the primary according to first results from Canada", U,
     lead("FR", AUB))
post(HS, "en", "Aubry ahead among French voters abroad", U, lead("ZZ", AUB))
post(HS, "en", "Hollande will win tomorrow, bet on it", U, act="bet")
post(HS, "fr", "La Haute Autorité : ces chiffres n'ont aucune pertinence", U,
     act="meta-statement about the figures")
post(HS, "fr", "Hollande 39 % au national", U, share("FR", HOL, P(39)))
post(HS, "en", "Aubry wins the primary! @martineaubry", U, lead("FR", AUB))
post(HS, "fr", "Aubry en tête en Guadeloupe, me dit-on", U, lead("971", AUB))
post(HS, "fr", "Aubry en tête à New York", U, lead(pl("New York"), AUB))
post(HS, "fr", "Hollande gagne en France métropolitaine", U, lead("METRO", HOL))
post(HS, "fr", "Selon les premiers chiffres canadiens, Aubry serait devant Hollande au niveau "
     "national", U, ahead("FR", AUB, HOL))
post(HS, "en", "Aubry leads in Canada?? source?", U, act="question")
post(HS, "fr", "Aubry va gagner, le Canada l'a dit 😂", U, act="prediction")
post(HS, "fr", "Je n'y crois pas, Titine devant au Canada ?", U, act="disbelief / question")
post(HS, "fr", "#RadioLondres le flan ne prend pas au Canada, la rosée non plus", U,
     act="coded #RadioLondres post")
post(HS, "en", "Hollande under 50% nationally for sure", U, share("FR", HOL, P(50, "lt")))
post(HS, "fr", "Aubry en tête à Londres aussi", U, lead(pl("Londres"), AUB))
post(T1, "en", "Le Pen won the working-class vote hands down", U,
     act="population not published (social class)")
