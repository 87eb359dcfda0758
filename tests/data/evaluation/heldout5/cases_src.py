"""The heldout5 posts, each with the structured checks it was written for and its intended label.

HELD-OUT: do not read these posts and do not tune rules on them (see NOTICE.md).
build.py (../reference/) recomputes every label from the raw files and refuses to write cases.jsonl
if any computed label differs from the one given here. `act` marks a post that asserts no result
(question, bet, prediction, disbelief, poll, unpublished population, time of day...): unconfirmed
whatever the figures; its parts, when given, are computed for the note only.
"""

from checks import *  # noqa: F401,F403  (constructors: states, candidates, checks, values)

PREFIX = "h5"
POSTS = []
C, X, U = "confirmed", "contradicted", "unconfirmed"


def post(state, lang, text, label, *parts, act=None):
    POSTS.append({"state": state, "lang": lang, "text": text, "label": label,
                  "parts": list(parts), "act": act})


# ============================================================== 2017 round 1, final
# --- national
post(T1, "fr", "Premier tour : Emmanuel Macron vire en tête avec 8 656 346 voix #Présidentielle2017 https://bit.ly/2oXyZ4k", C, lead("FR", M), votes("FR", M, N(8656346)))
post(T1, "en", "(1/2) Macron tops round one on twenty-four percent, Le Pen runner-up", C,
     lead("FR", M), share("FR", M, P(24)), rank("FR", LP, 2))
post(T1, "fr", "Le Pen plafonne à dix-neuf pour cent, elle rate la finale", X, share("FR", LP, P(19)), elim(LP))
post(T1, "en", "FILLON MAKES THE RUNOFF!!! vive la droite 🇫🇷", X, top2(FI))
post(T1, "fr", "Duel Macron–Le Pen le 7 mai, Fillon et Mélenchon restent sur le carreau", C,
     top2(M), top2(LP), elim(FI), elim(JLM))
post(T1, "en", "(2/2) Fillon takes third, roughly 153k votes clear of Mélenchon", C,
     rank("FR", FI, 3), gapv("FR", FI, JLM, N(153000, p=500, op="about")))
post(T1, "fr", "Mélanchon décroche la 3e place, Fillon 4e : les insoumis passent devant la droite !", X,
     rank("FR", JLM, 3), rank("FR", FI, 4))
post(T1, "en", "Hamon gets a mere 4 percent. Brutal. @partisocialiste", X, share("FR", BH, P(4)))
post(T1, "fr", "Benoît Hamon recueille 2 291 288 suffrages, soit 6,4 pour cent", C,
     votes("FR", BH, N(2291288)), share("FR", BH, P("6.4")))
post(T1, "fr", "NDA dépasse les six pour cent 👏 remboursement assuré", X, share("FR", NDA, P(6, "gt")))
post(T1, "en", "Lassale edges out Poutou for 7th place lol", C, rank("FR", JL, 7), close("FR", JL, PP))
post(T1, "en", "Asselineau polls 2 per cent, ahead of Lassalle", X, share("FR", FA, P(2)), ahead("FR", FA, JL))
post(T1, "fr", "@libe La participation s'établit à 77,77 pour cent", C, turnout("FR", P("77.77")))
post(T1, "en", "turnout just shy of 70%, worrying #Vote2017", X, turnout("FR", P(70, "lt")))
post(T1, "fr", "L'abstention dépasse légèrement les 22 %", C, abst_rate("FR", P(22, "gt")))
post(T1, "fr", "ABSTENTION au premier tour : 15 millions de personnes 😡", X, abst("FR", N(15e6, p=5e5)))
post(T1, "fr", "Bulletins blancs : 1,78 % des votants ; nuls : 0,78 %", C,
     blancs_pv("FR", P("1.78")), nuls_pv("FR", P("0.78")))
post(T1, "en", "Le pen ended up six points behind macron", X, gap("FR", M, LP, P(6)))
post(T1, "fr", "Écart Macron–Le Pen : 2,7 points, un peu moins d'un million de voix. Serré.", C,
     gap("FR", M, LP, P("2.7")), gapv("FR", M, LP, N(1e6, op="lt")))
post(T1, "en", "Le Pen beats Fillon to second place by 465,496 votes", C,
     rank("FR", LP, 2), gapv("FR", LP, FI, N(465496)))
