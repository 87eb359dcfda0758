"""The heldout4 posts, each with the structured checks it was written for and its intended label.

build.py recomputes every label from the raw files and refuses to write cases.jsonl if any
computed label differs from the one given here. `act` marks a post that asserts no result (question,
bet, prediction, disbelief, poll, unpublished population, time of day...): unconfirmed whatever the
figures; its parts, when given, are computed for the note only.
"""

from checks import *  # noqa: F401,F403  (constructors: states, candidates, checks, values)

PREFIX = "h4"
POSTS = []
C, X, U = "confirmed", "contradicted", "unconfirmed"


def post(state, lang, text, label, *parts, act=None):
    POSTS.append({"state": state, "lang": lang, "text": text, "label": label,
                  "parts": list(parts), "act": act})


# ============================================================== 2017 round 1, final
post(T1, "fr", "Officiel : Emmanuel Macron vire en tête, Marine Le Pen le suit à moins de trois "
     "points #Election2017 https://t.co/r3sUlt", C, lead("FR", M), rank("FR", LP, 2), gap("FR", M, LP, P(3, "lt")))
post(T1, "fr", "Écart Fillon / Mélenchon au final : 153 044 voix. Rageant pour les insoumis.", C,
     gapv("FR", FI, JLM, N(153044)))
post(T1, "fr", "Fillon termine sur la troisième marche avec 7,21 millions de suffrages", C,
     rank("FR", FI, 3), votes("FR", FI, N(7.21e6, p=5e3)))
post(T1, "fr", "Le candidat LR coiffe Le Pen au poteau et se qualifie ! #FillonPresident", X,
     ahead("FR", FI, LP), top2(FI))
post(T1, "fr", "À 22h, Marine Le Pen recueillait 7 678 491 suffrages", U,
     votes("FR", LP, N(7678491)), act="time of day (22:00)")
post(T1, "fr", "Le candidat du PS plafonne à 6,4 %, pire score depuis 1969", U,
     share("FR", BH, P("6.4")), unpub("historical comparison (1969)"))
post(T1, "fr", "Benoit Hamon atteint les 9 %", X, share("FR", BH, P(9)))
post(T1, "fr", "Poutou lanterne rouge du scrutin", X, last("FR", PP))
post(T1, "fr", "Plus de 37 millions de suffrages exprimés ce dimanche 🗳️", X,
     exprimes("FR", N(37e6, op="gt")))
post(T1, "fr", "Plus des trois quarts des inscrits se sont déplacés, comme en 2012", U,
     turnout("FR", F("trois quarts", "gt")), unpub("comparison with 2012"))
post(T1, "fr", "Les votes blancs ? Environ 660 000.", C, blancs("FR", N(660000, p=5e3, op="about")))
post(T1, "fr", "Un inscrit sur trois ne s'est pas déplacé au premier tour", X,
     abst_rate("FR", F("un sur trois")))
post(T1, "fr", "Pas loin de 48 millions d'inscrits sur les listes", C,
     inscrits("FR", N(48e6, p=5e5, op="approx")))
post(T1, "fr", "NDA passe la barre des 10 % 🔥", X, share("FR", NDA, P(10, "gt")))
post(T1, "fr", "Jean-Luc Mélenchon rate le second tour pour 600 000 voix", C,
     elim(JLM), gapv("FR", LP, JLM, N(6e5, p=5e4)))
post(T1, "en", "Le Pen edges out Fillon for second place by about 1.3 points", C,
     rank("FR", LP, 2), gap("FR", LP, FI, P("1.3", "about")))
post(T1, "en", "Fillon finished fourth behind Melenchon #frenchelection", X, rank("FR", FI, 4))
post(T1, "en", "Macron polled just over 8.6 million votes", C, votes("FR", M, N(8.6e6, op="gt")))
post(T1, "en", "Hamon scraped together barely 1 million votes", X,
     votes("FR", BH, N(1e6, p=5e4, op="about")))
post(T1, "en", "Dupont-Aignan bagged about 2.7 million votes", X,
     votes("FR", NDA, N(2.7e6, p=5e4, op="about")))
post(T1, "en", "Fewer than a quarter of registered voters stayed home", C,
     abst_rate("FR", F("quart", "lt")))
