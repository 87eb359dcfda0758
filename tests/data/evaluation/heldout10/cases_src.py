"""heldout10 (h10): 250 made-up election-night posts, each with the structured checks it was
written for and the label it was written to have. Labels are recomputed from the raw files by
../reference/build.py, which refuses to write cases.jsonl if any differs.

Written by an outside evaluator; see NOTICE.md. Do not tune the verifier on this set."""

from checks import *  # noqa: F401,F403  (Check constructors, P/N/F/PR/NR, state ids, candidates)

PREFIX = "h10"
POSTS = []


def post(state, lang, label, text, parts, act=None):
    d = {"state": state, "lang": lang, "label": label, "text": text, "parts": list(parts)}
    if act:
        d["act"] = act
    POSTS.append(d)


C, X, U = CONF, CONTRA, UNC

# ====================================================================== 2017 round 1, final
post(T1, "fr", X, "On me dit Fillon premier en Lozère, c'est faux, c'est Macron qui arrive devant 🙄",
     [lead('48', FI, neg=True), lead('48', M)])
post(T1, "fr", X, "Creuse (23) : Marine Le Pen arrive en tête avec 25 %. Dans ce departement de gauche ça fait mal 😢",
     [lead('23', LP), share('23', LP, P(25))])
post(T1, "fr", U, "Clermont : Le Pen en tête avec 29 %, score énorme 😳",
     [lead(pl('Clermont'), LP), share(pl('Clermont'), LP, P(29))])
post(T1, "fr", C, "Corrèze : Macron en tête, Mélenchon deuxième. Le fief de Hollande a choisi son ancien ministre 😏",
     [lead(pl('Corrèze'), M), rank(pl('Corrèze'), JLM, 2)])
post(T1, "en", U, "Vaucluse: Le Pen at nearly 39% 😱 what is going on down there",
     [share(pl('Vaucluse'), LP, P(39, 'approx'))])
post(T1, "fr", U, "Indre : Melenchon en tête 🔥 31,8 % !! #JLM2017",
     [lead(pl('Indre'), JLM), share(pl('Indre'), JLM, P('31.8'))])
post(T1, "fr", X, "Allier (03) : Mélenchon 2e derrière Macron, Le Pen seulement 3e. Le bocage résiste 💪",
     [rank('03', JLM, 2), rank('03', LP, 3)])
post(T1, "en", U, "Allier: Macron on top, JLM second with nearly 26%",
     [lead(pl('Allier'), M), rank(pl('Allier'), JLM, 2), share(pl('Allier'), JLM, P(26, 'approx'))])
post(T1, "fr", C, "La Réunion (974) : Mélenchon devant Le Pen, 24,5 % contre 23,5 %. Macron seulement troisième",
     [ahead('974', JLM, LP), share('974', JLM, P('24.5')), share('974', LP, P('23.5')), rank('974', M, 3)])
post(T1, "en", U, "La Réunion: Le Pen first!! 🇫🇷",
     [lead(pl('La Réunion'), LP)])
post(T1, "en", U, "Castries: Fillon 45% 😮 didn't see that coming",
     [share(pl('Castries'), FI, P(45))])
post(T1, "fr", C, "Montreuil (93) : Mélenchon à 40 %, Macron 25. La ville reste rouge.",
     [share('93048!', JLM, P(40)), share('93048!', M, P(25))])
post(T1, "en", U, "Montreuil: Le Pen comes first 🤔 source: my cousin who counted there",
     [lead(pl('Montreuil'), LP)])
post(T1, "en", X, "Grigny (Essonne): Mélenchon 42%, Le Pen second. Red suburb indeed",
     [share('91286!', JLM, P(42)), rank('91286!', LP, 2)])
post(T1, "fr", U, "Grigny : Mélenchon au-dessus des 40 %, énorme",
     [share(pl('Grigny'), JLM, P(40, 'gt'))])
post(T1, "fr", C, "Saint-Pierre (La Réunion) : Fillon en tête avec 26 %, Mélenchon 24 % 🌋",
     [lead('97416!', FI), share('97416!', FI, P(26)), share('97416!', JLM, P(24))])
post(T1, "fr", X, "Neuilly-sur-Seine : Fillon frôle les 70 %. Sans surprise 🙃",
     [share('92051', FI, P(70, 'approx'))])
post(T1, "fr", C, "Boulogne-Billancourt : Fillon près de 42 %, Macron 32,9 %. L'ouest parisien reste fidèle",
     [share('92012', FI, P(42, 'approx')), share('92012', M, P('32.9'))])
post(T1, "en", X, "Vincennes: Macron 38, Fillon 31. Bourgeois east side 😂",
     [share('94080', M, P(38)), share('94080', FI, P(31))])
post(T1, "en", C, "Colombey-les-Deux-Églises: Fillon 38.5%, Le Pen 31.2%, Macron 11%. De Gaulle's village, folks.",
     [share('52140', FI, P('38.5')), share('52140', LP, P('31.2')), share('52140', M, P(11))])
post(T1, "en", C, "Tiny Île-de-Sein: Macron 49 votes, Fillon 42, Mélenchon 36. Every vote counts 🌊",
     [votes('29083', M, N(49)), votes('29083', FI, N(42)), votes('29083', JLM, N(36))])