post(T1, "fr", "ÉNORME : Mélenchon coiffe Fillon sur le fil 🔥", X, ahead("FR", JLM, FI))
post(T1, "en", "If the left had united, Mélenchon+Hamon would be first with 26%", U,
     share("FR", (JLM, BH), P(26)), act="counterfactual")
post(T1, "fr", "Le Pen au second tour, comme son père il y a 15 ans", U, top2(LP), unpub("comparison with 2002"))
post(T1, "fr", "Ça y est, Macron sera président, aucun doute", U, act="prediction")
post(T1, "fr", "Marine fera 40 pour cent au second tour, retenez bien ce tweet #Le7Mai", U, act="prediction")
post(T1, "fr", "Moins de 20 % pour Mélenchon (19,58) et à peine 20 % pour Fillon (20,01)", C,
     share("FR", JLM, P(20, "lt")), share("FR", JLM, P("19.58")), share("FR", FI, P(20)), share("FR", FI, P("20.01")))
post(T1, "en", "Mélenchon tops 21 percent!! #FranceInsoumise", X, share("FR", JLM, P(21, "gt")))
post(T1, "fr", "Mélenchon serait en tête chez les chômeurs", U, act="population not published (unemployed)")
post(T1, "en", "Word is Le Pen won Marseille's northern districts", U, act="rumour / area not published")
post(T1, "fr", "Je n'arrive pas à croire que Fillon soit éliminé", U, elim(FI), act="disbelief")
post(T1, "fr", "#RadioLondres Les macarons font un tabac à Paris ce soir", U, act="coded #RadioLondres post")
post(T1, "fr", "À midi la participation était de 28,5 %", U, act="time of day (12h)")
post(T1, "en", "Le Pen could still overtake Macron once the overseas results come in", U, act="could still")
post(T1, "fr", "dans mon village de l'Yonne 50% pour Marine mdr", U, act="area not published (a village)")
post(T1, "fr", "Hamon : 6,4 %, la pire déroute socialiste de l'histoire", U,
     share("FR", BH, P("6.4")), unpub("historical comparison"))
# --- régions
post(T1, "fr", "Centre-Val de Loire : moins de 6 000 voix entre Le Pen et Macron, elle arrive devant", C,
     gapv("R24", LP, M, N(6000, op="lt"), signed=False), ahead("R24", LP, M))
post(T1, "en", "Corsica: Fillon comes top", X, lead("R94", FI))
post(T1, "en", "Brittany: Macron takes 29 percent, Mélenchon runner-up @ouestfrance", C,
     share("R53", M, P(29)), rank("R53", JLM, 2))
post(T1, "fr", "PACA : Fillon arrache la première place 💙 #LR", X, lead("R93", FI))
post(T1, "fr", "IDF : Macron 28,6 %, Fillon 22,2 %, Mélenchon 21,75 %", C,
     share("R11", M, P("28.6")), share("R11", FI, P("22.2")), share("R11", JLM, P("21.75")))
# --- départements
post(T1, "fr", "Ain : Le Pen pile 25 pour cent !", C, share("01", LP, P(25)))
post(T1, "fr", "Hautes-Alpes : trois candidats dans un mouchoir de poche, Macron devant d'un souffle", C,
     lead("05", M), close("05", M, JLM), close("05", M, LP))
post(T1, "en", "Ardèche: Le Pen ahead, Mélenchon and Macron neck and neck for second", C,
     lead("07", LP), close("07", JLM, M))
post(T1, "fr", "Ariege : Mélenchon cartonne avec 26,8 %", C, lead("09", JLM), share("09", JLM, P("26.8")))
post(T1, "en", "Bouches-du-Rhône: Mélenchon out in front", X, lead("13", JLM))
post(T1, "fr", "Charente : Le Pen arrive première", X, lead("16", LP))
post(T1, "en", "Charente-Maritime: Macron just under 24%", C, share("17", M, P(24, "lt")))
post(T1, "fr", "Correze (19) : Mélenchon devant Macron, Hollande doit rire", X, ahead("19", JLM, M))
post(T1, "fr", "Corse-du-Sud : Le Pen 28,6 %, Fillon 25,7 %", C, share("2A", LP, P("28.6")), share("2A", FI, P("25.7")))
post(T1, "fr", "Creuse (23) : victoire de Le Pen", X, lead("23", LP))
post(T1, "fr", "Doubs (25) : Le Pen devance Macron de près d'un point, via @EstRepublicain", C,
     ahead("25", LP, M), gap("25", LP, M, P(1, "approx")))