post(T1, "en", "TURNOUT CROSSED 80 PERCENT", X, turnout("FR", P(80, "gt")))
post(T1, "en", "Lassalle won his home département, Pyrénées-Atlantiques", X, lead("64", JL))
post(T1, "fr", "Normandie : Le Pen vire en tête, Macron deuxième", C,
     lead("R28", LP), rank("R28", M, 2))
post(T1, "fr", "En Nouvelle-Aquitaine, Mélenchon pointe à la deuxième place", C,
     rank("R75", JLM, 2))
post(T1, "fr", "Bourgogne-Franche-Comte : Macron rafle la mise", X, lead("R27", M))
post(T1, "fr", "Dans les Alpes-Maritimes, Fillon talonne Le Pen : 27,4 contre 27,75", C,
     ahead("06", LP, FI), share("06", FI, P("27.4")), share("06", LP, P("27.75")))
post(T1, "fr", "Le 13 place Le Pen en tête, Mélenchon deuxième", C,
     lead("13", LP), rank("13", JLM, 2))
post(T1, "fr", "Bouches-du-Rhône : Macron sur la 2e marche", X, rank("13", M, 2))
post(T1, "fr", "Mayenne : le candidat LR devance Macron d'un point", C,
     ahead("53", FI, M), gap("53", FI, M, P(1)))
post(T1, "fr", "Haute-Savoie : Macron devant Fillon", X, ahead("74", M, FI))
post(T1, "fr", "Chez les jeunes du Finistère, près de 30 % pour Macron", U,
     act="population not published (young voters)")
post(T1, "fr", "Le 78 est acquis à Fillon, comme prévu 💙", X, lead("78", FI))
post(T1, "fr", "Dans le Val-d'Oise, Mélenchon s'impose", X, lead("95", JLM))
post(T1, "en", "Ariège: Mélenchon close to 37%", X, share("09", JLM, P(37, "approx")))
post(T1, "fr", "Haute-Marne : un électeur sur trois a choisi Le Pen", U,
     alt(share("52", LP, F("un sur trois")), share_ins("52", LP, F("un sur trois")),
         why="share of exprimés or of inscrits"))
post(T1, "fr", "Dans les Landes, Macron l'emporte", C, lead(pl("Landes", "dep"), M))
post(T1, "fr", "Landes : victoire de Marine Le Pen", U, lead(pl("Landes"), LP))
post(T1, "fr", "Creuse : c'est Emmanuel Macron qui arrive premier", C, lead(pl("Creuse"), M))
post(T1, "fr", "Dans le Doubs, Le Pen passe devant Macron", C,
     ahead(pl("Doubs", "dep"), LP, M))
post(T1, "en", "Reims: Macron 24%, Le Pen 27%", X,
     share("51454", M, P(24)), share("51454", LP, P(27)))
post(T1, "fr", "Au Mans, Fillon bat Macron via @OuestFrance", X, ahead("72181", FI, M))
post(T1, "fr", "Angers : Macron à 35 %", X, share("49007", M, P(35)))
post(T1, "fr", "Clermont-Ferrand : Mélenchon à plus de 30 % 🔥🔥", X, share("63113", JLM, P(30, "gt")))
post(T1, "fr", "Metz : Le Pen et Fillon au coude-à-coude", C, close("57463", LP, FI))
post(T1, "fr", "Avignon : victoire de Mélenchon avec plus de 28 %", C,
     lead("84007", JLM), share("84007", JLM, P(28, "gt")))
post(T1, "fr", "À Béziers, 41 % pour la candidate du FN", X, share("34032", LP, P(41)))
post(T1, "fr", "Villeurbanne : Mélenchon arrive deuxième derrière Macron", C,
     rank("69266", JLM, 2), lead("69266", M))
post(T1, "fr", "Dunkerque : Melenchon termine premier", X, lead("59183", JLM))
post(T1, "fr", "Yerres place Dupont-Aignan en tête, et ses électeurs iront chez Le Pen au second tour", U,
     lead("91691", NDA), unpub("prediction about round 2 transfers"))
post(T1, "fr", "Trappes : Hamon deuxième derrière Mélenchon", C,
     rank("78621", BH, 2), lead("78621", JLM))