post(T1, "fr", X, "Ouessant : Mélenchon devant Macron 🔥 les îles votent à gauche",
     [ahead('29155', JLM, M)])
post(T1, "en", X, "Cannes: Le Pen first, ahead of Fillon. The Riviera has spoken",
     [lead('06029', LP), ahead('06029', LP, FI)])
post(T1, "fr", C, "Menton : Le Pen à plus de 32 %, devant Fillon (25,3 %). Sans surprise sur la Côte.",
     [share('06083', LP, P(32, 'gt')), ahead('06083', LP, FI), share('06083', FI, P('25.3'))])
post(T1, "fr", X, "@jb_hyeres oui, Le Pen en tête devant Fillon à Hyères, comme prévu",
     [lead('83069', LP), ahead('83069', LP, FI)])
post(T1, "en", C, "Fréjus: Le Pen 33.5%. Rachline's town holds firm.",
     [share('83061', LP, P('33.5'))])
post(T1, "fr", X, "Toulon : Fillon en tête avec 27 % #Toulon",
     [lead('83137', FI), share('83137', FI, P(27))])
post(T1, "fr", X, "Avignon : Le Pen devant, Mélenchon 2e. Prévisible.",
     [lead('84007', LP), rank('84007', JLM, 2)])
post(T1, "en", X, "Villeurbanne: Mélenchon first! per my uncle who was assesseur tonight",
     [lead('69266', JLM)])
post(T1, "fr", X, "Rouen : Mélenchon devant Macron ! Rouen insoumise 🔴",
     [ahead('76540', JLM, M)])
post(T1, "en", C, "Rennes: Macron 31.9%, Mélenchon 25.9%, Le Pen below 7%",
     [share('35238', M, P('31.9')), share('35238', JLM, P('25.9')), share('35238', LP, P(7, 'lt'))])
post(T1, "fr", U, "Rennes : Macron en tête sur la ville, mais sur le campus de Villejean c'est Mélenchon à 40 % d'après les copains de la fac",
     [lead('35238', M), unpub('a campus, not a published area')])
post(T1, "en", X, "Brest: Le Pen above 15% 😬 in Finistère of all places",
     [share('29019', LP, P(15, 'gt'))])
post(T1, "fr", X, "Amiens, la ville natale de Macron : il ne fait que 22 %. Nul n'est prophète…",
     [share('80021', M, P(22))])
post(T1, "fr", C, "Metz : Fillon 3e, avec 22 voix d'avance sur Le Pen. Chaque voix compte, on vous l'avait dit",
     [rank('57463', FI, 3), gapv('57463', FI, LP, N(22))])
post(T1, "en", X, "Nancy: Mélenchon second, Fillon third, per @estrepublicain",
     [rank('54395', JLM, 2), rank('54395', FI, 3)])
post(T1, "en", C, "Dijon: Macron 27%, Mélenchon 22%, Fillon 21%. Burgundy's capital goes centrist 🍷",
     [share('21231', M, P(27)), share('21231', JLM, P(22)), share('21231', FI, P(21))])
post(T1, "fr", X, "Besancon : Melenchon passe devant Macron d'une courte tête !",
     [ahead('25056', JLM, M)])
post(T1, "en", X, "Limoges: Macron 29%, JLM 26%. Not bad for the left in the Limousin",
     [share('87085', M, P(29)), share('87085', JLM, P(26))])
post(T1, "fr", U, "Poitiers : Macron et Mélenchon au coude-à-coude, on attend les derniers bureaux",
     [close('86194', M, JLM)], act="partial count: the last bureaux are still awaited")
post(T1, "fr", C, "Bayonne : Lassalle devant Dupont-Aignan, 870 voix contre 747 💪 #Lassalle2017",
     [ahead('64102', JL, NDA), votes('64102', JL, N(870)), votes('64102', NDA, N(747))])
post(T1, "fr", X, "Le Mans : Fillon bat Macron de peu dans la ville, et la Sarthe reste fidèle à son député",
     [ahead('72181', FI, M), lead('72', FI)])
post(T1, "en", C, "Le Mans: Macron just 378 votes ahead of Fillon. Nail-biter 😬",
     [gapv('72181', M, FI, N(378))])
post(T1, "fr", U, "Orléans : Macron à 29 %… mais Fillon va remonter, vous verrez",
     [share('45234', M, P(29)), unpub('prediction')])
post(T1, "en", X, "Annecy: Fillon ahead of Macron, and Haute-Savoie puts him first too",
     [ahead('74010', FI, M), lead('74', FI)])
post(T1, "en", X, "Tourcoing (Darmanin's town): Le Pen first with 27%",
     [lead('59599', LP), share('59599', LP, P(27))])
post(T1, "fr", C, "Roubaix : Mélenchon près de 36 %, participation 62,6 %",
     [share('59512', JLM, P(36, 'approx')), turnout('59512', P('62.6'))])
post(T1, "fr", X, "Valenciennes : Macron en tête avec 23,5 % selon La Voix du Nord",
     [lead('59606', M), share('59606', M, P('23.5'))])
post(T1, "en", X, "Aubervilliers: Macron edges out Mélenchon",
     [ahead('93001', M, JLM)])
post(T1, "en", X, "Colmar: Le Pen on top, Macron third",
     [lead('68066', LP), rank('68066', M, 3)])