post(T1, "fr", "Indre (36) : c'est Macron qui gagne", X, lead("36", M))
post(T1, "fr", "Dans la Loire (42), Macron passe devant Le Pen", X, ahead("42", M, LP))
post(T1, "en", "Haute-Loire: Macron edges Le Pen by under half a point", C,
     lead("43", M), close("43", M, LP), gap("43", M, LP, P("0.5", "lt")))
post(T1, "fr", "Manche : Le Pen première", X, lead("50", LP))
post(T1, "en", "Nièvre: Macron first", X, lead("58", M))
post(T1, "fr", "Pyrénées-Atlantiques : Lassalle près de 8 %, 6e juste derrière Hamon", C,
     share("64", JL, P(8, "approx")), rank("64", JL, 6), ahead("64", BH, JL))
post(T1, "fr", "Bas-Rhin : Fillon premier", X, lead("67", FI))
post(T1, "fr", "Tarn-et-Garonne : Mélenchon 2e", X, rank("82", JLM, 2))
post(T1, "fr", "Vendee : moins d'un point entre Macron et Fillon, avantage Macron", C,
     ahead("85", M, FI), gap("85", M, FI, P(1, "lt"), signed=False))
post(T1, "fr", "Vienne (86) : médaille d'argent pour Le Pen", X, rank("86", LP, 2))
post(T1, "en", "Val-d'Oise: Mélenchon comes first", X, lead("95", JLM))
post(T1, "en", "Réunion island: Le Pen finishes top", X, lead("974", LP))
post(T1, "fr", "Nouvelle-Calédonie : Fillon devance Le Pen de 2 points", C, ahead("988", FI, LP), gap("988", FI, LP, P(2)))
# --- communes and arrondissements
post(T1, "fr", "Nantes : Macron 30,8 %, Mélenchon 25,5 % http://elections.interieur.gouv.fr/presidentielle-2017/", C, share("44109", M, P("30.8")), share("44109", JLM, P("25.5")))
post(T1, "en", "Nice: Le Pen first, Fillon second", X, lead("06088", LP), rank("06088", FI, 2))
post(T1, "fr", "RT @varmatin_fan: Toulon : Fillon en tête", X, lead("83137", FI))
post(T1, "fr", "Saint-Étienne : Mélenchon devant Macron, 81 voix d'écart !!! 81 !!!", C,
     ahead("42218", JLM, M), gapv("42218", JLM, M, N(81)))
post(T1, "fr", "Avignon : Le Pen passe devant Mélenchon", X, ahead("84007", LP, JLM))
post(T1, "fr", "Annecy a choisi Fillon", X, lead("74010", FI))
post(T1, "fr", "Versailles préfère Macron", X, lead("78646", M))
post(T1, "en", "Argenteuil: Mélenchon around 34%", C, share("95018", JLM, P(34, "about")))
post(T1, "en", "Mulhouse: Mélenchon wins by a mile 🚩", X, lead("68224", JLM), crush("68224", JLM, M))
post(T1, "fr", "Mulhouse : Macron et Mélenchon séparés par 17 voix", C, gapv("68224", M, JLM, N(17), signed=False))
post(T1, "fr", "Colmar : Macron 23,6 %, Fillon 22,2 %, Le Pen 21,8 %", C,
     share("68066", M, P("23.6")), share("68066", FI, P("22.2")), share("68066", LP, P("21.8")))