post(T1, "fr", "Le Tampon 🌋 a mis Mélenchon devant tout le monde", X, lead("97422", JLM))
post(T1, "en", "Fort-de-France turnout above 50%", X, turnout("97209", P(50, "gt")))
post(T1, "fr", "Au Touquet, où vote Macron, c'est Fillon qui gagne", C, lead("62826", FI))
post(T1, "fr", "Paris 7e : plus de la moitié des voix pour Fillon https://t.co/p7", C,
     share("75107", FI, F("moitie", "gt")))
post(T1, "fr", "19e arrondissement de Paris : avantage Macron sur Mélenchon", X, ahead("75119", M, JLM))
post(T1, "fr", "3e arrondissement de Marseille : la présidente du FN décroche la 2e place", X, rank("13203", LP, 2))
post(T1, "fr", "Marseille 15e et 16e : Mélenchon premier dans les deux", C,
     lead("13215", JLM), lead("13216", JLM))
post(T1, "fr", "Au Port, le candidat de la France insoumise devance tout le monde", C, lead(pl("Le Port"), JLM))
post(T1, "fr", "La Rochelle : Macron premier", U, lead(pl("La Rochelle"), M))
post(T1, "fr", "Mérignac a préféré Macron", C, lead(pl("Mérignac"), M))
post(T1, "fr", "Saint-André : Le Pen devant", U, lead(pl("Saint-André"), LP))
post(T1, "fr", "Saint-André (La Réunion) : Le Pen devant", C,
     lead(pl("Saint-André", dep="974"), LP))
post(T1, "en", "Calling it now: Berlin's French voters will give Macron half their votes", U,
     act="prediction")
post(T1, "en", "Spain: Macron 37%, Mélenchon 12.5%", X,
     share("FE-ES", M, P(37)), share("FE-ES", JLM, P("12.5")))
post(T1, "en", "In the US, Fillon came first among French citizens", X, lead("FE-US", FI))
post(T1, "en", "Ivory Coast expats preferred Fillon over Macron", C, ahead("FE-CI", FI, M))
post(T1, "en", "The 10th constituency abroad (Africa & Middle East) went to Fillon", C,
     lead("FE10", FI))
post(T1, "en", "Dubai's French community backed Macron over Fillon 🇦🇪", X, ahead(pl("Dubaï"), M, FI))
post(T1, "fr", "Je mets une pièce sur Mélenchon à 22 % dans les Bouches-du-Rhône", U,
     act="bet")
post(T1, "fr", "Il parait que chez les retraités Fillon est largement devant", U,
     act="population not published (retirees)")
post(T1, "fr", "Sondage Elabe : Macron en tête chez les cadres", U, act="poll, population")
post(T1, "fr", "Le Pen pourrait encore être devancée par Fillon ?", U, act="question")
post(T1, "en", "Someone tell me Mélenchon is not really out...", U, act="plea / disbelief")
post(T1, "en", "Projection at 20:00: Macron 23.7, Le Pen 21.7", U, act="projection, time of day")
post(T1, "fr", "Lol NDA devant Macron dans sa tête 😂", U, act="joke")
post(T1, "fr", "On me souffle que Mélenchon gagne la Corrèze, vous confirmez ?", U,
     act="question about a rumour")
post(T1, "fr", "Dans le Sud-Ouest, Mélenchon fait un carton", U,
     act="no official area 'Sud-Ouest'")
post(T1, "fr", "L'Alsace a voté Le Pen en premier", U, act="no official area (former région)")
post(T1, "fr", "Chez les étudiants de Sciences Po, Macron à 50 %", U,
     act="population not published (students)")
post(T1, "en", "Best FN first-round result ever in Aisne, 35.7%", U,
     share("02", LP, P("35.7")), unpub("historical comparison"))
post(T1, "fr", "Non, Hamon n'a pas dépassé les 10 %. Il est à 6,4.", C,
     share("FR", BH, P(10, "gt"), neg=True), share("FR", BH, P("6.4")))
post(T1, "fr", "Contrairement à ce qu'on lit, Fillon n'est pas troisième", X,
     rank("FR", FI, 3, neg=True))
post(T1, "fr", "Mais non, le Var n'a pas placé Le Pen première : c'est Fillon qui gagne", X,
     lead("83", LP, neg=True), lead("83", FI))