post(T1, "fr", C, "Mulhouse : Macron devance Mélenchon de 17 voix 😳",
     [gapv('68224', M, JLM, N(17))])
post(T1, "fr", C, "Chiffres officiels : 8 656 346 voix pour Macron, 7 678 491 pour Le Pen. Rendez-vous le 7 mai.",
     [votes('FR', M, N(8656346)), votes('FR', LP, N(7678491))])
post(T1, "en", X, "Fillon 3rd nationally, only 0.2 pts behind Le Pen. So close 😩",
     [rank('FR', FI, 3), gap('FR', LP, FI, P('0.2'))])
post(T1, "fr", X, "MÉLENCHON QUALIFIÉ POUR LE SECOND TOUR !!! 🔴🔴",
     [top2(JLM)])
post(T1, "en", C, "Le Pen beat Fillon by around 465,000 votes. That's the whole story of the night.",
     [gapv('FR', LP, FI, N(465000, p=500, op='about'))])
post(T1, "fr", C, "Abstention au 1er tour : 22,2 % selon le ministère",
     [abst_rate('FR', P('22.2'))])
post(T1, "fr", X, "Participation au premier tour : 81 %, la plus forte depuis 2007",
     [turnout('FR', P(81)), unpub('comparison with 2007')])
post(T1, "en", C, "Blank ballots in round 1: about 660,000",
     [blancs('FR', N(660000, p=500, op='about'))])
post(T1, "fr", X, "Hamon sous les 5 %, c'est historique pour le PS",
     [share('FR', BH, P(5, 'lt')), unpub('history of the PS')])
post(T1, "en", U, "Polls had Mélenchon around 19% and he got 19.6. Pollsters nailed it.",
     [share('FR', JLM, P('19.6')), unpub('the polls')])
post(T1, "fr", U, "Macron à 24 % ce soir, il sera président dans 15 jours, je prends les paris 🎲",
     [share('FR', M, P(24)), unpub('prediction / bet')])
post(T1, "fr", C, "Dupont-Aignan 4,7 %, 6e, devant Lassalle, Poutou, Asselineau, Arthaud et Cheminade",
     [share('FR', NDA, P('4.7')), rank('FR', NDA, 6)])
post(T1, "en", X, "Asselineau beat Poutou nationally 🤯 #UPR",
     [ahead('FR', FA, PP)])
post(T1, "en", C, "Mélenchon missed the runoff by about 620,000 votes. Heartbreaking.",
     [elim(JLM), gapv('FR', LP, JLM, N(620000, p=5000, op='about'))])
post(T1, "fr", U, "D'après l'Ifop, chez les 18-24 ans Mélenchon serait arrivé premier",
     [unpub('an age group in a poll')])
post(T1, "fr", C, "Hauts-de-France : Le Pen 31 %, et Mélenchon 2e devant Macron de 3 000 voix",
     [share('R32', LP, P(31)), rank('R32', JLM, 2), gapv('R32', JLM, M, N(3000, p=500))])
post(T1, "en", X, "Brittany: Le Pen under 14%. Breizh says no",
     [share('R53', LP, P(14, 'lt'))])
post(T1, "fr", X, "Occitanie : Mélenchon en tête de justesse",
     [lead('R76', JLM)])
post(T1, "en", C, "Occitania was a three-way tie: Le Pen 23.0, Macron 22.3, Mélenchon 22.1",
     [share('R76', LP, P('23.0')), share('R76', M, P('22.3')), share('R76', JLM, P('22.1'))])
post(T1, "en", X, "PACA: Fillon ahead of Le Pen, says a friend at the préfecture",
     [ahead('R93', FI, LP)])
post(T1, "fr", X, "Grand Est : Le Pen 27,8 %, Fillon 2e, Macron relégué 3e",
     [share('R44', LP, P('27.8')), rank('R44', FI, 2), rank('R44', M, 3)])
post(T1, "fr", X, "Pays de la Loire : Fillon premier, Macron 2e",
     [lead('R52', FI), rank('R52', M, 2)])
post(T1, "en", C, "Seine-Saint-Denis: Mélenchon 34%, Macron 24%, Le Pen only third. The 93 has spoken",
     [share('93', JLM, P(34)), share('93', M, P(24)), rank('93', LP, 3)])
post(T1, "fr", X, "Yvelines : Fillon devant Macron, la droite versaillaise a tenu",
     [ahead('78', FI, M)])
post(T1, "fr", X, "Orne : Le Pen en tête, Fillon deuxieme. La Normandie bascule ?",
     [lead('61', LP), rank('61', FI, 2)])
post(T1, "fr", C, "Hérault : Le Pen en tête, Mélenchon 2e, Macron 3e",
     [lead('34', LP), rank('34', JLM, 2), rank('34', M, 3)])
post(T1, "fr", C, "Haute-Marne : Le Pen 33 %, Meuse : 32,3 %",
     [share('52', LP, P(33)), share('55', LP, P('32.3'))])
post(T1, "en", X, "Vosges: Le Pen under 28%",
     [share('88', LP, P(28, 'lt'))])
post(T1, "fr", C, "Bas-Rhin : Le Pen devant Macron, et Fillon 3e à moins de 2 000 voix de Macron",
     [ahead('67', LP, M), rank('67', FI, 3), gapv('67', M, FI, N(2000, op='lt'))])