post(T1, "fr", "À Bordeaux, la candidate du FN reste sous la barre des 8 %", C, share("33063", LP, P(8, "lt")))
post(T1, "en", "Toulouse: Le Pen above 15%", X, share("31555", LP, P(15, "gt")))
post(T1, "fr", "Marseille 15e : Mélenchon 36,9 %", C, share("13215", JLM, P("36.9")))
post(T1, "fr", "Paris 16e : macron en tête !! les beaux quartiers ont lâché Fillon", X, lead("75116", M))
post(T1, "fr", "Paris 20e : Mélenchon devant Macron de 1 113 voix", C, ahead("75120", JLM, M), gapv("75120", JLM, M, N(1113)))
post(T1, "en", "Lyon 1st: Macron comes first, Croix-Rousse hipsters 😂", X, lead("69381", M))
post(T1, "en", "Saint-Denis: Mélenchon over 40%", U, share(pl("Saint-Denis"), JLM, P(40, "gt")))
post(T1, "fr", "À Évry c'est Mélenchon qui gagne", U, lead(pl("Évry"), JLM))
post(T1, "fr", "La Rochelle : Macron termine premier", U, lead(pl("La Rochelle"), M))
# --- abroad
post(T1, "fr", "Los Angeles : Macron 45 %, Fillon 26 % 🌴", C, share(pl("Los Angeles"), M, P(45)), share(pl("Los Angeles"), FI, P(26)))
post(T1, "en", "Luxembourg: Fillon finishes ahead of Macron among the expats", X, ahead(pl("Luxembourg"), FI, M))
post(T1, "fr", "Rome : plus de 15 % pour la candidate du FN", X, share(pl("Rome"), LP, P(15, "gt")))
post(T1, "en", "Singapore: Fillon 47%, Macron 37%", X, share(pl("Singapour"), FI, P(47)), share(pl("Singapour"), M, P(37)))
post(T1, "fr", "Shanghai : Fillon dépasse Macron", X, ahead(pl("Shanghai"), FI, M))
post(T1, "en", "Abidjan: Macron first", X, lead(pl("Abidjan"), M))
post(T1, "fr", "🇲🇦 Rabat : Macron devance Mélenchon de moins de 2 points", C,
     ahead(pl("Rabat"), M, JLM), gap(pl("Rabat"), M, JLM, P(2, "lt")))
post(T1, "fr", "Francais de Suisse : Macron 34,7 %, Fillon 30,75 %", C,
     share(pl("Suisse", "country"), M, P("34.7")), share(pl("Suisse", "country"), FI, P("30.75")))
post(T1, "en", "UK: Fillon wins the expat vote", X, lead(pl("Royaume-Uni", "country"), FI))
post(T1, "en", "Canada: Mélenchon 26.8%", C, share("FE-CA", JLM, P("26.8")))
post(T1, "fr", "« Macron devant Fillon en Israël » ? Faux : chez les Français d'Israël, Fillon arrive largement en tête", C,
     ahead(pl("Israël", "country"), M, FI, neg=True), lead(pl("Israël", "country"), FI), crush(pl("Israël", "country"), FI, M))
post(T1, "en", "French voters in Silicon Valley went Macron", U, act="area not published (Silicon Valley)")
post(T1, "fr", "Lisbonne : Fillon devant, les retraités ont fait la différence", U,
     ahead(pl("Lisbonne"), FI, M), unpub("population not published (retirees)"))

# ============================================================== 2017 round 2, final
post(T2, "fr", "🇫🇷 Macron l'emporte avec plus de 20,7 millions de voix, contre 10,64 millions pour Le Pen #Le7Mai", C,
     lead("FR", M), votes("FR", M, N(20.7e6, p=5e4, op="gt")), votes("FR", LP, N(10.64e6, p=5000)))
post(T2, "fr", "Les deux tiers des suffrages exprimés pour Macron", C, share("FR", M, F("deux tiers")))
post(T2, "en", "Le Pen breaks the 40 percent barrier, historic night for the FN", X, share("FR", LP, P(40, "gt")))
post(T2, "fr", "Marine Le Pen réunit 37 % des suffrages", X, share("FR", LP, P(37)))
post(T2, "fr", "Macron élu avec 32,2 points d'avance, une claque pour le FN", C, lead("FR", M), gap("FR", M, LP, P("32.2")))
post(T2, "en", "Margin of victory: 5 million votes", X, gapv("FR", M, LP, N(5e6, p=5e5)))
post(T2, "fr", "Trois inscrits sur quatre ont voté au second tour", C, turnout("FR", F("trois quarts")))
post(T2, "en", "Turnout collapsed to 65 per cent (via @France24_en)", X, turnout("FR", P(65)))
post(T2, "fr", "Un quart des inscrits s'est abstenu", C, abst_rate("FR", F("quart")))
post(T2, "en", "Abstainers: 12,101,366", C, abst("FR", N(12101366)))
post(T2, "fr", "Abstention : 16 millions d'électeurs boudent les urnes", X, abst("FR", N(16e6, p=5e5)))
post(T2, "en", "More than 3 million voters cast a blank ballot; 1.064 million spoilt theirs", C,
     blancs("FR", N(3e6, op="gt")), nuls("FR", N(1.064e6, p=500)))