post(T1, "en", "It's false that Mélenchon won Marseille. Le Pen did.", X,
     lead("13055", JLM, neg=True), lead("13055", LP))
post(T1, "en", "Fake screenshot alert: Asselineau did NOT get 5%. Under 1%.", C,
     share("FR", FA, P(5), neg=True), share("FR", FA, P(1, "lt")))
post(T1, "fr", "Apparemment Mélenchon serait premier à Montpellier", C, lead("34172", JLM))
post(T1, "fr", "Selon France 3, Le Pen l'emporterait à Grenoble", X, lead("38185", LP))
post(T1, "fr", "Il semblerait que Macron ait fait 46 % à Montréal 🇨🇦", X, share("ZZ139", M, P(46)))
post(T1, "en", "Reportedly Fillon took 80% in Neuilly-sur-Seine", X, share("92051", FI, P(80)))
post(T1, "fr", "MACRON 1ER A CAEN !!!", C, lead("14118", M))
post(T1, "fr", "melenchon premier a nanterre et argenteuil", C,
     lead("92050", JLM), lead("95018", JLM))
post(T1, "fr", "@fhollande Tulle vote Macron mais Brive ?", C, lead("19272", M))
post(T1, "en", "1/2 Big-city roundup: Macron leads Nantes, Bordeaux, Lyon", C,
     lead("44109", M), lead("33063", M), lead("69123", M))
post(T1, "en", "2/2 ...while Mélenchon takes Toulouse, Lille and Nice", X,
     lead("31555", JLM), lead("59350", JLM), lead("06088", JLM))
post(T1, "en", "Hénin-Beaumont: Le Pen got close to 47% according to the exit poll", U,
     act="exit poll")
post(T1, "en", "Le Pen won Colombey-les-Deux-Églises, de Gaulle's village", X,
     lead("52140", LP))

# ============================================================== 2017 round 2, final
post(T2, "fr", "Emmanuel Macron élu président avec 20 743 128 voix", C,
     lead("FR", M), votes("FR", M, N(20743128)))
post(T2, "fr", "Marine Le Pen recueille 10,64 millions de suffrages", C,
     votes("FR", LP, N(10.64e6, p=5e3)))
post(T2, "fr", "Le Pen double son score du premier tour : 15 millions de voix", X,
     votes("FR", LP, N(15e6, p=5e5)))
post(T2, "fr", "Abstention : un quart des inscrits", C, abst_rate("FR", F("quart")))
post(T2, "fr", "Un peu plus de 6 % des inscrits ont voté blanc", C, blancs_pi("FR", P(6, "gt")))
post(T2, "fr", "À Paris, Le Pen n'atteint même pas les 100 000 voix", C,
     votes("75", LP, N(1e5, op="lt")))
post(T2, "fr", "Le Pen remporte l'Aisne avec près de 53 %", C,
     lead("02", LP), share("02", LP, P(53, "approx")))
post(T2, "fr", "Le 62 offre 58 % à Marine #LePen", X, share("62", LP, P(58)))
post(T2, "en", "Nord département goes Macron, 62 percent", X, lead("59", M), share("59", M, P(62)))
post(T2, "fr", "Macron rafle la Haute-Saône de justesse", C, lead("70", M))
post(T2, "fr", "LA MEUSE BASCULE CHEZ LE PEN", X, lead("55", LP))
post(T2, "fr", "Corse-du-Sud : moins de 600 voix d'écart", X, gapv("2A", M, LP, N(600, op="lt"),
                                                                   signed=False))
post(T2, "fr", "Dans l'Yonne, Le Pen dépasse les 46 %", X, share("89", LP, P(46, "gt")))
post(T2, "fr", "Le Pen gagne Béziers, ville de Ménard", X, lead("34032", LP))
post(T2, "en", "Carpentras: Le Pen 54%", X, share("84031", LP, P(54)))
post(T2, "en", "Dunkerque: Le Pen 45.6%, best FN score ever in the city", U,
     share("59183", LP, P("45.6")), unpub("historical comparison"))
post(T2, "fr", "Le Tampon bascule Le Pen pour une centaine de voix", C,
     lead("97422", LP), gapv("97422", LP, M, N(100, p=30, op="about")))