post(T1, "fr", C, "Val-d'Oise : Macron devance Mélenchon de 7 400 voix",
     [gapv('95', M, JLM, N(7400, p=50))])
post(T1, "en", C, "French Guiana: Mélenchon beats Le Pen by 112 votes",
     [gapv('973', JLM, LP, N(112))])
post(T1, "en", C, "Martinique: turnout under 40% 😔",
     [turnout('972', P(40, 'lt'))])
post(T1, "fr", X, "Polynésie : Marine devant tout le monde 🌺 incroyable",
     [lead('987', LP)])
post(T1, "fr", C, "Wallis-et-Futuna : Hamon 25 % !",
     [share(pl('Wallis-et-Futuna'), BH, P(25))])
post(T1, "fr", C, "Saint-Pierre-et-Miquelon : Mélenchon 35 %",
     [share('975', JLM, P(35))])
post(T1, "en", U, "Saint-Barthélemy: Fillon above 40%",
     [share(pl('Saint-Barthélemy'), FI, P(40, 'gt'))])
post(T1, "fr", C, "Français de l'étranger : Macron 40,4 %, Fillon 26,3 %",
     [share('ZZ', M, P('40.4')), share('ZZ', FI, P('26.3'))])
post(T1, "en", C, "London: Macron above 50% 🇬🇧",
     [share(pl('London'), M, P(50, 'gt'))])
post(T1, "fr", X, "Consulat de New York : Macron 58 % 🗽",
     [share(pl('New York'), M, P(58))])
post(T1, "fr", C, "Beyrouth : Fillon 61 % chez les Français du Liban 🇱🇧",
     [share(pl('Beyrouth'), FI, P(61))])
post(T1, "en", X, "Moscow: Le Pen second behind Fillon. Typical.",
     [rank(pl('Moscou'), LP, 2)])
post(T1, "fr", C, "Israël : Fillon près de 60 %",
     [share(pl('Israël'), FI, P(60, 'approx'))])
post(T1, "fr", U, "Au Caire, Macron arrive en tête",
     [lead(pl('Le Caire'), M)])
post(T1, "fr", U, "Dépouillement fini dans mon bureau à Brive : Macron 31 %, Fillon 20",
     [], act="a single bureau")
post(T1, "fr", U, "Quelqu'un a les chiffres de Mende ? Macron en tête ?",
     [], act="question")
post(T1, "en", U, "Lagos: Fillon first, who knew",
     [lead(pl('Lagos'), FI)])
post(T1, "fr", C, "La capture avec Le Pen à 30 % en Bretagne est un faux : elle fait 15,3 %",
     [share('R53', LP, P(30), neg=True), share('R53', LP, P('15.3'))])
post(T1, "en", X, "No, Mélenchon did NOT win in Le Havre. Stop spreading fake news.",
     [lead('76351', JLM, neg=True)])
post(T1, "en", C, "Paris 16e: Fillon 58%, Macron 27",
     [share('75116', FI, P(58)), share('75116', M, P(27))])
post(T1, "fr", C, "Paris 20e : Mélenchon devance Macron, 31,8 % contre 30,6 %",
     [ahead('75120', JLM, M), share('75120', JLM, P('31.8')), share('75120', M, P('30.6'))])
post(T1, "fr", X, "Lyon 1er : Macron en tête, évidemment",
     [lead('69381', M)])

# ====================================================================== 2017 round 1, partial (21:30)
post(T1P, "fr", C, "21h30 : la Dordogne a tout dépouillé. Mélenchon vire en tête avec 23 %, Macron juste derrière à 22,5 🔴✊",
     [lead('24', JLM), share('24', JLM, P(23)), share('24', M, P('22.5'))])
post(T1P, "en", C, "Gers, round 1: Macron 23.4%, Le Pen 19.7%. MLP edges JLM for second place by fewer than 300 votes 👀",
     [share('32', M, P('23.4')), share('32', LP, P('19.7')), rank('32', LP, 2), gapv('32', LP, JLM, N(300, op='lt'))])
post(T1P, "fr", U, "Creuse : Macron devance Mélenchon d'à peine 1,4 point",
     [gap(pl('Creuse'), M, JLM, P('1.4'))])
post(T1P, "en", C, "Loire (42): Le Pen tops the first round with 24.1%, less than a point ahead of Macron",
     [lead('42', LP), share('42', LP, P('24.1')), gap('42', LP, M, P(1, 'lt'))])
post(T1P, "en", C, "Indre (36) went Le Pen: 24.4% for her, Macron a distant second under 21%.",
     [lead('36', LP), share('36', LP, P('24.4')), rank('36', M, 2), share('36', M, P(21, 'lt'))])
post(T1P, "fr", C, "Castries (34) : Macron 24,4 %, Le Pen 22,2, Fillon 21,7. Trois candidats dans un mouchoir",
     [share('34058!', M, P('24.4')), share('34058!', LP, P('22.2')), share('34058!', FI, P('21.7'))])
post(T1P, "en", C, "Aix-en-Provence: Fillon beats Macron by just one point, Mélenchon 3rd",
     [lead('13001', FI), gap('13001', FI, M, P(1)), rank('13001', JLM, 3)])
post(T1P, "en", C, "Nîmes is a 4-way race: Mélenchon 24.0, Le Pen 21.6, Macron 21.3, Fillon 20.3",
     [share('30189', JLM, P('24.0')), share('30189', LP, P('21.6')), share('30189', M, P('21.3')), share('30189', FI, P('20.3'))])