post(T2, "fr", "Un votant sur cinq a voté blanc ou nul, c'est ça la vraie leçon du scrutin", X, bn_pv("FR", F("un sur cinq")))
post(T2, "en", "Blank and spoilt ballots made up 11.52% of votes cast", C, bn_pv("FR", P("11.52")))
post(T2, "fr", "Moins de 44 % des inscrits ont voté Macron", C, share_ins("FR", M, P(44, "lt")))
post(T2, "en", "Macron won over half of all registered voters", X, share_ins("FR", M, P(50, "gt")))
post(T2, "fr", "Le Centre-Val de Loire offre 63,3 % à Macron @LaNR_fr", C, share("R24", M, P("63.3")))
post(T2, "en", "Le Pen clears 40% in Auvergne-Rhône-Alpes", X, share("R84", LP, P(40, "gt")))
post(T2, "en", "Nouvelle-Aquitaine: Macron 68.65%", C, share("R75", M, P("68.65")))
post(T2, "fr", "Pays de la Loire : Le Pen 35 %", X, share("R52", LP, P(35)))
post(T2, "en", "Corse-du-Sud: Macron by 724 votes 😮", C, lead("2A", M), gapv("2A", M, LP, N(724)))
post(T2, "fr", "Haute-Corse : 47,7 % pour Marine", C, share("2B", LP, P("47.7")))
post(T2, "en", "Le Pen carried Vaucluse (84) on Sunday", X, lead("84", LP))
post(T2, "fr", "Bouches-du-Rhône : Macron 57,85 %", C, share("13", M, P("57.85")))
post(T2, "fr", "Alpes-Maritimes : Le Pen gagne, bravo la Côte d'Azur 💙", X, lead("06", LP))
post(T2, "en", "Gironde: 70% for Macron", C, share("33", M, P(70)))
post(T2, "en", "Moselle: Le Pen on 50.5 percent", X, share("57", LP, P("50.5")))
post(T2, "fr", "Vendée : Macron près de 70 %", C, share("85", M, P(70, "approx")))
post(T2, "fr", "Seine-et-Marne : Le pen 30 %", X, share("77", LP, P(30)))
post(T2, "en", "Val-d'Oise: Macron 72.5%", C, share("95", M, P("72.5")))
post(T2, "en", "Toulon goes Le Pen in the runoff", X, lead("83137", LP))
post(T2, "fr", "Béziers : Macron 52,7 %", C, share("34032", M, P("52.7")))
post(T2, "en", "Saint-Laurent-du-Var: Le Pen wins with nearly 53% 🌊", C,
     lead("06123", LP), share("06123", LP, P(53, "approx")))
post(T2, "fr", "Six-Fours-les-Plages : Macron passe de 149 voix", C, lead("83129", M), gapv("83129", M, LP, N(149)))
post(T2, "en", "Ajaccio swings to Le Pen", X, lead("2A004", LP))
post(T2, "en", "Bordeaux 86%, Nantes 86.5% for Macron", C, share("33063", M, P(86)), share("44109", M, P("86.5")))
post(T2, "fr", "Saint-Quentin tombe dans l'escarcelle de Le Pen #Aisne", X, lead("02691", LP))
post(T2, "en", "Boulogne-sur-Mer: 55% for Macron", C, share("62160", M, P(55)))
post(T2, "en", "Jerusalem consulate: thirty percent for Le Pen", X, share(pl("Jérusalem"), LP, P(30)))
post(T2, "fr", "Alger : 96,8 % pour Macron", C, share(pl("Alger"), M, P("96.8")))
post(T2, "fr", "Macron aurait obtenu 80 % chez les cadres d'après un sondage OpinionWay", U, act="population not published (occupation)")
post(T2, "en", "Le Pen did better than expected in the countryside", U, act="area not published / comparison with expectations")
post(T2, "fr", "Il y aura une cohabitation en juin, pariez", U, act="prediction / bet")
post(T2, "en", "Is Macron really at 66? My uncle says 58", U, act="question")
post(T2, "fr", "Selon les projections de France 2, 65-35", U, act="TV projection")
post(T2, "fr", "Saint-Denis : 84 % pour Macron", U, share(pl("Saint-Denis"), M, P(84)))
post(T2, "en", "Le Pen's best score ever for the far right", U, act="historical comparison")
post(T2, "fr", "Je n'y crois pas : Le Pen à 34 %…", U, share("FR", LP, P(34)), act="disbelief")
post(T2, "en", "In some bureaux of Paris blank votes beat Le Pen", U, act="area not published (bureaux)")
post(T2, "fr", "La Réunion : Le Pen sous les 38 %", U, share(pl("La Réunion"), LP, P(38, "lt")))