post(T2, "fr", "Papeete 🌺 donne 41 % à la candidate frontiste", C, share("98735", LP, P(41)))
post(T2, "fr", "Mamoudzou a offert la victoire à Marine Le Pen", X, lead("97611", LP))
post(T2, "fr", "Dans le 2e arrondissement de Lyon, la candidate FN ne dépasse pas 15 %", X, share("69382", LP, P(15, "gt"), neg=True))
post(T2, "fr", "Marseille 16e : Le Pen à 42 %", C, share("13216", LP, P(42)))
post(T2, "fr", "Laval : Macron l'emporte", C, lead(pl("Laval"), M))
post(T2, "fr", "Saint-Louis vote Le Pen", U, lead(pl("Saint-Louis"), LP))
post(T2, "fr", "Le Port : Macron gagne", C, lead(pl("Le Port"), M))
post(T2, "fr", "Saint-Paul (La Réunion) : Macron 69 %", C, share(pl("Saint-Paul", dep="974"), M, P(69)))
post(T2, "fr", "Saint-Paul préfère Le Pen", U, lead(pl("Saint-Paul"), LP))
post(T2, "fr", "Mérignac : Macron au-dessus de 75 %", U, share(pl("Mérignac"), M, P(75, "gt")))
post(T2, "en", "Macron probably takes over 95% in Berlin once they finish counting", U,
     act="prediction / hedge about an unfinished count")
post(T2, "en", "Lebanon: Le Pen won over 30% among French voters", C,
     share("FE-LB", LP, P(30, "gt")))
post(T2, "en", "Thailand: Le Pen above 40% (!!)", X, share("FE-TH", LP, P(40, "gt")))
post(T2, "en", "Monaco gave Le Pen a majority", X, share("FE-MC", LP, P(50, "gt")))
post(T2, "en", "Macron won every constituency of the French abroad with over 80%", C,
     *[share("FE%02d" % i, M, P(80, "gt")) for i in range(1, 12)])
post(T2, "en", "In the 10th constituency abroad Le Pen broke 20%", X,
     share("FE10", LP, P(20, "gt")))
post(T2, "en", "Macron crushed it in Paris: nearly 90%", C, share("75", M, P(90, "approx")))
post(T2, "en", "Le Pen won Ardennes, Aube and Haute-Marne per @AFP", X,
     lead("08", LP), lead("10", LP), lead("52", LP))
post(T2, "en", "Turnout fell below 75% for the runoff #Presidentielle2017", C, turnout("FR", P(75, "lt")))
post(T2, "en", "Over 12 million abstainers, more than Le Pen's vote", C,
     abst("FR", N(12e6, op="gt")), votes("FR", LP, N(12e6, op="lt")))
post(T2, "en", "6.35% of everyone on the rolls voted blank", C, blancs_pi("FR", P("6.35")))
post(T2, "en", "Trump-style upset: Le Pen wins!", X, lead("FR", LP))
post(T2, "en", "CNN exit poll: Macron 64%", U, act="exit poll")
post(T2, "en", "Did Le Pen really win Guadeloupe?", U, act="question")
post(T2, "en", "My uncle swears Le Pen won among farmers", U,
     act="population not published (farmers)")
post(T2, "fr", "Le Pen sera présidente en 2022, retenez bien", U, act="prediction")
post(T2, "fr", "Franchement, si Mélenchon avait appelé à voter Macron, Le Pen faisait 30 %", U,
     act="counterfactual")
post(T2, "fr", "Non, Le Pen ne l'emporte pas à Hénin-Beaumont. FAUX.", X,
     lead("62427", LP, neg=True))
post(T2, "fr", "Le Pen n'est majoritaire dans aucune région", C,
     *[lead(r, LP, neg=True) for r in ("R11", "R24", "R27", "R28", "R32", "R44", "R52", "R53",
                                       "R75", "R76", "R84", "R93", "R94", "R01", "R02", "R03",
                                       "R04", "R06")])