post(T1P, "fr", C, "Saint-Étienne : Mélenchon devance Macron de 81 voix 😱",
     [gapv('42218', JLM, M, N(81))])
post(T1P, "fr", C, "Caen : Macron près de 30 %, Mélenchon 2e à 23,1 %",
     [share('14118', M, P(30, 'approx')), rank('14118', JLM, 2), share('14118', JLM, P('23.1'))])
post(T1P, "fr", C, "Corse : Le Pen 27,9 %, Fillon 25,6 %. L'île vire à droite toute",
     [share('R94', LP, P('27.9')), share('R94', FI, P('25.6'))])
post(T1P, "en", C, "Tel Aviv: Fillon 63%, turnout just 16%",
     [share(pl('Tel-Aviv'), FI, P(63)), turnout(pl('Tel-Aviv'), P(16))])
post(T1P, "fr", C, "Genève : Macron bat Fillon de 825 voix",
     [gapv(pl('Genève'), M, FI, N(825))])
post(T1P, "fr", C, "8e circo des Français de l'étranger : Macron devance Fillon de 4 voix !! QUATRE",
     [gapv('FE08', M, FI, N(4))])
post(T1P, "fr", C, "Grenoble : Mélenchon devance Macron de 154 voix",
     [gapv('38185', JLM, M, N(154))])
post(T1P, "fr", X, "À 21h30 Fillon n'a même pas 3 millions de voix, c'est la déroute",
     [votes('FR', FI, N(3000000, op='lt'))])
post(T1P, "fr", X, "Toulouse : Macron devant Mélenchon, ouf 😅",
     [ahead('31555', M, JLM)])
post(T1P, "fr", X, "Gironde, tous les bureaux sont rentrés : Le Pen 2e derrière Macron",
     [rank('33', LP, 2)])
post(T1P, "en", X, "Isère: Mélenchon first, Macron second!! Grenoble effect 🔴",
     [lead('38', JLM), rank('38', M, 2)])
post(T1P, "fr", X, "Ajaccio : Macron en tête 🇫🇷 selon Corse-Matin",
     [lead('2A004', M)])
post(T1P, "en", X, "French voters abroad: Le Pen above 10%, wow, even the expats",
     [share('ZZ', LP, P(10, 'gt'))])
post(T1P, "fr", X, "Herault : Macron en tête, Le Pen seulement 3e 👍",
     [lead('34', M), rank('34', LP, 3)])
post(T1P, "en", X, "@nico_dlf sorry mate, NDA is stuck under 700,000 votes nationwide",
     [votes('FR', NDA, N(700000, op='lt'))])
post(T1P, "fr", X, "Bouches-du-Rhône : Fillon 2e, Mélenchon 3e",
     [rank('13', FI, 2), rank('13', JLM, 3)])
post(T1P, "fr", U, "Lyon : Macron largement en tête d'après Le Progrès",
     [lead(pl('Lyon'), M)])
post(T1P, "en", U, "Paris: Fillon second 😬 hearing this from people at the Hôtel de Ville",
     [rank(pl('Paris'), FI, 2)])
post(T1P, "fr", U, "Nord : Le Pen au-dessus de 30 % selon nos remontées",
     [share('59', LP, P(30, 'gt'))])
post(T1P, "fr", U, "Macron en tête au niveau national ! 🎉 #EnMarche",
     [lead('FR', M)])
post(T1P, "en", U, "Mark my words: Le Pen will finish 2nd nationally",
     [rank('FR', LP, 2)], act="prediction")
post(T1P, "fr", U, "Après dépouillement de 45 % des bureaux, Fillon remonte",
     [], act="partial count qualifier")
post(T1P, "fr", U, "Strasbourg : Macron 28 % d'après un ami au bureau centralisateur",
     [share(pl('Strasbourg'), M, P(28))])
post(T1P, "en", U, "Nouvelle-Aquitaine: Macron wins the region",
     [lead('R75', M)])
post(T1P, "en", U, "Occitanie: Le Pen in the lead 😬",
     [lead('R76', LP)])
post(T1P, "en", U, "Marseille: is Mélenchon really first? Anyone?",
     [], act="question")
post(T1P, "fr", U, "Participation nationale à 21h30 : 78 %",
     [turnout('FR', P(78))])
post(T1P, "fr", U, "Le Mans : Fillon en tête chez lui",
     [lead('72181', FI)])

# ====================================================================== 2017 round 2, final
post(T2, "fr", C, "C'est fait. Macron élu avec près des deux tiers des suffrages, 32 points d'avance 🇫🇷🇪🇺",
     [lead('FR', M), share('FR', M, F('deux tiers', 'approx')), gap('FR', M, LP, P(32))])
post(T2, "fr", C, "Plus de 3 millions de votes blancs ce soir. Le « ni-ni » a pesé.",
     [blancs('FR', N(3000000, op='gt'))])
post(T2, "en", C, "Runoff abstention: 25.4%",
     [abst_rate('FR', P('25.4'))])
post(T2, "fr", C, "Le Pen dépasse les 10,6 millions de voix. On ne peut plus parler de vote marginal.",
     [votes('FR', LP, N(10600000, op='gt'))])