# ============================================================== 2017 round 1, partial (21:30)
post(T1P, "fr", "Ain : Le Pen 25 %, Macron 22,6 %", C, share("01", LP, P(25)), share("01", M, P("22.6")))
post(T1P, "en", "Allier (03): Le Pen comes top", X, lead("03", LP))
post(T1P, "fr", "Ardèche : Le Pen 23,2 %", C, share("07", LP, P("23.2")))
post(T1P, "en", "Ariège: Mélenchon 27 percent, the insoumis stronghold", C, share("09", JLM, P(27)))
post(T1P, "fr", "Bouches-du-Rhône : macron deuxième", X, rank("13", M, 2))
post(T1P, "fr", "Charente : Macron 25 %, Le Pen 21,4 %", C, share("16", M, P(25)), share("16", LP, P("21.4")))
post(T1P, "en", "Corsica: Fillon beats Le Pen", X, ahead("R94", FI, LP))
post(T1P, "fr", "Corse : Le Pen en tête, tous les bureaux ont remonté @corsematin", C, lead("R94", LP))
post(T1P, "fr", "Centre-Val de Loire : Le Pen 23,1 %, Macron 22,7 %", C, share("R24", LP, P("23.1")), share("R24", M, P("22.7")))
post(T1P, "en", "Gironde: Le Pen second", X, rank("33", LP, 2))
post(T1P, "fr", "Gers : Le Pen devance Mélanchon de 298 voix", C, ahead("32", LP, JLM), gapv("32", LP, JLM, N(298)))
post(T1P, "en", "Indre-et-Loire: Macron first, Fillon second", C, lead("37", M), rank("37", FI, 2))
post(T1P, "fr", "Landes (40) : Mélenchon premier", X, lead("40", JLM))
post(T1P, "en", "Loire-Atlantique: Mélenchon above 25%", X, share("44", JLM, P(25, "gt")))
post(T1P, "fr", "Maine-et-Loire : Macron en tête", C, lead("49", M))
post(T1P, "en", "Haute-Loire: Macron 23.5, Le Pen 23.1", C, share("43", M, P("23.5")), share("43", LP, P("23.1")))
post(T1P, "fr", "Creuse (23) : Le Pen 25 %", X, share("23", LP, P(25)))
post(T1P, "fr", "Français de l'étranger : Hamon 6,9 %", C, share("ZZ", BH, P("6.9")))
post(T1P, "en", "Expats put Fillon first", X, lead("ZZ", FI))
post(T1P, "fr", "Plus de 3,8 millions de voix déjà pour Macron au décompte de l'Intérieur 📈", C, votes("FR", M, N(3.8e6, op="gt")))
post(T1P, "en", "Fillon has less than 3 million votes nationally", X, votes("FR", FI, N(3e6, op="lt")))
post(T1P, "fr", "POUTOU À 0,1 % au niveau national 😭", X, share("FR", PP, P("0.1")))
post(T1P, "en", "Already more than 280,000 blank ballots counted", C, blancs("FR", N(280000, op="gt")))
post(T1P, "fr", "Alès : Mélenchon arrive premier, la ville vire au rouge", C, lead("30007", JLM))
post(T1P, "fr", "L'Yonne place Marine Le Pen en tête", U, lead("89", LP))
post(T1P, "en", "Lyon: 30 percent for Macron", U, share("69123", M, P(30)))
post(T1P, "fr", "PACA : plus d'un quart des voix pour Le Pen", U, share("R93", LP, F("quart", "gt")))
post(T1P, "en", "Macron leads nationally with 24.1% so far", U, act="partial-count qualifier (so far)")
post(T1P, "fr", "Occitanie : Mélenchon double Macron", U, ahead("R76", JLM, M))
post(T1P, "en", "Grand Est: Fillon third", U, rank("R44", FI, 3))
post(T1P, "en", "Roubaix: Mélenchon ahead", U, lead("59512", JLM))
post(T1P, "fr", "Estimation à 21h : Le Pen 21,7 %", U, act="estimate (21h)")
post(T1P, "en", "With a third of the bureaux counted, Fillon is third", U, act="partial-count qualifier (a third of the bureaux)")
post(T1P, "fr", "Les Hauts-de-France plébiscitent Le Pen, évidemment", U, lead("R32", LP))
post(T1P, "fr", "Le Pen va-t-elle dépasser 25 % dans la Somme ?", U, act="question")
post(T1P, "en", "Waiting for Mayotte and Guyane, results late tonight", U, act="meta-statement (timing)")
post(T1P, "fr", "5 millions de voix franchis pour Mélenchon", U, votes("FR", JLM, N(5e6, op="gt")))