# ============================================================== 2017 round 1, 21:30 (départements < 50 and abroad counted)
post(T1P, "en", "Orléans: Macron 39%", X, share("45234", M, P(39)))
post(T1P, "fr", "Besancon : Melenchon devant Macron", X, ahead("25056", JLM, M))
post(T1P, "fr", "Caen : Fillon deuxième", X, rank("14118", FI, 2))
post(T1P, "fr", "Quimper : Hamon au-dessus de 12 %", C, share("29232", BH, P(12, "gt")))
post(T1P, "fr", "Cholet : Macron en tête à 21h", U, act="time of day (21:00)")
post(T1P, "fr", "Saint-Malo : Fillon devant", X, lead("35288", FI))
post(T1P, "fr", "Arles : Le Pen 29 %", C, share("13004", LP, P(29)))
post(T1P, "fr", "Narbonne 🔴 : le candidat de la France insoumise finit premier", X, lead("11262", JLM))
post(T1P, "fr", "Béziers : moins de 30 % pour Marine Le Pen", X, share("34032", LP, P(30, "lt")))
post(T1P, "en", "Allier: Macron leads", U, lead(pl("Allier"), M))
post(T1P, "fr", "Indre : Marine Le Pen prend la tête", U, lead(pl("Indre"), LP))
post(T1P, "fr", "Dans le 37, Macron s'impose", C, lead("37", M))
post(T1P, "fr", "Haute-Loire : Le Pen première", X, lead("43", LP))
post(T1P, "fr", "Reims penche pour Macron", U, lead("51454", M))
post(T1P, "fr", "Amiens : Mélenchon deuxième", U, rank("80021", JLM, 2))
post(T1P, "fr", "Metz : Macron 27 %", U, share("57463", M, P(27)))
post(T1P, "fr", "La Moselle place la candidate du FN première", U, lead("57", LP))
post(T1P, "fr", "Les Hauts-de-Seine offrent la victoire au candidat LR", U, lead("92", FI))
post(T1P, "fr", "Martinique : Mélenchon premier", U, lead("972", JLM))
post(T1P, "fr", "Déjà plus de 3 millions de bulletins pour Fillon", C, votes("FR", FI, N(3e6, op="gt")))
post(T1P, "fr", "Hamon n'a même pas encore un million de voix", X,
     votes("FR", BH, N(1e6, op="lt")))
post(T1P, "fr", "Macron virtuellement qualifié", U, top2(M))
post(T1P, "en", "Madrid: Macron 48%", X, share(pl("Madrid"), M, P(48)))
post(T1P, "en", "Italy 🇮🇹: Le Pen above 15%", X, share("FE-IT", LP, P(15, "gt")))
post(T1P, "en", "Fillon outpolled Macron among French voters in Australia", X, ahead("FE-AU", FI, M))
post(T1P, "en", "Lozère: Fillon on top", C, lead("48", FI))
post(T1P, "en", "Haute-Corse: Lassalle above 5%", C, share("2B", JL, P(5, "gt")))
post(T1P, "en", "Corsica: Le Pen under 25%", X, share("R94", LP, P(25, "lt")))
post(T1P, "en", "Doubs département: Macron leads", X, lead(pl("Doubs", "dep"), M))
post(T1P, "en", "Normandy: Le Pen ahead of Macron", U, ahead("R28", LP, M))
post(T1P, "en", "Paris 5th: Macron near 40%", U, share("75105", M, P(40, "approx")))
post(T1P, "en", "Le Pen leads the national count", U, lead("FR", LP))
post(T1P, "en", "Blank votes nationally: already over 250,000", C, blancs("FR", N(2.5e5, op="gt")))
post(T1P, "en", "Hearing Poutou is at 3% in Gironde, can't be right?", U, act="question")
post(T1P, "en", "With 80% of bureaux in, Le Pen leads PACA", U,
     act="partial-count qualifier (80 % of bureaux)")