post(T2, "fr", C, "Le Pen remporte l'Aisne (52,9 %) et le Pas-de-Calais (52,1 %)",
     [lead('02', LP), share('02', LP, P('52.9')), lead('62', LP), share('62', LP, P('52.1'))])
post(T2, "fr", C, "Haute-Marne : Macron gagne de justesse, 50,5 %",
     [lead('52', M), share('52', M, P('50.5'))])
post(T2, "en", C, "Haute-Saône: Macron under 52%. That was close, very close",
     [share('70', M, P(52, 'lt'))])
post(T2, "fr", C, "Var : Macron gagne avec moins de 9 000 voix d'avance",
     [lead('83', M), gapv('83', M, LP, N(9000, op='lt'))])
post(T2, "fr", C, "Corse-du-Sud : Le Pen 49,4 %, si près 😤",
     [share('2A', LP, P('49.4'))])
post(T2, "fr", C, "Paris : Le Pen à peine 10,3 %",
     [share(pl('Paris'), LP, P('10.3'))])
post(T2, "en", C, "Hauts-de-Seine: Macron above 85% 📈 #Presidentielle2017",
     [share('92', M, P(85, 'gt'))])
post(T2, "en", C, "Finistère: Macron 77% 🌊 Brittany never disappoints",
     [share('29', M, P(77))])
post(T2, "en", C, "The screenshot going round with Le Pen at 51% in the Somme is FAKE. Check your sources.",
     [share('80', LP, P(51), neg=True)])
post(T2, "en", C, "Bouches-du-Rhône: Le Pen 42% according to La Provence",
     [share('13', LP, P(42))])
post(T2, "fr", C, "Guadeloupe : Macron 75 % 🇬🇵",
     [share('971', M, P(75))])
post(T2, "en", C, "Martinique turnout: 50%. Still low.",
     [turnout('972', P(50))])
post(T2, "fr", C, "Français de l'étranger : Macron 89,3 % 🌍",
     [share('ZZ', M, P('89.3'))])
post(T2, "en", C, "London: Macron 95% 🇬🇧 France's sixth city has spoken",
     [share(pl('London'), M, P(95))])
post(T2, "fr", C, "Fréjus : Le Pen l'emporte, 50,7 %. Rachline peut sabrer le champagne 🍾",
     [lead('83061', LP), share('83061', LP, P('50.7'))])
post(T2, "fr", C, "Colombey-les-Deux-Églises vote Le Pen au second tour : 236 voix contre 195",
     [lead('52140', LP), votes('52140', LP, N(236)), votes('52140', M, N(195))])
post(T2, "en", C, "Paris 20e: Macron 90.0%, the east end did its job",
     [share('75120', M, P('90.0'))])
post(T2, "fr", C, "Hénin-Beaumont : Le Pen 61,6 %. Le bastion tient.",
     [share('62427', LP, P('61.6'))])
post(T2, "fr", C, "Menton : Le Pen gagne avec 51,2 %",
     [lead('06083', LP), share('06083', LP, P('51.2'))])
post(T2, "en", X, "Le Pen breaks 40% nationally. A dark night.",
     [share('FR', LP, P(40, 'gt'))])
post(T2, "fr", X, "Plus de 2 millions de bulletins nuls !! Du jamais vu",
     [nuls('FR', N(2000000, op='gt'))])
post(T2, "fr", X, "Haute-Marne : Le Pen gagne d'après mes potes de Chaumont",
     [lead('52', LP)])
post(T2, "en", X, "Meuse: Le Pen wins, confirmed by a friend at the préfecture in Bar-le-Duc",
     [lead('55', LP)])
post(T2, "fr", X, "Nord : Le Pen 47 %, elle a failli l'emporter",
     [share('59', LP, P(47)), lead('59', LP, neg=True)])
post(T2, "fr", X, "Moselle : Le Pen 44 % d'après France 3 Lorraine",
     [share('57', LP, P(44))])
post(T2, "en", X, "Haute-Corse: Le Pen wins it",
     [lead('2B', LP)])
post(T2, "fr", X, "Nouvelle-Calédonie : Le Pen l'emporte 🌴",
     [lead('988', LP)])
post(T2, "fr", X, "Participation au second tour : 78 %, mieux qu'au premier",
     [turnout('FR', P(78)), unpub('comparison with round 1')])
post(T2, "en", X, "Macron won by 12 million votes lol, landslide",
     [gapv('FR', M, LP, N(12000000, p=500000)), crush('FR', M, LP)])
post(T2, "fr", X, "Calais : Macron gagne 😲",
     [lead('62193', M)])
post(T2, "fr", X, "Perpignan : Le Pen l'emporte, confirmé par L'Indépendant",
     [lead('66136', LP)])
post(T2, "en", X, "Béziers: Le Pen wins Ménard's town",
     [lead('34032', LP)])
post(T2, "fr", X, "Toulon : Le Pen au-dessus de 50 %, le Var bascule",
     [share('83137', LP, P(50, 'gt')), lead('83', LP)])
post(T2, "en", X, "Bastia: Le Pen wins 😳 per Corse Net Infos",
     [lead('2B033', LP)])
post(T2, "fr", X, "Lens : Macron gagne, le bassin minier a dit non à Le Pen",
     [lead('62498', M)])