# ============================================================== 2017 round 2, partial (21:30)
post(T2P, "fr", "Côtes-d'Armor : Le Pen 26,5 % @letelegramme", C, share("22", LP, P("26.5")))
post(T2P, "en", "Gers backs Macron at 67%", C, share("32", M, P(67)))
post(T2P, "fr", "Allier (03) : 45 % pour la présidente du FN", X, share("03", LP, P(45)))
post(T2P, "fr", "Charente-Maritime : Macron 64,8 %", C, share("17", M, P("64.8")))
post(T2P, "en", "Doubs (25) falls to Le Pen", X, lead("25", LP))
post(T2P, "fr", "Indre-et-Loire : 69,2 % pour Macron", C, share("37", M, P("69.2")))
post(T2P, "en", "Ain gives Le Pen 45%", X, share("01", LP, P(45)))
post(T2P, "fr", "Corse : 66 819 voix pour Macron, 62 982 pour Le Pen", C, votes("R94", M, N(66819)), votes("R94", LP, N(62982)))
post(T2P, "en", "Centre-Val de Loire: Le Pen 36.7%", C, share("R24", LP, P("36.7")))
post(T2P, "fr", "Français de l'étranger : 496 344 voix pour Macron", C, votes("ZZ", M, N(496344)))
post(T2P, "fr", "L'Aube (10) bascule chez Le Pen", X, lead("10", LP))
post(T2P, "en", "Macron already above 8.5 million votes", C, votes("FR", M, N(8.5e6, op="gt")))
post(T2P, "fr", "Le Pen à 5 % au national, la déroute", X, share("FR", LP, P(5)))
post(T2P, "en", "Le Pen takes Brittany", X, lead("R53", LP))
post(T2P, "fr", "Bretagne : Macron déjà au-dessus de 53 % quoi qu'il arrive dans les bureaux restants", C, share("R53", M, P(53, "gt")))
post(T2P, "en", "Occitania: Le Pen over the 60 mark", X, share("R76", LP, P(60, "gt")))
post(T2P, "fr", "Macron 66 % ce soir, en attendant l'outre-mer", U, act="partial-count qualifier (en attendant l'outre-mer)")
post(T2P, "en", "Alpes-de-Haute-Provence (04): Macron holds on", C, lead("04", M))
post(T2P, "fr", "Nouvelle-Aquitaine : 40 % pour Marine Le Pen", U, share("R75", LP, P(40)))
post(T2P, "fr", "Aix-en-Provence donne 73,6 % à Macron", C, share("13001", M, P("73.6")))
post(T2P, "fr", "Dunkerque : Macron frôle les 55 %", U, share("59183", M, P(55, "approx")))
post(T2P, "fr", "Le 95 vote Macron à 72 %", U, share("95", M, P(72)))
post(T2P, "fr", "Macron remporte le Grand Est", U, lead("R44", M))
post(T2P, "fr", "74 % de participation au niveau national", U, turnout("FR", P(74)))
post(T2P, "en", "Nationally Le Pen is held under 35%", U, share("FR", LP, P(35, "lt")))
post(T2P, "fr", "Le Pen peut encore l'emporter dans le Nord", U, act="could still")
post(T2P, "en", "First partial results: Macron 64%", U, act="partial-count qualifier")
post(T2P, "fr", "67 % pour Macron en Auvergne-Rhône-Alpes", U, share("R84", M, P(67)))
post(T2P, "fr", "Les DOM votent à 80 % Macron j'en suis sûr", U, act="prediction / guess")
post(T2P, "en", "Will Parisians hand Macron 90%?", U, act="question")

# ============================================================== 2011 primary, round 1, final
post(H, "fr", "Résultats de la primaire : François Hollande 1 038 188 voix, Martine Aubry 806 168", C,
     votes("FR", HOL, N(1038188)), votes("FR", AUB, N(806168)))