# ============================================================== 2017 round 2, 21:30 (départements < 50 and abroad counted)
post(T2P, "fr", "Finistère : Macron 77 %", C, share("29", M, P(77)))
post(T2P, "fr", "Côtes-d'Armor : Le Pen à 36 %", X, share("22", LP, P(36)))
post(T2P, "fr", "La Bretagne est acquise à Macron", C, lead("R53", M))
post(T2P, "fr", "Bretagne : la barre des 30 % franchie par Marine Le Pen", U, share(pl("Bretagne"), LP, P(30, "gt")))
post(T2P, "fr", "L'Aube choisit Marine Le Pen", X, lead(pl("Aube", "dep"), LP))
post(T2P, "fr", "Eure : Le Pen 46 %", C, share("27", LP, P(46)))
post(T2P, "fr", "Victoire de Le Pen dans l'Hérault https://t.co/h34", X, lead("34", LP))
post(T2P, "fr", "73 % pour Macron à Angers", X, share("49007", M, P(73)))
post(T2P, "fr", "Reims : Le Pen 33 %", U, share("51454", LP, P(33)))
post(T2P, "fr", "Strasbourg : Macron 81 %", U, share("67482", M, P(81)))
post(T2P, "fr", "Nantes : 23 % pour la candidate du FN", X, share("44109", LP, P(23)))
post(T2P, "fr", "Macron a déjà plus de 9,5 millions de voix", U,
     votes("FR", M, N(9.5e6, op="gt")))
post(T2P, "fr", "Le Pen à 49,3 % dans les Ardennes", C, share("08", LP, P("49.3")))
post(T2P, "fr", "Les Français du Canada : Le Pen autour de 10 %", C, share("FE-CA", LP, P(10, "about")))
post(T2P, "fr", "Lyon 9e : Macron 82 %", U, share("69389", M, P(82)))
post(T2P, "en", "Brittany: Le Pen below 50%, confirmed already", C, share("R53", LP, P(50, "lt")))
post(T2P, "en", "Macron leads Nouvelle-Aquitaine", U, lead("R75", M))
post(T2P, "en", "72% for Macron across Pays de la Loire", U, share("R52", M, P(72)))
post(T2P, "en", "Le Pen has already lost, by millions", U, lead("FR", LP, neg=True))
post(T2P, "en", "Blank ballots: already more than 1.35 million", C, blancs("FR", N(1.35e6, op="gt")))
post(T2P, "en", "Abstention already past 6 million", U, abst("FR", N(6e6, op="gt")))
post(T2P, "en", "Lebanon: Macron under 70% among under-30s", U,
     act="population not published (age group)")
post(T2P, "en", "UK expats: Macron 95% 🇬🇧 #FrenchElection", C, share("FE-GB", M, P(95)))
post(T2P, "en", "15% for Le Pen among Singapore's French", X, share(pl("Singapour"), LP, P(15)))
post(T2P, "en", "Calais hands Le Pen the win", U, lead("62193", LP))
post(T2P, "en", "Le Pen scores 40 percent in Nice", C, share("06088", LP, P(40)))
post(T2P, "en", "Toulouse turnout under 70% at 5pm", U, act="time of day (17:00)")
post(T2P, "en", "Estimates at 20:00 show Macron 65%", U, act="estimate, time of day")

# ============================================================== 2011 primary, round 1, final
post(H, "fr", "Hollande vire en tête avec 1,04 million de voix #primairecitoyenne", C,
     lead("FR", HOL), votes("FR", HOL, N(1.04e6, p=5e3)))
post(H, "fr", "La première secrétaire recueille un peu plus de 30 %", C,
     share("FR", AUB, P(30, "gt")))
post(H, "fr", "Montebourg : 17,2 %, l'arbitre du second tour", C, share("FR", MON, P("17.2")))
post(H, "fr", "Ségolène Royal sous la barre des 7 % dans sa région Poitou-Charentes", U,
     unpub("former région Poitou-Charentes: no regional figure of the 2011 primary in the states"))
post(H, "fr", "Le maire d'Evry termine quatrième", X, rank("FR", VAL, 4))
post(H, "fr", "JMB ferme la marche avec 0,6 %", C, last("FR", BAY), share("FR", BAY, P("0.6")))
post(H, "fr", "Aubry distancée de près de 9 points", C, gap("FR", HOL, AUB, P(9, "approx")))
post(H, "fr", "Montebourg a réuni 655 601 voix", X, votes("FR", MON, N(655601)))
post(H, "fr", "Flanby à 49 %, presque élu dès le premier tour 🍮", X, share("FR", HOL, P(49)))
post(H, "fr", "Chez les Français de l'étranger, Montebourg 2e", X, rank("ZZ", MON, 2))
post(H, "fr", "À l'étranger, Valls devance Royal", C, ahead("ZZ", VAL, ROY))
post(H, "fr", "Titine gagne à l'étranger avec 45 %", X, share("ZZ", AUB, P(45)))
post(H, "en", "Hollande and Aubry through to Sunday's runoff; Montebourg out", C,
     top2(HOL), top2(AUB), elim(MON))