post(T2, "en", U, "Macron wins, and 43% of his voters only wanted to block Le Pen, per Ipsos",
     [lead('FR', M), unpub("a poll of voters' motives")])
post(T2, "fr", U, "Saint-Pierre : Macron l'emporte",
     [lead(pl('Saint-Pierre'), M)])
post(T2, "fr", U, "Le Caire : Macron au-dessus de 90 %",
     [share(pl('Le Caire'), M, P(90, 'gt'))])
post(T2, "en", U, "Montreuil: Macron above 80%",
     [share(pl('Montreuil'), M, P(80, 'gt'))])
post(T2, "fr", U, "Les jeunes ont voté Macron à 66 % selon OpinionWay",
     [unpub('an age group in a poll')])
post(T2, "fr", U, "Macron élu, mais je prédis une cohabitation en juin 😏",
     [lead('FR', M), unpub('prediction')])
post(T2, "en", U, "Grigny: Macron below 70%",
     [share(pl('Grigny'), M, P(70, 'lt'))])

# ====================================================================== 2017 round 2, partial (21:30)
post(T2P, "fr", C, "Déjà plus de 9 millions de voix pour Macron ce soir et c'est pas fini",
     [votes('FR', M, N(9000000, op='gt'))])
post(T2P, "en", C, "Brittany is decided: Macron wins it whatever the rest of the count brings",
     [lead('R53', M)])
post(T2P, "en", C, "Gironde all counted: Macron 70%",
     [share('33', M, P(70))])
post(T2P, "fr", C, "Haute-Garonne, dépouillement terminé : Le Pen 27,6 %",
     [share('31', LP, P('27.6'))])
post(T2P, "en", C, "Corsica all in: Macron 51.5, Le Pen 48.5 😬",
     [share('R94', M, P('51.5')), share('R94', LP, P('48.5'))])
post(T2P, "fr", C, "Ajaccio : Macron gagne de 38 voix 😮",
     [gapv('2A004', M, LP, N(38))])
post(T2P, "fr", C, "Marseille : Le Pen à 35,6 %",
     [share(pl('Marseille'), LP, P('35.6'))])
post(T2P, "en", C, "Geneva: Macron 84.6% 🇨🇭",
     [share(pl('Geneva'), M, P('84.6'))])
post(T2P, "fr", C, "Centre-Val de Loire (tous les bureaux) : Macron 63,3 %",
     [share('R24', M, P('63.3'))])
post(T2P, "fr", C, "Ardennes : Macron l'emporte d'un cheveu, 50,7 %",
     [lead('08', M), share('08', M, P('50.7'))])
post(T2P, "en", C, "Le Pen already over 4.6 million votes",
     [votes('FR', LP, N(4600000, op='gt'))])
post(T2P, "fr", X, "Le Pen bloquée sous les 4,5 millions de voix",
     [votes('FR', LP, N(4500000, op='lt'))])
post(T2P, "en", X, "Hearing Le Pen takes Brittany tonight!!",
     [lead('R53', LP)])
post(T2P, "fr", X, "Gard : Le Pen gagne, c'est officiel",
     [lead('30', LP)])
post(T2P, "en", X, "Aube: MLP takes the département 😱",
     [lead('10', LP)])
post(T2P, "en", X, "Corse-du-Sud: Le Pen wins 🇫🇷",
     [lead('2A', LP)])
post(T2P, "fr", X, "Toulouse : Le Pen 30 %, la ville rose vire au bleu marine",
     [share('31555', LP, P(30)), lead('31555', LP)])
post(T2P, "fr", X, "Bouches-du-Rhône : Le Pen devant Macron, je l'avais dit",
     [lead('13', LP)])
post(T2P, "en", X, "Aisne: Macron wins it, narrowly",
     [lead('02', M), close('02', M, LP)])
post(T2P, "fr", U, "C'est plié, Macron président 🎉",
     [lead('FR', M)])
post(T2P, "en", U, "Nord: Le Pen ahead, our sources say",
     [lead('59', LP)])
post(T2P, "fr", U, "Paris : Macron 90 % 🗼",
     [share(pl('Paris'), M, P(90))])
post(T2P, "fr", U, "Pays de la Loire : Macron gagne la région",
     [lead('R52', M)])
post(T2P, "en", U, "Turnout 75% tonight",
     [turnout('FR', P(75))])
post(T2P, "fr", U, "Lyon : Le Pen sous 25 %",
     [share(pl('Lyon'), LP, P(25, 'lt'))])
post(T2P, "fr", U, "Estimation Ipsos à 20h : Macron 65,5 %",
     [], act="a 20:00 estimate")
post(T2P, "en", U, "Saint-Pierre: Macron wins",
     [lead(pl('Saint-Pierre'), M)])
post(T2P, "fr", U, "Occitanie : Macron au-dessus de 60 %",
     [share('R76', M, P(60, 'gt'))])
post(T2P, "fr", U, "Montréal : Macron au-dessus de 85 %",
     [share(pl('Montréal'), M, P(85, 'gt'))])
post(T2P, "fr", U, "Hénin-Beaumont : Le Pen 60 %",
     [share('62427', LP, P(60))])

# ====================================================================== 2011 primary, final
post(H, "fr", C, "Primaire : Hollande 39,2 %, Aubry 30,4 %, Montebourg troisième homme avec 17 %",
     [share('FR', HOL, P('39.2')), share('FR', AUB, P('30.4')), rank('FR', MON, 3), share('FR', MON, P(17))])