post(H, "en", "Hollande tops the primary, roughly 39 percent", C, lead("FR", HOL), share("FR", HOL, P(39, "about")))
post(H, "fr", "#Primaire2011 Hollande dépasse les 45 %", X, share("FR", HOL, P(45, "gt")))
post(H, "en", "Aubry finishes a distant third", X, rank("FR", AUB, 3))
post(H, "fr", "Montebour troisième homme avec 455 601 voix #demondialisation", C, rank("FR", MON, 3), votes("FR", MON, N(455601)))
post(H, "en", "Royal a shade under 7%, Valls 5.6%, Baylet 0.6%", C,
     share("FR", ROY, P(7, "lt")), share("FR", VAL, P("5.6")), share("FR", BAY, P("0.6")))
post(H, "fr", "Valls devance Montebourg, le député-maire d'Évry jubile", X, ahead("FR", VAL, MON))
post(H, "fr", "Près de 9 points d'écart entre Hollande et Aubry @Le_Figaro", C, gap("FR", HOL, AUB, P(9, "approx")))
post(H, "en", "Montebourg scores over 20%", X, share("FR", MON, P(20, "gt")))
post(H, "fr", "À peine 11 025 bulletins blancs ou nuls sur les 2 661 231 votants de la primaire", C, votants("FR", N(2661231)), bn("FR", N(11025)))
post(H, "en", "AUBRY 35%", X, share("FR", AUB, P(35)))
post(H, "fr", "Français de l'étranger : Aubry 2 696 voix, Hollande 2 080", C, votes("ZZ", AUB, N(2696)), votes("ZZ", HOL, N(2080)))
post(H, "en", "Outside France, Montebourg third with 13.4%", C, rank("ZZ", MON, 3), share("ZZ", MON, P("13.4")))
post(H, "fr", "Hors de France, Royal devance Valls", X, ahead("ZZ", ROY, VAL))
post(H, "en", "Montreal (Canada): Montebourg third, ahead of Royal", X,
     rank(pl("Montréal", "consulate"), MON, 3), ahead(pl("Montréal", "consulate"), MON, ROY))
post(H, "fr", "Hollande a fait un triomphe en Corrèze, plus de 60 %", U, share(pl("Corrèze", "dep"), HOL, P(60, "gt")))
post(H, "en", "Aubry won Lille with ease", U, lead(pl("Lille"), AUB))
post(H, "fr", "Le second tour sera serré, Aubry peut gagner", U, act="prediction")
post(H, "en", "Did Royal really get under 7%? Seems low", U, act="question")
post(H, "fr", "Jamais une primaire n'avait autant mobilisé", U, act="historical comparison")
post(H, "fr", "Valls 5,6 %, bien moins que dans les sondages", U, share("FR", VAL, P("5.6")), unpub("comparison with polls"))

# ============================================================== 2011 primary, Saturday 8 Oct (only the Americas counted)
post(HS, "fr", "Primaire : à Montréal (Canada), Aubry recueille 154 des 350 voix 🍁", C,
     votes(pl("Montréal", "consulate"), AUB, N(154)), exprimes(pl("Montréal", "consulate"), N(350)))
post(HS, "en", "US and Canada bureaux: Hollande second with 184 votes", C, rank("FE01", HOL, 2), votes("FE01", HOL, N(184)))
post(HS, "fr", "Au Canada, Montebourg finit devant Ségolène Royal", X, ahead("FE-CA", MON, ROY))
post(HS, "en", "North America: Hollande beats Aubry", X, ahead("FE01", HOL, AUB))
post(HS, "fr", "Amérique du Nord : Royal 4e, Valls 5e", C, rank("FE01", ROY, 4), rank("FE01", VAL, 5))
post(HS, "en", "Montreal (Canada): 500 voters", X, votants(pl("Montréal", "consulate"), N(500)))
post(HS, "fr", "Montréal (Canada) : 12 % pour Montebourg", C, share(pl("Montréal", "consulate"), MON, P(12)))
post(HS, "fr", "Amérique du Nord : Baylet 5 %", X, share("FE01", BAY, P(5)))
post(HS, "en", "618 Socialist primary voters in North America on Saturday", C, votants("FE01", N(618)))
post(HS, "fr", "Hollande devant en métropole ? on attend", U, act="question")
post(HS, "en", "The French abroad back Aubry", U, lead("ZZ", AUB))
post(HS, "fr", "Aubry a gagné en Europe", U, act="area not published (Europe)")
post(HS, "fr", "Bruxelles : Aubry devant", U, ahead(pl("Bruxelles"), AUB, HOL))
post(HS, "en", "Aubry at 30% nationally", U, share("FR", AUB, P(30)))
post(HS, "fr", "Hollande va l'emporter demain, c'est sûr", U, act="prediction")