post(H, "en", "Royal came third @RoyalSegolene", X, rank("FR", ROY, 3))
post(H, "en", "Nearly 2.7 million people took part", C, votants("FR", N(2.7e6, p=5e4, op="approx")))
post(H, "en", "Blank and spoilt: over 50,000", X, bn("FR", N(5e4, op="gt")))
post(H, "en", "Hollande won Tulle with 80%", U, share("19272", HOL, P(80)))
post(H, "en", "Participation reached 2 voters in 3 in Paris", U, turnout("75", F("deux sur trois")))
post(H, "fr", "Aubry 38 %, Hollande 31,5 % à Paris", U,
     share("75", AUB, P(38)), share("75", HOL, P("31.5")))
post(H, "fr", "Le taux d'abstention de la primaire : 94 %", U, abst_rate("FR", P(94)))
post(H, "fr", "Dimanche prochain, Hollande l'emportera avec 56 %", U, act="prediction (round 2)")
post(H, "fr", "Valls aurait pu faire 10 % avec une meilleure campagne", U, act="counterfactual")
post(H, "en", "Is Montebourg really at 17%? Seems high", U, act="question")
post(H, "fr", "Dans les fédérations du Sud-Ouest, Hollande écrase tout", U,
     act="no official area")

# ============================================================== 2011 primary, Saturday 22:00 (only the Americas counted)
post(HS, "fr", "Premiers chiffres du Canada 🇨🇦 : la maire de Lille en tête #primaires", C, lead("FE-CA", AUB))
post(HS, "fr", "Amérique du Nord : Aubry plus de 40 %, Hollande moins de 30 %", C,
     share("FE01", AUB, P(40, "gt")), share("FE01", HOL, P(30, "lt")))
post(HS, "fr", "Montréal (Québec, Canada) : Valls 30 voix", X, votes("ZZ139", VAL, N(30)))
post(HS, "en", "Canada: Montebourg and Royal neck and neck", C, close("FE-CA", MON, ROY))
post(HS, "en", "Montebourg third with about 12% in North America, and he'll be third nationally too", U,
     rank("FE01", MON, 3), share("FE01", MON, P(12, "about")), unpub("prediction (national)"))
post(HS, "en", "Hollande 88 votes in Montreal, Canada, and I bet it's the same story in Toronto", U,
     votes("ZZ139", HOL, N(88)), unpub("bet about Toronto"))
post(HS, "fr", "Au Canada, Hollande recueille 35 %", X, share("FE-CA", HOL, P(35)))
post(HS, "fr", "En Amérique du Nord, Manolo passe devant Ségolène", X, ahead("FE01", VAL, ROY))
post(HS, "en", "canada: valls second", X, rank("FE-CA", VAL, 2))
post(HS, "en", "North America: Hollande 17 points behind Aubry", X,
     gap("FE01", AUB, HOL, P(17)))
post(HS, "en", "North America: 2 blank or spoilt ballots only", C, bn("FE01", N(2)))
post(HS, "fr", "Aubry l'emporte nationalement, c'est plié", U, lead("FR", AUB))
post(HS, "fr", "Hors de France, c'est Hollande qui finira premier, vous verrez", U, act="prediction")
post(HS, "fr", "Hollande en tête en Europe ?", U, act="question")
post(HS, "fr", "Selon un militant, Aubry 60 % à Boston", U, share(pl("Boston"), AUB, P(60)))
post(HS, "en", "Montebourg at 15% nationally per the first counts", U, share("FR", MON, P(15)))
post(HS, "en", "Aubry ahead in Washington, 26 to 24", U,
     ahead(pl("Washington"), AUB, HOL))
post(HS, "en", "HAP says these leaked numbers are meaningless", U, act="meta-statement")
post(HS, "fr", "#RadioLondres gouda en berne à Montréal ce soir", U, act="coded #RadioLondres post")
post(HS, "fr", "Je n'y crois pas une seconde, Hollande battu outre-Atlantique", U,
     act="disbelief")