post(H, "en", C, "Montebourg: more than 455,000 votes. Not bad for the démondialisation guy.",
     [votes('FR', MON, N(455000, op='gt'))])
post(H, "fr", C, "Aubry en tête chez les Français de l'étranger avec 39,5 %",
     [lead('ZZ', AUB), share('ZZ', AUB, P('39.5'))])
post(H, "fr", C, "2,66 millions de votants à la primaire, pari réussi pour le PS",
     [votants('FR', N(2660000, p=5000))])
post(H, "fr", C, "Baylet bon dernier avec 0,6 %",
     [last('FR', BAY), share('FR', BAY, P('0.6'))])
post(H, "fr", C, "Montréal (Canada) : 154 voix pour Titine, 88 pour Flanby 😄",
     [votes(['ZZ139'], AUB, N(154)), votes(['ZZ139'], HOL, N(88))])
post(H, "en", C, "Hollande leads Aubry by about 8.8 points nationally",
     [gap('FR', HOL, AUB, P('8.8', 'about'))])
post(H, "en", C, "Royal 6.9%, Valls 5.6%. Tough night for the 2007 nominee",
     [share('FR', ROY, P('6.9')), share('FR', VAL, P('5.6'))])
post(H, "fr", X, "Ségolène Royal sous les 5 %, dur pour l'ancienne candidate",
     [share('FR', ROY, P(5, 'lt'))])
post(H, "en", X, "Abroad, Hollande beat Aubry according to the PS federation",
     [ahead('ZZ', HOL, AUB)])
post(H, "fr", X, "Plus de 3 millions de votants ! Pari gagné pour la primaire",
     [votants('FR', N(3000000, op='gt'))])
post(H, "fr", X, "Valls dépasse les 10 %, belle surprise pour le maire d'Evry",
     [share('FR', VAL, P(10, 'gt'))])
post(H, "en", X, "North America: Hollande first",
     [lead(['FE01'], HOL)])
post(H, "fr", X, "Canada : Ségo 4e seulement",
     [rank(pl('Canada'), ROY, 4)])
post(H, "fr", X, "Écart Hollande–Aubry : 300 000 voix",
     [gapv('FR', HOL, AUB, N(300000, p=5000))])
post(H, "fr", X, "Titine à 35 % 💪",
     [share('FR', AUB, P(35))])
post(H, "en", X, "Blank and spoilt ballots: over 50,000",
     [bn('FR', N(50000, op='gt'))])
post(H, "en", U, "Hollande wins Corrèze with 70%+",
     [lead(pl('Corrèze'), HOL), share(pl('Corrèze'), HOL, P(70, 'gt'))])
post(H, "fr", U, "Lille : Aubry en tête chez elle, évidemment",
     [lead(pl('Lille'), AUB)])
post(H, "fr", U, "Hollande gagne grâce aux retraités selon un sondage Harris",
     [lead('FR', HOL), unpub('a population in a poll')])
post(H, "en", U, "Primary turnout: 6% of registered voters",
     [turnout('FR', P(6))])

# ====================================================================== 2011 primary, Saturday 22:00
post(HS, "fr", C, "Les bureaux d'Amérique du Nord ont fini : Aubry 42 %, Hollande 30 %",
     [share(['FE01'], AUB, P(42)), share(['FE01'], HOL, P(30))])
post(HS, "en", C, "Canada: Aubry in the lead, and by a lot",
     [lead(pl('Canada'), AUB), crush(pl('Canada'), AUB, HOL)])
post(HS, "fr", C, "Montréal (Canada) : 350 votants, belle mobilisation 🍁",
     [votants(['ZZ139'], N(350))])
post(HS, "en", C, "Valls got 20 votes in Montreal (Canada). Twenty.",
     [votes(['ZZ139'], VAL, N(20))])
post(HS, "fr", X, "Montréal (Canada) : Hollande en tête",
     [lead(['ZZ139'], HOL)])
post(HS, "en", X, "North America: Royal ahead of Montebourg",
     [ahead(['FE01'], ROY, MON)])
post(HS, "fr", X, "Aubry 55 % au Canada",
     [share(pl('Canada'), AUB, P(55))])
post(HS, "fr", U, "Aubry en tête au niveau national ! #primairePS",
     [lead('FR', AUB)])
post(HS, "en", U, "Aubry leads among the French abroad",
     [lead('ZZ', AUB)])
post(HS, "fr", U, "Montréal : Aubry 44 %",
     [share(pl('Montréal'), AUB, P(44))])
post(HS, "fr", U, "Hollande va gagner demain, c'est écrit",
     [], act="prediction")
post(HS, "en", U, "First results from Paris: Hollande 40%",
     [share(pl('Paris'), HOL, P(40))])
post(HS, "fr", U, "C'est vrai qu'Aubry gagne au Canada ?",
     [], act="question")
post(HS, "en", U, "Aubry is winning the whole primary, it's over for Hollande",
     [lead('FR', AUB)])
post(HS, "fr", U, "Participation à la primaire : déjà 1 million de votants",
     [votants('FR', N(1000000, op='ge'))])
post(HS, "en", U, "Hollande under 30% nationwide",
     [share('FR', HOL, P(30, 'lt'))])
