"""Verify stage: turn a post's text into structured claims about official results (rule-based)."""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass, field, replace

from verifiers import area_comparison
from verifiers.claims import (
    ABSTENTION,
    AHEAD,
    CANDIDATE_VOTES,
    CLOSE,
    CLOSE_OR_NEXT,
    CODED,
    COMPARISON,
    ELIMINATED,
    EXPRIMES,
    FAR,
    GAP,
    INSCRITS,
    JOKE,
    LAST,
    LEADER,
    META,
    PERCENTAGE,
    PREDICTION,
    QUALIFICATION,
    QUALIFIED,
    QUESTION,
    RANK,
    RATE,
    RUNNER_UP,
    SPOILT,
    SUM,
    TURNOUT,
    UNREAD,
    VOTANTS,
    VOTES,
    Claim,
    Extraction,
    Qualifiers,
)
from verifiers.lexicon import (
    NATIONAL,
    PLACE_VOTES_RE,
    UNKNOWN_BUREAU,
    Lexicon,
    Mention,
    article_of,
    fold,
)
from verifiers.measures import MEASURE_WORDS, measure_after, measure_before
from verifiers.numbers import (
    ABOVE,
    BARE,
    BELOW,
    BUREAUX,
    COUNT,
    EXACT,
    MONEY,
    ORDINAL,
    PERCENT,
    POINTS,
    NumberMention,
    Quantity,
    half_unit,
    one_in_spans,
    parse_numbers,
    spell_out_numbers,
    time_spans,
    tolerance,
)
from verifiers.numbers import VOTES as VOTES_UNIT
from verifiers.place_lists import figures_by_place
from verifiers.vocabulary import (
    HANDLE,
    HASHTAG,
    KNOWN,
    TAGS_THAT_MATTER,
    URL,
    WORD,
    YEAR,
    blank,
    handle_spans,
    hashtag_spans,
    unknown_words,
    unread_emojis,
    url_spans,
    words_of,
)
from verifiers.word_villages import NAMED_LIKE_ABROAD, TOWNS_LIKE_ABROAD


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds any of the words: quicker than trying them one by one."""
    return re.compile("|".join(map(re.escape, words)))


CODE_TRIGGER = re.compile(r"#radio ?londres|\bje repete\b|\bi repeat\b")
JOKE_RE = re.compile(
    r"[\U0001F602\U0001F923\U0001F606\U0001F639\U0001F61C\U0001F92A\U0001F643]|\b(?:mdr|ptdr|lol|xd|"
    r"ha(?:ha)+|ah(?:ah)+|hihi|oui,? bien sur|mais oui,? bien sur|yeah right|sure,? sure|"
    r"jpp|blague|humour|je plaisante|just kidding|je me rase|je m'inscris|je demenage|"
    r"poisson d'avril|selfies?)\b|(?<!\S)/s\b|\bsi\b[^.]{0,60}\b(?:je|j')\s*(?:me|m'|mange|paie|offre|"
    r"quitte|demenage)"
)
META_RE = re.compile(
    r"aucune pertinence|\bne (?:les )?donnerai pas\b|\bje ne les donnerai\b|\bne relayez pas\b|"
    r"\bresultats qui circulent\b|\bchiffres qui circulent\b|\binterdit de (?:publier|diffuser)\b|"
    r"\bpas de resultats? avant\b|\btout a fait anormal\b|\brogue retweet\b|\bdon't share\b|"
    r"\bmot[- ]clic\b|\bfull stop\b|\bwill be counted\b|\bcomment (?:ca )?marche\b|"
    r"\bd'autres resultats\b|\bne partiront pas\b"
)
PREDICTION_RE = re.compile(
    r"\bpronos?(?:tics?)?\b|\bje (?:parie|predis|pense que|mise|vois bien)\b|\bpredictions?\b|"
    r"\bi predict\b|\bmy (?:guess|call)\b|\bwon'?t\b|\bwill not\b|\b(?:va|vont|devrait|devraient|risque de) (?:gagner|"
    r"l'emporter|arriver|faire|etre|passer|finir|depasser|obtenir)\b|\bwill (?:win|be|get|lead|"
    r"finish|come)\b|\bis going to\b|\b(?:sera|serons|seront|serez|gagnera|gagneront|l'emportera|"
    r"arrivera|fera|feront|obtiendra|passera|finira|depassera|aura|auront|emportera|"
    r"remportera|terminera|devancera|devanceront|distancera|distanceront|depasseront|mettra|"
    r"battra|battront|defera|deferont|menera|meneront|precedera|talonnera)\b|\bdemain\b|\bsondage\b"
    r"|\bsondages\b(?! a la sortie)"
    # A headline's infinitive: "Macron to win tonight", "Hollande to top the vote"
    r"|\bto (?:win|beat|defeat|be elected|top|trail|lead|finish|take|face|qualify|lose|edge|clinch|"
    r"secure|come (?:first|second|third|top))\b"
)
# Future tense about round 2 states a qualification, not a forecast of results.
QUALIF_FUTURE = re.compile(
    r"\b(?:sera|seront|serons)\s+(?:pas\s+|bien\s+|donc\s+)?(?:(?:au|en)\s+(?:second|2nd|2e|"
    r"2eme|deuxieme|finale)\b\s*(?:tour)?|qualifi\w*)"
)
HEDGE_RE = re.compile(
    r"\b(?:selon|d'apres|apparently|reportedly|according to|il parait|parait il|parait-il|"
    r"on me dit|on dit|rumeurs?|allegedly|semble(?:rait)?|provisoire|officieux)\b"
)
# The conditional of hearsay is read on the verbs of results the vocabulary knows ("serait",
# "l'emporterait"); no ending tells the others apart: "pourrait" (could), "voudrait" (would
# like), "espérait" (hoped, an imperfect) stay unknown words.
# "#JLM2017" -> JLM, 2017; "#1erTour" -> 1er, Tour
TAG_PART = re.compile(
    r"\d+(?:er|ere|eme|e|nd|st|rd|th)(?![a-z])|[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+(?![a-zß-ÿ])|\d+"
)
FEMININE_FIRST_NAMES = words_of(
    "marine nathalie martine segolene christiane arlette dominique eva corinne marie anne "
    "valerie christine sylvia marielle michele rachida"
)
# Tags that name an area the lexicon reads only in longer forms.
AREA_TAG_WORDS = words_of("etranger abroad outremer dom drom tom metropole hexagone")
ROUND_TAG = re.compile(
    r"(?P<one>(?:1(?:er|ere|st)?|premier|first)(?:tour|round)|(?:tour|round)1(?!\d)|^t1$)|"
    r"(?:(?:2(?:nd|e|eme|d)?|second|deuxieme)(?:tour|round)|(?:tour|round)2(?!\d)|^t2$|run-?off)"
)
ORDINAL_TAG = re.compile(r"\b\d+(?:er|ere|eme|e|nd|st|rd|th)\b")
# Tag words of a partial count or of a place nobody names: "#Dépouillement", "#MonBureau".
PARTIAL_TAG_WORDS = words_of(
    "depouillement decompte comptage direct live encours premier premiers premiere premieres "
    "first early bureau bureaux chez moi nous notre mon ma mes village militants partiel "
    "partiels provisoire"
)
WORDS_THAT_MATTER_IN_TAGS = TAGS_THAT_MATTER | PARTIAL_TAG_WORDS | AREA_TAG_WORDS
# The camps' own tags: they say whose side the author is on, never what the figures are.
CAMP_TAGS = words_of(
    "franceinsoumise insoumis jlm enmarche aunomdupeuple fn rn lr fi em ps prg mlp dlf eelv "
    "president presidente"
)
ATTRIBUTION_RE = re.compile(
    r"\b(?:selon|d'apres|according to|source ?:|donnes par|donnee par|annonces par|relaye par|"
    r"relayed by|via)\s+((?:[@#]?[\w'-]+[ ]?){1,6})"
)
PARTIAL_RE = re.compile(
    r"(?:\b(?:sur|avec|apres|with)\s+|\()?(?:environ\s+)?\d[\d ,.]*\s*%\s*(?:des|du|of the|of)?\s*"
    r"(?:(?:polling )?stations?(?: (?:in|counted|reporting))?|bureaux(?: (?:in|counted|reporting))?\b|bureaux"
    r"(?: de vote)?(?: (?:depouilles|comptes|depouille|compte))?|(?:bulletins|votes|suffrages) "
    r"(?:depouill|compt)\w*|depouill\w*|compt\w*|of (?:the )?(?:ballots|votes|precincts)"
    r"(?: counted| reporting| in)?|ballots counted|counted|reporting|precincts(?: reporting)?)\)?"
    r"|\b\d[\d .]*\s*bureaux(?: de vote)?(?: (?:depouilles|comptes))?,?\s*(?:sur|/|out of)\s*\d[\d .]*"
    r"|\bsur\s+(?:les\s+)?\d[\d .]*\s*bureaux(?: de vote)?(?: (?:depouilles|comptes))?"
    r"|\bavec\s+\d[\d .]*\s*bureaux(?: de vote)?(?: (?:depouilles|comptes))?"
    r"|\b\d[\d .]*\s*bureaux(?: de vote)? (?:depouilles|comptes|sur)"
    r"|\b(?:un tiers|la moitie|deux tiers|1/3|2/3|un quart|les? trois quarts) des bureaux"
    r"|\b\d[\d .,]*(?: ?mio| ?millions?)?\s*(?:de |d')?(?:bulletins|votes|voix|suffrages|ballots)"
    r"\s+(?:deja\s+)?(?:comptes|compte|depouilles|depouille|counted|tallied)\b"
    r"|\b(?:decompte|comptage|depouillement)(?: partiel)? (?:de|sur) [\d .,]+(?: ?mio| ?millions?)?"
    r"(?: de)? (?:votants|bulletins|voix)"
    r"|\b(?:portent|porte|concernent|concerne|sur) (?:pour l'heure |pour l'instant )?[\d ,.]+"
    r"(?: ?mio| ?millions?)? de bulletins"
    r"|\bresultats partiels\b|\bdecompte partiel\b|"
    r"\bpremi(?:er|ere|ers|eres) (?:resultats?|chiffres?|scores?|comptes?|decomptes?|estimations?)\b|"
    r"\b(?:first|early) (?:results?|figures?|numbers?|counts?|returns?|scores?)\b|"
    r"\bpartiel(?:le)?s?\b|\bpartial\b|\bprovisoires?\b"
    r"|\b(?:quasi|presque)[- ]definiti(?:f|fs|ve|ves)\b|\b(?:near|almost)[- ]final\b"
    r"|\bstill counting\b|\bcounting (?:continues|goes on)\b|\bfor now\b|\bso far\b"
    r"|\b(?:le )?(?:depouillement|decompte|comptage) (?:continue|se poursuit|en cours)\b"
    r"|\bpour (?:l'instant|le moment|l'heure)\b|\ba ce stade\b|\bat this stage\b"
    r"|\b(?:d(?:an)?s|avec|sur|d'apres|selon|parmi) les bureaux (?:deja )?(?:depouilles|comptes|"
    r"remontes)\b|\bin the precincts counted\b"
    r"|\bas of (?:now|yet)\b|\bat this point\b|\bright now\b|\bin (?:the )?counted precincts\b"
    r"|\bamong (?:the )?(?:ballots|votes) (?:counted|tallied)\b|\b(?:still|yet) to (?:come|report)\b"
    r"|\bpas encore (?:tombe|arrive|remonte|compte|depouille)\w*|\b(?:with|avec)\s+\d[\d ,.]*\s*%\s*in\b"
)
# Every match of PARTIAL_RE holds one of these: a cheap test before the costly pattern.
PARTIAL_WORDS = (
    "bureau",
    "station",
    "bulletin",
    "vote",
    "suffrage",
    "depouill",
    "compt",
    "ballot",
    "precinct",
    "counted",
    "reporting",
    "partiel",
    "partial",
    "provisoire",
    "premi",
    "first",
    "early",
    "quasi",
    "presque",
    "near",
    "almost",
    "counting",
    "for now",
    "so far",
    "decompte",
    "comptage",
    "pour l",
    "pour le moment",
    "stade",
    "stage",
    "as of",
    "at this point",
    "right now",
    "to come",
    "to report",
    "pas encore",
    "% in",
)
PARTIAL_HINT = _any_of(PARTIAL_WORDS)
LOCAL_BUREAU_RE = re.compile(
    r"(?:^\W*|\b(?:d(?:an)?s|in|at|au|wins?|won|takes?|took|carrie[sd]|gagne|remporte) |"
    r"(?=\b(?:mon|notre|my|our) ))"
    r"(?:son|mon|notre|leur|ce|cet|le|un|my|our|this|their|the|that|a|one)\s+"
    r"(?:(?:premier|dernier|seul|first|last|only)\s+)?(?:bureau|polling (?:station|place|booth)|"
    r"station|precinct)\b"
)
NAMED_AFTER = re.compile(r"\s*(?:de|d'|of|,|:)?\s*(?:la |le |les |l'|the )?")
# "dans le 16e", "le 19e": an arrondissement with no town, Paris's or Marseille's.
DISTRICT_ALONE = re.compile(
    r"\b(?:d(?:an)?s le|le|du|au)\s+\d{1,2}\s?(?:e|eme)\b"
    r"(?!\s*(?:tour|round|rang|place|position|homme|arr\w*\s+(?:de|du|of)\b))"
)
# Towns named like an English interjection or noun: "Nice, Macron at 24%", "Gap: 2.7 pts".
WORD_TOWN = re.compile(
    r"(?:nice|gap)\s*(?:[,!-]|$)|(?:faux|vrai)\s*(?:[,!:-]|$)|"
    r"gap\b(?=.*\b(?:pts?|points?|ahead|behind|lead))"
)
LEADING_HANDLES = re.compile(r"[^\w@#]*(?:(?:rt|cc)\s+)?(?:[@#]\w+[^\w@#]*(?:(?:rt|cc)\s+)?)*")
# A ranked list's marks: "1." or "1)" before a name (not "1.5", "21,3"), or a medal.
RANK_MARK = re.compile(r"(?:(?<![\w.,/])([1-9])\s?[.)/](?!\d)|([🥇🥈🥉]))\s*")
RANK_MARK_HINT = re.compile(r"(?<![\w.,/])[12]\s?[.)/](?!\d)|🥇")
# What may follow a list's name before the next mark: its figure and the list's separators.
LIST_ITEM_TAIL = re.compile(
    r"[ \t]*(?:[:,]?[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:%|pour ?cent|percent)?)?[ \t\n,;|-]*"
)
AFTER_LIST_FIGURE = re.compile(r"\s*[=:]\s*\d")
# The words that may head a ranked list: where, when, and that it is the count's order.
LIST_HEADING_WORDS = words_of(
    "a au aux en in dans de du des la le les l the of at for pour podium classement ranking "
    "resultats resultat results result officiel officiels officielle official final finals "
    "definitif definitifs definitive ordre order premier 1er tour first round ce soir tonight "
    "national nationale france"
)
# "Podium :", "Le podium national :" before a list: the list says the ranks it means.
PODIUM_HEADING = re.compile(
    r"(?i)\b(?:le |the )?podium(?: national| du (?:1er|premier) tour)?\s*:?\s*$"
)
# Known words that qualify the claims around them even alone in a sentence: "Premiers
# résultats.", "Au second tour.", "Chez les militants.", "Still counting.", "20h."
QUALIFIER_WORDS = words_of(
    "premier premiers premiere premieres first early second seconde deuxieme tour tours round "
    "runoff bureau bureaux station stations precinct precincts chez parmi among votants voters "
    "inscrits electeurs partiel partiels partielle partielles partial "
    "provisoire provisoires count counted counting compte comptes depouille depouilles "
    "depouillement decompte comptage now far still encore instant moment stade stage h heure "
    "heures "
    # "En voix.", "In votes.": the measure of the claim before it
    "voix votes suffrages pourcentage pourcentages percent percentage share shares nombre number"
)
# A cheer is a wish: "Vive Fillon au second tour !", "Tous derrière Aubry"
CHEER_BEFORE = re.compile(
    r"\b(?:vive|vivent|allez|tous derriere|toutes derriere|tous avec|go|come on)\s*$"
)
# Words before a score that put the second name first: "Le Pen second to Macron, 24 to 21",
# "Le Pen devancée, Macron premier : 24-21", "Le Pen out, Macron in: 66-34".
ORDERED_BEFORE = re.compile(
    r"\b(?:second|2nd|2e|2eme|deuxieme|seconde)\s+(?:to|apres|derriere|behind)\b|\b(?:apres|after)\b"
    r"|\b(?:devance|distance|battu|defait|talonne|elimine)(?:e|s|es)\b|\bout\b.{0,30}\bin\b"
    # "Le Pen less than Macron: 24 vs 21": the figures may go in the order of the comparison
    r"|\b(?:less|more|fewer|better|worse) than\b|\b(?:moins|plus|mieux|pire) qu(?:e\b|')"
)
AND_BEFORE = re.compile(r"\b(?:et|and|&)\s*$")
# Before a name, "en" and "in" make it a land's: "Hollande en tête en Hollande".
LAND_BEFORE = re.compile(r"(?<![\w'])(?:en|in)\s+$")
# Before a name, the prepositions of lands, not of towns ("à Anjou" would be the village).
COUNTRY_BEFORE = re.compile(r"\b(?:en|d(?:an)?s (?:le|la|les|l'))\s*$")
# Places no area of the store is: someone's home, village or island, a point of the compass,
# "les DOM" (the five départements, not every overseas territory), a population ("chez les").
UNPUBLISHED_PLACE = re.compile(
    # Not "restés chez eux": those who did not vote (verifiers.measures reads it as abstention)
    r"(?<!reste )(?<!restes )(?<!restee )(?<!restees )"
    r"\bchez (?:moi|nous|lui|elle|eux|elles|toi|vous|soi|les(?! francais))\b|"
    r"\b(?:d(?:an)?s|sur|a|au|aux|en|in|at|on|chez)\s+(?:mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|son|"
    r"sa|ses|leur|leurs|ce|cet|cette|ces|my|our|your|his|her|their|this|that|these|those)\s+"
    r"(?:village|ville|ile|commune|quartier|rue|coin|region|departement|pays|circo\w*|fief|"
    r"terres?|canton|secteur|patelin|bled|immeuble|ecole|famille|hometown|town|city|island|"
    r"neighbou?rhood|street|area|district|county|home|family|school)s?\b|"
    r"\b(?:l'est|l'ouest|le sud|le (?:nord|sud)[- ](?:est|ouest)|the (?:east|west|south|north)\b|"
    r"the (?:north|south)[- ]?(?:east|west))\b|"
    r"\b(?:d(?:an)?s|in) (?:les|the) (?:iles|islands|villes|cities|villages|campagnes|countryside)\b|"
    # "au bureau", "dans les bureaux", "wins the village": a unit nobody names
    r"\b(?:au|aux|d(?:an)?s (?:le|la|les|des|un|une)|sur (?:l'|les)|in (?:the|a)|at (?:the|a)|"
    r"wins the|takes the|won the|took the)\s*(?:bureaux?|villages?|iles?|islands?|precincts?)\b"
    r"(?!\s+(?:de vote\s+)?(?:depouill|compt|counted|reporting|in\b|sur\b|de (?:la|l')))|"
    r"\bau quebec\b|\bquebec province\b|\bprovince (?:de|du|of) quebec\b|"
    r"\b(?:les |the )?(?:dom|drom)\b(?![- ]tom)|"
    # Consulates and countries named like unpublished places: the US state of Georgia, the
    # province of Quebec, San Jose (California), Victoria (Canada), the two Congos, the two
    # Tripolis.
    r"\b(?<!ville de )(?<!city of )(?:georgia|georgie|quebec|san jose|victoria|congo|"
    r"tripoli)\b(?![- ](?:city|brazzaville|kinshasa|d\.?c\b))|"
    # Groupings of communes with no published figures: "la métropole de Lyon", "le Grand Paris"
    r"\bmetropole (?:de |d'|du )\s*\w+(?:-\w+)*|\bgrand (?:paris|lyon|nancy|reims|besancon|"
    r"dijon|poitiers|avignon|montauban|chambery|annecy|narbonne)\b|\bgreater \w+|"
    r"\b(?:l')?agglo(?:meration)?\b(?: (?:de |d'|du )\s*\w+(?:-\w+)*)?|"
    r"\bcommunaute (?:urbaine|d'agglomeration|de communes)\b|\baire urbaine\b|"
    r"\bmetropolitan area\b|\bbanlieues?\b|\bsuburbs?\b"
)
LEADER_RE = re.compile(
    r"\ben tete\b|\belue? president\w*|\belected president\b|\bl'emport\w*|\bremport\w*|\bgagn(?:e|ent|erait|ait)\b|\bplebiscit\w*|"
    r"\bmen(?:e|ait|erait)\b|\bcaracol\w*|\bdomin(?:e|ait|erait)\b|\bvainqueur\b|\bgagnant\b|"
    r"\bvictoire\b|\bvictory\b|\bwins?\b|\bwon\b|\bis leading\b|\bleading\b|\bleads\b|"
    r"\btop(?:s|ped)?\b(?! out\b)|"
    r"\bplie le match\b|\bcarton\w*|\becrase tout\b|\bfait la course en tete\b|\bin the lead\b|\bin front\b"
    r"|\bahead(?= (?:in|at) )"
    r"|\bcarrie[sd]\b|\btook\b|\btakes\b|\bs'impose\b|\bs'est impose\w*|\brafle\b|\bsweeps?\b|\bswept\b"
)
# Between a lead word and a figure: punctuation, as in "Le Pen gagne : 33,9 %" (not "à",
# "with", "by": "l'emporte à 50,7 %" wins with it, "l'emporte d'un point" by it).
LEAD_THEN_FIGURE = re.compile(r"\s*[:,–—-]\s*")
# Lead words that also take a share as their object: "gagne 30 %", "wins 30%".
SHARE_WON = re.compile(
    r"l'emport\w*|remport\w*|gagn\w*|wins?|won|took|takes|carrie[sd]|rafle|sweeps?|swept|"
    r"plebiscit\w*|carton\w*"
)
# After "élu": a title, not the election ("élue présidente du FN", "élue d'Hénin-Beaumont").
ELECTED_TITLE = re.compile(
    r"(?:\s+president\w*)?\s+(?:du|de la|de l'|des|d'|of the)\b(?!\s*(?:republique|republic))"
)
ELECTED_RE = re.compile(r"\b(?:est |a ete |is |was |gets |got )?(?:elue?|elected)\b")
LOSES_RE = re.compile(r"\b(?:perd|perdent|a perdu|lost|loses)\b")
LOST_GAP = re.compile(r"\s*(?:(?:le|la|les|l'|the)\s*)?")
# Between a verb of losing and the one who won: "perd face à Macron", "loses to Macron".
LOST_TO = re.compile(r"\s*(?:to|face a|contre|against)\s+")
DEBATE = re.compile(r"\bdebats?\b|\bdebates?\b")
# Words of a qualification: beside a share on the second round's night, the first round's.
QUALIFIED_WITH = re.compile(
    r"\bqualifi\w*|\bpass(?:e|ent) au (?:second|2nd|2e|2eme|deuxieme) tour\b|\badvanc\w*|"
    r"\bmade it (?:through|to)\b|\bgo(?:es)? through\b|\bthrough to\b|\ben finale\b|"
    r"\bdans le duel\b|\bvainqueur du premier\b|\bpremier (?:round|tour)\b|\bfirst round\b|"
    r"\bau (?:second|2nd|2e|2eme|deuxieme) tour avec\b"
)
# A loss to a rival beside figures: whose figure comes first, and which way its margin goes?
LOST_TO_RIVAL = re.compile(
    r"\b(?:perd|perdent|a perdu|ont perdu|lost|loses|lose)\s+(?:to|face a|contre|against)\b"
)
# One candidate doing better than another ("outpolled", not "outpolls": surveys).
BETTER_THAN = (
    r"fait mieux qu(?:e|')|did better than|does better than|outpolled|outscor(?:es|ed)|"
    r"polled better than|scored higher than"
)
AHEAD_RE = re.compile(
    r"\b(?:devanc\w*|devant|bat|battu|battrait|defait|beats?|beat|defeats?|ahead of|leads|leading|distanc\w*|"
    r"depasse|surclasse|ecrase|edg(?:es|ed|ing)(?: out)?|pip(?:s|ped)?|crush(?:es|ed)?|"
    rf"trounc(?:es|ed)|{BETTER_THAN})\b"
)
# Words that put one candidate before another: a close or wide margin beside them is only
# checked once their order is read ("Mélenchon narrowly over Fillon", "well clear of").
ORDER_WORDS = re.compile(
    r"\b(?:over|sur|clear of|ahead|devant|derriere|behind|trail\w*|beat\w*|bat\w*|defeat\w*|defait\w*|edg(?:es|ed|ing)(?: out)?|"
    r"pip\w*|ecras\w*|crush\w*|trounc\w*|"
    r"l'emport\w*|gagn\w*|wins?|won|leads?|leading|led|first|premier|premiere|second|deuxieme)\b"
)
OBJECT_BEFORE = re.compile(
    r"\b(?:devant|devance\w*|contre|face a|bat|beats?|defait|defeats?|ahead of|leads?|leading|trails?|trailing|derriere|behind|"
    r"depasse\w*|second to|runner-up to|"
    r"edg(?:es|ed|ing)(?: out)?|pip(?:s|ped)?|ecras\w*|crush\w*|trounc\w*|surclasse|distanc\w*|"
    rf"d'avance sur|de retard sur|(?:lost|loses|lose) to|{BETTER_THAN}|"
    r"d'ecart sur|over|against|vs\.?|versus|et|de|d')[\s,]*(?:(?:loin|largement|nettement|"
    r"tres|de peu|le|la|the)\s+)*$"
)
GAP_AFTER = re.compile(
    r"^\s*(?:d'avance|d'ecart|de plus|d'avance sur|ahead|lead|de retard|separent|d'ecart entre|"
    r"(?:de )?(?:voix |votes |points? |pts )?(?:entre|between)\s)"
)
GAP_NOUN = re.compile(r"\b(?:ecart|gap|margin|difference|marge)\b")
# After a figure: the words that make it a distance to the candidate named next.
DISTANCE_TO = re.compile(
    r"\s*(?:de )?(?:voix|votes|suffrages|points?|pts)?\s*(?P<word>devant|ahead of|derriere|behind|"
    r"de moins que|de plus que|moins que|plus que|moins qu'|plus qu'|fewer than|less than|"
    r"more than|short of|off|from|de|d')\s*"
)
GAP_VERB = re.compile(
    r"\bseparent?\b|\bsepare(?:e|s|es)? (?:de|par)\b|\bseparated by\b|\bd'ecart\b|\bcoude[- ]a[- ]coude\b|\bneck and neck\b|"
    r"\b(?:voix|votes|points?|pts) (?:entre|between)\b|"
    r"\b(?:ecart|gap|difference|margin)\b[^.;:]{0,25}\b(?:entre|between)\b"
)
# Words of a close race: the gap they speak of is checked as "au coude à coude" is (CLOSE).
CLOSE_RE = re.compile(
    r"\bcoude[- ]a[- ]coude\b|\bneck[- ]and[- ]neck\b|\bnarrowly\b|"
    r"\bpip(?:s|ped)?\b|\bby a (?:hair|whisker|nose)\b|\brazor[- ]thin\b|\bd'un cheveu\b|"
    r"\bd'une courte tete\b|\bde justesse\b|\bde peu\b|\bd(?:an)?s un mouchoir(?: de poche)?\b|"
    r"\bau finish\b|\bedg(?:es|ed|ing)\b|"
    # "juste derrière", "just ahead": close, or right after in the order (CLOSE_OR_NEXT)
    r"\b(?P<next>(?:tout )?juste (?:devant|derriere)|just (?:ahead|behind))\b"
)
# Words of a wide margin: the gap they speak of must be wide (FAR), never merely taken as said.
FAR_RE = re.compile(
    r"\b(?:largement|nettement|loin (?:devant|derriere)|well (?:ahead|behind|clear)|"
    r"comfortably|by a (?:wide|large|huge) margin|(?:a )?distant|crush(?:es|ed|ing)?|"
    r"carton\w*|plebiscit\w*|caracol\w*|"
    r"trounc(?:es|ed|ing)|ecras\w*|haut la main|sans appel|(?:large|confortable) avance|"
    r"avance confortable)\b"
)
# Candidates listed before a close-race word: "Le Pen, Macron et Mélenchon dans un mouchoir".
LIST_JOIN = re.compile(r"\s*(?:,|&|\bet\b|\band\b)\s*")
TRAILS_RE = re.compile(r"\b(?:derriere|behind|trails?|trailing)\b(?! (?:by|de) )")
BEHIND_RE = re.compile(r"\bde retard\b|\bbehind\b|\btrail(?:s|ing|ed)?\b")
# "Macron 24 % à 80 % des suffrages": how far the count had got, after the share.
PARTIAL_SHARE = re.compile(
    r"\d\s*%\s*,?\s+a\s+\d+(?:[.,]\d+)?\s*%\s+(?:des|of)\s+(?:suffrages|voix|votes|bulletins)\b"
)
# More ways to say the count is partial: "sur 60 % des suffrages", "après 200 bureaux", "il
# reste des bureaux", "precincts still out", "in counted stations", "au premier bureau".
PARTIAL_MORE = re.compile(
    r"\b(?:sur|after|apres)\s+(?:the\s+)?\d+(?:[.,]\d+)?\s*(?:%|per ?cent|pc)\s+"
    r"(?:des|of the|of)\s+(?:suffrages|voix|votes?|bulletins|ballots|count)\b(?!\s+(?:exprimes|cast))|"
    r"\b(?:avec|with)\s+(?:the\s+)?\d+(?:[.,]\d+)?\s*(?:%|per ?cent|pc)\s+(?:des|of the|of)\s+"
    r"(?:suffrages|voix|votes?|bulletins|ballots|count)\s+(?:counted|in|tallied|reported|"
    r"depouill\w*|comptes?)\b|\b(?:with|avec) \d+(?:[.,]\d+)?\s*(?:%|per ?cent) of the count\b|"
    r"\bat the \d+(?:[.,]\d+)?\s*% mark\b|\bapres\s+\d[\d\s]*\s*bureaux\b|"
    r"\b(?:il\s+)?reste(?:nt)?\s+(?:encore\s+)?(?:des|\d[\d\s]*)\s*(?:bureaux|voix|votes|bulletins)\b|"
    r"\bstill out\b|\bmore to come\b|\bmore (?:votes|ballots) to (?:count|come)\b|"
    r"\b(?:votes|ballots) (?:still )?to (?:count|be counted)\b|"
    r"\bcounted (?:polling )?(?:stations|precincts|votes|ballots|bureaux)\b|"
    r"\b(?:on|among) (?:the )?(?:votes|ballots) counted\b|"
    r"\b(?:sur|au|dans|in|at) (?:le |the )?(?:premier|first|seul|only) bureau\b"
)
# "un demi-point", "deux points et demi", "8 millions et demi": to the half, or to one
# decimal? (a bound before it, "moins d'", "plus de", settles it)
HALF_FIGURE = re.compile(
    r"\b(?:un )?demi[- ]points?\b|\bhalf a (?:percentage )?point\b|"
    r"\b\w+ (?:points?|millions?) et demie?\b|\b\w+ and a half points?\b|\bmillion and a half\b"
)
BOUND_BEFORE = re.compile(
    r"(?:moins d'|plus d'|moins de|plus de|plus de les|passe les|sous les|than|under|over|above|"
    r"below|sous|at least|au moins)\s*$"
)
OTHER_BASE = re.compile(
    r"\babstention\w*[^.;]{0,40}?\d[\d.,]*\s*%\s*(?:des|of)\s+(?:the\s+)?(?:votants|exprimes|"
    r"those who voted|voters|votes)|\b(?:exprimes|valid votes)[^.;]{0,40}?\d[\d.,]*\s*%\s*"
    r"(?:des|of)\s+(?:the\s+)?(?:inscrits|registered)"
)
SIGN_WORD = re.compile(r"\b(?:plus|moins|less|more)\s+(?=\d)")
LAST_ELECTION = re.compile(
    r"\b(?:derniere?s?|last|previous|precedente?s?)\s+(?:presidentielles?|elections?|scrutins?|"
    r"primaires?|primar(?:y|ies)|fois|time)\b"
)


def _hundreds(value: float) -> bool:
    """True for a whole count ending in exactly two zeros ("900", "19 500", "7 678 500")."""
    whole = round(value)
    return value == whole and whole >= 100 and whole % 100 == 0 and whole % 1000 != 0


# A count in votes or points right after a rank: "3e à 237 voix" is the distance to the 2nd.
# "…, pas 32", "…, not 5th", "… et non 20 %": a figure the sentence ends on, denied.
CORRECTION_HINT = re.compile(r"\b(?:pas|not|non)\b")
CORRECTION_BEFORE = re.compile(
    r"[,;:\u2013\u2014]\s*(?:et\s+|and\s+|mais\s+|but\s+)?(?:pas|not|non)\s+(?:de\s+|d')?$"
    r"|\s(?:et|and|mais|but)\s+(?:pas|not|non)\s+(?:de\s+|d')?$"
)
DATELINE_BEFORE = re.compile(
    r"\W*(?:(?:en )?direct |live )?(?:de|du|des|depuis|from) (?:la |le |les |the |l')?"
)
CORRECTED_NAME_HINT = re.compile(r"\b(?:c'est|c est|it's|it is|it was|c'etait|pas|not|non)\b")
# A sum of names: "Mélenchon + Hamon : 26 %", "Royal and Valls together barely 12.6%".
SUM_HINT = re.compile(
    r"\+|\b(?:cumulent|totalisent|additionnent|together|combined|a eux|a elles|between them)\b"
)
SUM_PLUS = re.compile(r"\s*\+\s*")
SUM_AND = re.compile(r"\s*(?:,|et|and|&)\s*")
# Verbs of a sum's figure that read it as written ("top 45%", a bound, is left unread).
SUM_BEFORE_FIGURE = re.compile(
    r"\s*(?:[:=,]\s*)?(?P<verb>(?:(?:together|combined|ensemble|cumulent|totalisent|"
    r"additionnent|font|make|get)\s+){1,2}(?:(?:barely|just|only|a peine|seulement)\s+)?)?"
    r"(?:[:=]\s*)?"
)
_TOGETHER = (
    r"(?:a eux|a elles) (?:2|3|4|5|deux|trois|quatre|cinq)\b|\b(?:together|combined|between them)"
)
SUM_TOGETHER = re.compile(rf"\b(?:{_TOGETHER})\b")
SUM_AFTER_FIGURE = re.compile(
    r"(?:\s*(?:des (?:voix|suffrages|exprimes|suffrages exprimes)|of the vote|of votes cast)"
    rf"|\s*(?:{_TOGETHER}))*"
)
PLACE_OF_THE_NAMES = re.compile(
    r"\s+(?:a|au|aux|en|dans|in|at)(?:\s+(?:le|la|les|the))?(?:\s+|\s*l')"
)
# A place named in an aside to the claim ("même à Paris", "even in Lyon", "à Paris aussi").
ASIDE_BEFORE = re.compile(
    r"\b(?:meme|aussi|encore plus|surtout|y compris|notamment|dont|even|also|especially|"
    r"including|particularly)\s+(?:(?:a|au|aux|en|dans|in|at)\s+)?(?:(?:le|la|les|the)\s+|l')?$"
)
ASIDE_AFTER = re.compile(
    r"\s+(?:aussi|egalement|compris|inclus|en tete|too|as well|included|first of all|leading)\b"
)
FIGURES_AFTER_PLACE = re.compile(r"\s*,\s*")  # not "; 24 %", not "sans surprise, 24 %"
# Words that make a figure the nation's whatever place stands before it.
NATION_WORDS = re.compile(
    r"\b(?:national\w*|nation|nationwide|countrywide|"
    r"dans tout le pays|dans le pays|across the country|en france|in france|overall|au total|"
    r"en tout)\b"
)
ANONYMOUS_HEARSAY = re.compile(
    r"\b(?:on (?:me |m'|nous |t'|te )?(?:a )?dit|on (?:me |m')?raconte|j'entends dire|"
    r"i'?m told|i am told|i hear|i'?ve heard|i heard|word is|rumou?rs? (?:has it|says)|"
    r"people say)\b"
)
RANKS_AT_MOST = 12  # a bare number up to this may be a rank ("pas 2": not second)
RESTATED_BEFORE = re.compile(
    r"[,;:\u2013\u2014]\s*(?:mais\s+|but\s+)?(?:c'est|c est|it's|it is|it was|c'etait)\s+"
    r"(?:de\s+|d'|a\s+)?$"
)
CORRECTION_END = re.compile(r"[\s!.\u2026)]*")
RANK_THEN_COUNT = re.compile(
    r"\b(?:\d{1,2}\s?(?:e|eme|er|ere|re|nd|rd|th)|premiere?|deuxieme|second|seconde|troisieme|"
    r"quatrieme|cinquieme|third|fourth|fifth)\s*,?\s+(?:a|at)\s+(?:(?:un peu )?(?:moins|plus|pres)"
    r" (?:de |d')|(?:seulement|only|just|less than|more than|under|over)\s+)?\d[\d\s.,]*"
    r"\s*(?:mille |k )?(?:voix|votes|suffrages|points?|pts)\b"
)
# Right before a candidate: the words that make it the one ahead ("derrière Macron").
BEHIND_OBJECT = re.compile(
    r"\b(?:derriere|behind|trail(?:s|ing|ed)?|de retard sur)[\s,]*"
    r"(?:(?:loin|largement|nettement|tres|de peu|juste|just|far|well|le|la|the)\s+)*$"
)
QUAL_RE = re.compile(
    r"\b(?:au|pour le|en|du)\s+(?:second|2nd|2e|2eme|deuxieme|2d)\s+tour\b|\bqualifi\w*|"
    r"\ben finale\b|\bfinalistes?\b|\bsecond round\b|\brun-?off\b|\bduel\b|"
    r"(?<=\bpas )de (?:second|2nd|2e|2eme|deuxieme|2d)\s+tour\b"
)
# A literal piece of every match of QUAL_RE and of ELIM_RE: most sentences hold none, and the
# patterns, which open on a word boundary, would otherwise be tried at every position.
QUAL_WORDS = ("tour", "qualifi", "final", "round", "run", "duel")
ELIM_WORDS = ("tour", "round", "elimin", "hors course", "knocked", "sorti", "tapis", "trappe")
ELIM_RE = re.compile(
    r"\b(?:rate|manque|loupe|misse[sd]?|miss)\w*\s+(?:le|the)\s+(?:second|2nd|2e|2eme|deuxieme)\s+"
    r"(?:tour|round)\b|\belimine(?:e|s|es)?\b|\beliminated\b|\bhors course\b|\bknocked out\b|\bsort(?:i|ie) des\b|"
    r"\bsortie? au premier tour\b|\bau tapis\b|\ba la trappe\b"
)
ORDINAL_WORDS = re.compile(
    r"\b(?:(?P<first>premier|premiere|1er|1ere|first)|(?P<second>deuxieme|second|seconde|2nd|"
    r"2eme|2e)|(?P<last>bon dernier|bonne derniere|dernier|derniere|lanterne rouge|dead last|"
    r"last)|(?P<nth>troisieme|third|quatrieme|fourth|cinquieme|fifth|sixieme|sixth|septieme|"
    r"seventh|huitieme|eighth|neuvieme|ninth|dixieme|tenth|onzieme|eleventh))\b"
)
NTH = {
    "troisieme": 3,
    "third": 3,
    "quatrieme": 4,
    "fourth": 4,
    "cinquieme": 5,
    "fifth": 5,
    "sixieme": 6,
    "sixth": 6,
    "septieme": 7,
    "seventh": 7,
    "huitieme": 8,
    "eighth": 8,
    "neuvieme": 9,
    "ninth": 9,
    "dixieme": 10,
    "tenth": 10,
    "onzieme": 11,
    "eleventh": 11,
}
ORDINAL_BLOCK = re.compile(
    r"^[\s-]*(?:tour|round|secretaire|ministre|resultats?|chiffres|estimations?|bureaux?|"
    r"circonscription|arrondissement|votes?|decompte|partiel|sondages?|vague|estimation|"
    r"des|de la|du|mot|time|night|minute|chiffre|scores?|comptes?|counts?|figures?|numbers?|"
    r"updates?|tally|pointage|presidentielles?|primaires?|elections?)\b"
)
# Ordinals that rank nothing here: "une première", "dimanche dernier", "dernier candidat PS"
# (a rank within a group): no rank claim, and the word stays a doubt.
RANK_NOT_HERE_BEFORE = re.compile(
    r"\b(?:une?|a|an|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|soir|week-?end|semaine|"
    r"mois|an|annee|fois|sunday|saturday|week|year|month)\s*$"
)
RANK_NOT_HERE_AFTER = re.compile(
    r"\s*(?:candidat\w*|parmi|among|of (?:the|his|her)|de (?:la|sa|son|ses)|chez|au sein)\b"
)
RANK_GLUE = re.compile(
    r"^[\s,:(]*(?:(?:est|qui|arrive|arriverait|termine|finit|serait|reste|bon|bonne|tres|loin|"
    r"is|comes?|came|finishes|finished|en|a la|position|place|avec|se classe|se place|"
    r"ranks?|ranked|ne|pas|not|did|does|isn't|didn't|doesn't|reportedly|apparently|"
    r"apparemment|visiblement|seulement|only|an? (?:distant|close|strong|solid|poor|respectable|"
    r"disappointing|surprise))\s+|n')*$"
)
FOR_PLACE = re.compile(r"\b(?:for|pour)\s+(?:the\s+|la\s+|le\s+)?$")  # "beats Y for 4th"
PLACE_BEFORE_CANDIDATE = re.compile(
    r"^\s*(?:place|position|homme|femme)?[^.;!?]{0,60}?\b(?:revenue?|revient|pour|a|au|est|:)\b"
)
TURNOUT_WORDS = re.compile(
    r"\bparticipation\b|\bturnout\b|\binscrit\w*|\bse sont deplace\w*|\bont vote\b|\bont participe\b"
    r"|\bvotants\b|\bparticipants\b"
)
VOTING_CONTEXT = re.compile(
    r"\bvotants?\b|\bparticipants?\b|\bont (?:vote|participe)\b|\bse sont deplace|"
    r"\bs'etaient deplace|\bvoted\b|\bvoters\b|\bturnout\b|\bparticipation\b|\belecteurs\b|"
    r"\belectrices\b|\bau vote\b|\ba ce vote\b|\benregistres\b"
)
EXPRIMES_RE = re.compile(r"\bexprime\w*")
COUNT_OF_AREAS = re.compile(
    r"^\s*(?:d(?:an)?s|in)\s+(?:\d+|la plupart|la majorite|most|tous|toutes|all|plusieurs|many|"
    r"de nombreu\w*)\b"
)
EVERYWHERE = re.compile(r"\bpartout\b|\beverywhere\b|\bsauf\b|\bexcept\b|\bhormis\b")
INNER_PRONOUN = re.compile(r"\b(?:il|elle|he|she)\b(?!\s+y\b)")
PRONOUN_RE = re.compile(r"^\s*(?:et\s+)?(?:il|elle|he|she)\b(?!\s+y\b)")  # not "il y a"
# "Il y aurait 588 298 exprimés", "There were 11,247 voters": nobody is named, nothing is said.
# Comments on a result that leave it what it is: "sans surprise", "not surprising".
HARMLESS_PHRASES = re.compile(
    r"\b(?:sans (?:surprise|suspense)|pas de surprise|pas surprenant|c'est officiel|"
    r"c'est pas rien|ce n'est pas rien|d(?:an)?s les deux|in both|"
    r"(?:not|no) (?:surprise|surprising)|unsurprisingly|no surprises?|round (?:one|two))\b"
    # "seulement 3e", "only 22.4 %": of a figure's size only; before a name or a place
    # ("seulement à Paris") it restricts the claim and stays a word not understood.
    r"|\b(?:seulement|only)(?=\s+\d)"
    # "de 38 voix seulement", "11 025 seulement": after the figure, not before a place ("24 %
    # seulement à Paris" may be "only in Paris").
    r"|(?:(?<=\d)|(?<=%)|(?<=\bvoix)|(?<=\bvotes)|(?<=\bpoints))\s+(?:seulement|only)\b"
    r"(?=\s*(?:[!.,;)]|$))"  # ending the clause: "only behind Fillon" may say second
    # "Macron l'emporte quand même", "Le Pen vire en tête": a feeling, the verb of a lead
    r"|\bvire(?:nt)?(?= en tete\b)"
    # "tous les bureaux sont remontés": reported, not a trend ("Macron remonte" stays unread)
    r"|(?<=\bbureaux )(?:sont |ont )?remontes?\b"
    # "2 291 288 suffrages, soit 6,4 %": the same result restated (not "soit Macron soit…")
    r"|(?<=,)\s*soit(?=\s+(?:\d|environ|pres|plus|moins|un peu))"
    # "Gironde fully counted": not "fully behind Macron" (backing him)
    r"|\bfully(?= (?:counted|reported|tallied|declared|in)\b)"
    # "URGENT —", "FLASH :" opening a sentence mark it as news; after a place ("Lille,
    # alerte :") they may make the place a dateline, and stay words not understood.
    r"|^\W*(?:urgent|flash|alerte|alert)\b"
    # The author's feelings about the result, ending their clause: they assert it, never say
    # which figures ("c'est fini pour Fillon" says who is out, and stays unread).
    r"|(?:\bc'est (?:bien |donc |deja |vraiment )?(?:fini|termine|plie|joue|deja ca)|"
    r"\b(?:je|on) (?:te |vous |nous )?l'(?:avais|avait) (?:bien )?dit|\bje le savais|"
    r"\bj'en etais (?:sure?|certaine?)|\bi told (?:you|ya)(?: so)?|\bcalled it|"
    # Not "si près", "so close" (a margin, maybe ironic), "les médias mentent" (the figure
    # reported denied), "bravo les Parisiens" (the place of the figure): red-team run 52.
    r"\bnuit terminee(?: pour moi)?|\bon (?:ne )?lache rien)(?=\s*(?:[!.,;]|$))"
    # Against what the author expected, not against a poll or another place: "meilleur score
    # que prévu", "better than expected"
    r"|\b(?:(?:un |bien |beaucoup )?(?:meilleur|moins bon|pire|mieux|moins bien|plus|moins)"
    r"(?: score| resultat)? qu(?:e |')(?:prevu|attendu|espere|redoute|craint)|"
    r"(?:better|worse|more|less|higher|lower|stronger|weaker) than (?:expected|hoped|feared))\b"
)
# Every match of HARMLESS_PHRASES holds one of these: a cheap test before the pattern.
HARMLESS_WORDS = (
    "sans ",
    "pas ",
    "c'est",
    "n'est",
    "les deux",
    "in both",
    "surpris",
    "round ",
    "seulement",
    "only",
    "urgent",
    "flash",
    "alert",
    "vire",
    "remonte",
    "fully",
    "soit",
    "fini",
    "termine",
    "plie",
    "joue",
    "deja ca",
    " dit",
    "savais",
    "j'en etais",
    "told",
    "called it",
    "lache rien",
    "prevu",
    "attendu",
    "espere",
    "redoute",
    "craint",
    "expected",
    "hoped",
    "feared",
)
HARMLESS_HINT = _any_of(HARMLESS_WORDS)
EXISTENTIAL = re.compile(
    r"\b(?:il y (?:a|aurait|avait|aura)|there (?:were|are|is|was|have been|has been))\b"
)
QUALIFYING_VERB = re.compile(
    r"\b(?:passe|passent|passera|qualifie\w*|accede\w*|ira|iront|sera|seront|file|filent|"
    r"direction|present\w*|va|vont|goes|go|through|into|to|makes?)\s+(?:au|pour le|en|le|the)?\s*$"
)
TOUR1_RE = re.compile(
    r"\b(?:premier|1er|1st|first)\s+tour\b|\bfirst[- ]round\b|\bround (?:one|1)\b"
)
TOUR2_RE = re.compile(
    r"\b(?:second|2nd|2e|2eme|deuxieme)\s+tour\b|\bsecond round\b|\bround two\b|\brun-?off\b"
)
# Negation words, read on what is left of a sentence once figures and names are accounted for.
NEGATION = re.compile(
    r"\b(?:pas|jamais|aucune?|ni|non|not|never|no|nor|neither|none|sans|without|nobody|nothing|"
    r"rien)\b"
    r"|n't\b|\bn'|\bne\b"
)
# Phrases made of known words that still change the claim: an outright win in round 1.
MEANINGFUL_PHRASES = re.compile(
    r"\bdes le (?:premier|1er) tour\b|\boutright\b|\bau premier tour\b(?=[^.]*\bgagn)"
    # Sincere or ironic, nothing in the post tells: "Bien sûr, Hamon en tête".
    r"|\bbien sur\b|\bbien entendu\b|\bevidemment\b|\bnaturellement\b|\bof course\b"
    r"|\bobviously\b|\bplus que jamais\b|\bmore than ever\b"
    r"|^\W*(?:sure|pour sur|sur)\s*[,!]|\bc'est sur\b|\bbien sur\b"
    # A wish: "Que Fillon passe au second tour !", "Qu'Hollande gagne !"
    r"|^\W*(?:et\s+|mais\s+|alors\s+)?qu(?:e\s|')"
    # "Hollande vers la victoire": heading there, not there (a figure after "vers" is near it)
    r"|\bvers\b(?!\s*(?:les?\s+|la barre d[eu]s?\s+|l'|environ\s+)?\d)"
    # The subject after its verb: "Le Pen, que devance Macron", "Macron, devant qui arrive X".
    r"|\b(?:devant|derriere|avant|apres|ahead of|behind) (?:qui|lequel|laquelle|whom)\b"
    r"|\bqu(?:e |')(?:\w+ )?(?:devanc\w*|preced\w*|bat|battent|a battu|ont battu|defait|a defait|distanc\w*|"
    r"depass\w*|suit|suivent|talonn\w*|domin\w*|coiff\w*|a devance|ont devance)"
    # "Fillon à un point du second tour": how far from a place, no share and no qualification
    r"|\ba (?:un|une|deux|trois|quelques|\d+(?:[.,]\d+)?)\s*(?:points?|pts?|voix|votes?)\s+"
    r"(?:du|de la|de l'|d'(?!avance|ecart)|des|pres)\b"
    # Gained or won? "Le Pen gagne 3 millions de voix" on round-2 night: over round 1, or in all.
    r"|\b(?:gagne|gagnent|a gagne|ont gagne|gagnerait|perd|perdent|a perdu|ont perdu|gains?|"
    r"gained|loses|lost)\s+(?:(?:pres de|plus de|moins de|environ|quelque|about|nearly|over|"
    r"almost|some|around)\s+)?(?=\d)"
    # "Le Pen gagne des voix dans la Somme", "won votes in Marseille": gained, not won the area
    r"|\b(?:gagne|gagnent|a gagne|ont gagne|remporte|rafle|grappille|wins? over|won|gains?|"
    r"gained)\s+(?:(?:encore|aussi|deja|bien|still|also|again)\s+)?"
    r"(?:(?:des|de|du|les|quelques|plein de|beaucoup de|more|some|many)\s+)?"
    r"(?:voix|points?|electeurs|electrices|suffrages|votes?|voters)\b"
    # Among some of them, not all: "ahead of all but Macron", "tous sauf", "devant tous"
    r"|\b(?:all|tous|toutes|everyone|everybody|tout le monde)\b(?:\s+\w+){0,2}?\s+"
    r"(?:but|except|save|sauf|excepte|hormis|a part)\b"
    r"|\b(?:devant|derriere|ahead of|behind|beats?|bat|defeats?|defait|leads?)\s+(?:all|tous|toutes|everyone|"
    r"everybody|tout le monde)\b"
    # A rank within a group: "parmi les éliminés, Fillon en tête", "dernière qualifiée"
    r"|\b(?:parmi|among|d'entre|of)\s+(?:les |the |those |ceux |celles )?(?:\w+ )?(?:finalist\w*|"
    r"elimine\w*|eliminated|qualifie\w*|qualified|battus|perdants|losers|autres|others|rest|"
    r"petits|minor|outsiders)\b"
    r"|\b(?:derni\w*|last|premi\w*|first|meilleur\w*|best)\s+(?:des\s+|of the\s+)?"
    r"(?:qualifie\w*|qualified|finalist\w*|elimine\w*|eliminated|battus|perdants|losers|rest|autres)\b"
)
# Every match of MEANINGFUL_PHRASES holds one of these: a cheap test before the costly pattern,
# which most sentences (no "qu", no "sur", no "vote") skip.
MEANINGFUL_WORDS = (
    "des le ",
    "outright",
    "au premier tour",
    "bien",
    "evidemment",
    "naturellement",
    "of course",
    "obviously",
    "jamais",
    "more than ever",
    "sur",
    "qu",
    "vers",
    "whom",
    "point",
    "pt",
    "voix",
    "vote",
    "gagn",
    "perd",
    "gain",
    "lose",
    "lost",
    "elect",
    "suffrage",
    "but",
    "except",
    "save",
    "sauf",
    "hormis",
    "a part",
    "all",
    "tous",
    "tout",
    "every",
    "finalist",
    "elimin",
    "qualifi",
    "battus",
    "perdants",
    "autres",
    "other",
    "rest",
    "petits",
    "minor",
    "outsider",
)
MEANINGFUL_HINT = _any_of(MEANINGFUL_WORDS)
# Two figures of one measure: "Participation 74,6 % contre 77,8 %", "77,8 % → 74,6 %" (then
# and now?). Between two candidates' shares the "contre" is read by the claim.
MEASURE_VERSUS = re.compile(
    r"%\s*(?:contre|vs\.?|versus|against|compared (?:with|to)|→|->|=>|puis|then)\s*(?=\d)"
)
# Words that stand for a candidate without naming them: "le vainqueur à 29 %", "le PS qualifié",
# "leur candidat à 29,9 %", "nous, 19,6 %", "lui à 24 %". Which candidate they are, the post
# tells only through a party, a rank, a camp or its author: never read as the one named before.
DESIGNATION = re.compile(
    r"\b(?:le|la|les|l'|the|notre|nos|mon|ma|mes|leur|leurs|votre|vos|our|my|their|your|ce|"
    r"cette|this)\s*(?:candidat\w*|vainqueur\w*|gagnant\w*|perdant\w*|leader|winner|loser|"
    r"socialiste|ps|socialist|finaliste\w*|favori\w*)\b"
    r"|\b(?:vainqueur|gagnant|winner|leader)\s*:"
    # "le premier du scrutin", "la deuxième de la soirée", "l'homme du soir", "the man of"
    r"|\b(?:le|la|l'|the)\s*(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|"
    r"dernier|derniere|first|last|1er|1re|2e|2eme|3e|3eme)\s+(?:du|de la|de l'|des|of)\b"
    r"|\b(?:l'|the\s+)(?:homme|femme|man|woman)\b"
    r"|\b(?:les|the)\s+(?:elimine\w*|eliminated|qualifie\w*|qualified|autres|others|rest)\b"
    r"|(?<!chez )\bnous\b|\bwe\b|\b(?:lui|eux)\b(?=\s*,?\s*(?:a\s+|at\s+)?\d)"
    r"|(?:^|[,;:]\s*)(?:ps|socialist)\b"
)
# "dur dur pour le PS", "humiliating for the PS": the party's fate, said of the figure before;
# "6 % pour le PS" gives it a figure.
FOR_THEM = re.compile(r"(?<![\d%])(?<![\d%] )\b(?:pour|for)\s*$")
# "Valls devant Baylet mais derrière Royal": the second word's subject is still the first name.
SAME_SUBJECT = re.compile(
    r"[\s,]*(?:mais|but|yet|et|and|tout en etant)\s+(?:(?:aussi|encore|also|still|bien|just)\s+)?"
    r"(?:[\d\s.,]+(?:voix|votes|points?|pts|%)?\s*)?(?:devant|derriere|ahead|behind|loin)\b"
)
# The words of a question that asks for the count and nothing more: "Les résultats ?"
QUESTION_WORDS = words_of(
    "qui quoi quel quelle quels quelles le la les l un une de du des est sont a en et alors donc "
    "resultat resultats verdict score scores chiffres chiffre bilan tete gagne gagnant "
    "vainqueur ca ce c what who whos which is are the a of and so result results winner wins "
    "won leads score scores numbers figures verdict"
)
# Names of a sum: "1. Macron 2. Le Pen totalisent 45 %", "Macron, Le Pen: 45% together".
SUM_WORDS = re.compile(
    r"\b(?:totalisent|cumulent|pesent|rassemblent|additionnent|(?<!l')ensemble|a eux deux|a elles deux|"
    r"en tout|au total|cumules|share|combined?|together|between them|in all|in total)\b"
)
# Two names joined (by "et", or by a comma after a rank), then one figure: "Macron et Le Pen
# qualifiés avec 45 %", "Macron 1er, Le Pen 2e : 45 %". Of both, or of the last?
PAIR_RANK = r"(?:1er|1re|2e|2eme|premier|premiere|deuxieme|second|first)"
NAMES_JOINED = re.compile(rf"\s*{PAIR_RANK}?\s*(?:et|and|&)\s*|\s*{PAIR_RANK}\s*,\s*")
BETWEEN_BEFORE = re.compile(r"\b(?:entre|between)\s*$")  # "L'écart entre X et Y : 0,4 point"
NAMES_FIGURE = re.compile(rf"\s*{PAIR_RANK}?[^.;!?\d]{{0,40}}?(?:avec|with|:|=)\s*(?=\d)")
# Two places joined: "Marseille et (à) Lille", "the Aisne and the Somme".
PLACES_JOINED = re.compile(
    r"[\s,]*(?:(?:et|and|&|mais|but)\s*)?(?:(?:aussi|meme|encore|enfin|also|even|then|puis)\s+)?"
    r"(?:(?:a|au|aux|en|in|dans|at)\s+)?(?:(?:le|la|les|l'|the)\s*)?"
)
# The primary's own name: "la primaire du PS", "the Socialist primary" name no candidate.
PRIMARY_NAME = re.compile(
    r"\bprimaires?\s+(?:citoyenne\s+)?(?:du\s+|de\s+la\s+gauche\s+)?(?:ps|socialiste)\b"
    r"|\b(?:ps|socialist)\s+primar(?:y|ies)\b"
)
DESIGNATION_HINT = _any_of(
    (
        "candidat",
        "vainqueur",
        "gagnant",
        "perdant",
        "leader",
        "winner",
        "loser",
        "socialis",
        "ps",
        "finaliste",
        "favori",
        "nous",
        "we",
        "lui",
        "eux",
        "elimin",
        "qualifi",
        "autres",
        "others",
        "rest",
        "premier",
        "premiere",
        "deuxieme",
        "second",
        "troisieme",
        "quatrieme",
        "dernier",
        "derniere",
        "first",
        "last",
        "1er",
        "1re",
        "2e",
        "3e",
        "homme",
        "femme",
        "man",
    )
)
# A chain of order: "X devant Y devant Z", "X devance Y qui devance Z", "X beats Y, who beats
# Z": the second word has Y for its subject, not X.
# Any word of order in the gap between two names: "qui est devant", "elle-même devancée par",
# "who is behind", "en tête devant".
CHAINED_ORDER = re.compile(
    r"\b(?:devanc\w*|devant|bat|battent|battue?s?|beats?|beaten|ahead|derriere|behind|"
    r"trail\w*|preced\w*|defait\w*|defeat\w*|leads?|distanc\w*|depass\w*|surclass\w*|"
    r"ecras\w*|over)\b"
)
# Before a place: around it, not in it ("autour de Lille", "entre Lille et Lens").
NEAR_PLACE = re.compile(
    r"\b(?:autour de|pres de|aux alentours de|vers|around|near|outside|entre|between|"
    r"d(?:an)?s la region de|in the area of)\s*(?:(?:la|le|les|l'|the)\s*)?$|"
    r"\b(?:entre|between)\s+\S+(?:\s+\S+){0,3}\s+(?:et|and)\s*$"
)
# "Fillon 3e, ou Mélenchon 3e", "Ou alors…": an alternative between whole clauses.
ALTERNATIVE_CLAUSE = re.compile(r"(?:^|[,;:]\s*)(?:ou|or)\s+(?:alors\s+|bien\s+|else\s+)?")
# "Fillon aurait été en tête": reported, or would have been? Either way not asserted.
WOULD_HAVE = re.compile(
    r"\b(?:aurai[st]|auraient|would have|would've)\s+(?:ete|gagne|fait|eu|won|been|made|had|"
    r"remporte|termine|fini|devance|battu|beaten|defait|defeated)\b"
)
# Quoted words: someone else's, or a headline's.
QUOTED = re.compile(
    r"(?:[«“\"‘‹„‚`]|<<|(?<![\w])')\s*([^»”\"’›“‘`<>]{3,}?)\s*(?:[»”\"’›“‘`]|>>|'(?!\w))"
)
# An earlier moment than the count being judged: "Le Pen menait", "was leading", "had 21.3 %"
# (the count so far, the polls, round 1 on round-2 night).
EARLIER_TIME = re.compile(
    # "pas encore éliminé", "not yet": a moment of the count, before its end
    r"\bpas encore\b|\bnot yet\b|\btoujours pas\b|\bstill not\b|"
    # The imperfect, of any verb: "distançait", "était en tête", "avait 25 %" (the words
    # ending so that are no imperfect are named: "souhait", "portrait", "il paraît")
    r"\b(?!(?:souhait|parfait|imparfait|portrait|extrait|attrait|retrait|abstrait|distrait|"
    r"trait|plait|parait|apparait|disparait|connait|reconnait|bienfait|forfait|mefait|surfait|"
    r"defait)"
    r"\b)[a-z]{2,}(?<!r)(?:ait|aient)\b|"  # "-rait" is the conditional: "serait", hearsay
    r"\b(?:(?:was|were) (?:\w+ing|ahead|behind|in (?:the )?lead|in front)|had|used to)\b"
    # A moment of the count, or its end? "a été devant", "a mené", "has been leading"
    r"|\ba (?:longtemps )?(?:ete (?:en tete|devant|derriere|premiere?|1ere?|en avance|en retard)|"
    r"mene)\b|\b(?:est|sont) passee?s? (?:devant|derriere|en tete)\b"
    r"|\b(?:has|have) (?:long )?been (?:leading|ahead|behind|in (?:the )?lead|in front|first)\b"
    # The whole count, not its end: "en tête toute la soirée", "ahead all night"
    r"|\btout(?:e)? (?:la soiree|la nuit|le depouillement|le comptage|la journee|le long)\b"
    r"|\ball (?:night|evening|count)(?: long)?\b|\bthroughout the (?:night|evening|count)\b"
)
# A question asked without its mark: "Est-ce que Le Pen est en tête", "Macron a-t-il gagné",
# "Did Le Pen win".
QUESTION_START = re.compile(
    r"\W*(?:est[- ]ce qu\w*|did|does|do|is|are|was|were|has|have|will|would|can|could|should)\b"
)
QUESTION_INVERSION = re.compile(
    r"\b[a-z]+-t-(?:il|elle|on)\b(?<!semble-t-il)|"
    r"\b(?:est|sont|a|ont|arrive|gagne|mene|devance|fait|peut|va|vont|devrait)-(?:il|elle|ils|elles|on)\b"
)
# A parliamentary constituency: no figures are published for it (those abroad excepted).
CONSTITUENCY = re.compile(
    r"\b\d+(?:e|er|re|eme)\s+(?:circonscription|circo)\b(?!\s+des francais)"
    r"(?:\s+(?:du|de la|de l'|des|de)\s*)?"
)
THERE = re.compile(r"(?<![\w-])[Ll]à(?![\w-])")  # accented: "la" the article is not it
# Marks around a figure whose meaning is not settled: "‰", "±", "23 %++", "22 %-", "+23 %",
# "22 % tops" (at most, or her top score?), "un bureau sur quatre".
ODD_FIGURE = re.compile(
    r"\d\s*‰|±|\+/-|\d\s*%?\s*(?:\+\+|-)(?=\s*(?:$|[.,;!?)]))|(?<![\w+])\+\s*\d|"
    # "Le Pen -32 pts vs Macron" (behind, or ahead?), "8,66 M" (millions, or a share?); before
    # what it counts, "8,7 M de voix" is millions as "8.7M votes" is.
    r"(?<![\w\d.,%-])[-−–]\s?\d|\d\s+M\b(?!\s*(?:de |d'|of )?(?:voix|votes?|voters|ballots|"
    r"abstainers|abstentionnistes|[ée]lecteurs|inscrits|registered|bulletins|suffrages)\b)|"
    r"\d\s*%?\s*,?\s*(?:tops|grand max)\b|\b(?:un|une|1|one|deux|two|trois|three|2|3)\s+"
    r"(?:[\w']+\s+){0,2}(?:sur|in|out of)\s+(?:\d+|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|ten)\b"
    # "c'est sûr à 100 %", "100% sure": how sure the author is, no share of the vote
    r"|\b(?:s[uû]re?s?|certaine?s?|garantie?s?|confiante?s?|convaincue?s?)\s+(?:[aà]\s+)?100\s*%"
    r"|100\s*%\s*(?:s[uû]re?s?|certaine?s?|garantie?s?|confirmed|guaranteed)\b"
    # "élu à 100 %": no share of a whole area is 100 %; the count's "100 % des bureaux" is.
    r"|(?<![\d,.])100\s*%(?!\s*(?:(?:des|of|du|of the)\s+)?(?:bureaux|bureau|precincts?|polling|"
    r"stations?|votes? counted|ballots? counted|d[ée]pouill|compt|count|reported|in\b|rentr))",
    re.I,
)
CORRECTION_START = re.compile(
    r"\W*(?:non|no|nope|nan|en fait|en realite|actually|in fact|correction|rectificatif|"
    r"erratum|pardon|oups|oops|je veux dire|i mean|plutot|rather|sorry)\b"
)
QUOTED_LINE = re.compile(r"(?m)^\s*(?:>|&gt;)\s*(.+)$")
MONTHS = {
    m: i
    for i, names in enumerate(
        (
            "janvier january jan",
            "fevrier february feb",
            "mars march mar",
            "avril april apr",
            "mai may",
            "juin june jun",
            "juillet july jul",
            "aout august aug",
            "septembre september sept sep",
            "octobre october oct",
            "novembre november nov",
            "decembre december dec",
        ),
        start=1,
    )
    for m in names.split()
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_OF_MONTH = re.compile(
    rf"\b(?:(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({_MONTH})\b|({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)"
    r"(?!\s*(?:%|percent|points?|voix|votes))"
)
# "23/04", "09/10/2011", "23-04": a day written in figures (a month of two digits, or a day past
# the twelfth), never a thread's "2/3" nor a score's "24-21".
NUMERIC_DATE = re.compile(
    r"(?<![\d/.,-])(?:(?P<d>[12]\d|3[01]|0?[1-9])/(?P<m>0[1-9]|1[0-2])|(?P<d2>1[3-9]|2\d|3[01])/"
    r"(?P<m2>[1-9])|(?P<d3>[12]\d|3[01]|0[1-9])-(?P<m3>0[1-9]))(?:[/-](?:20)?\d\d)?"
    r"(?![\d/,.]|\s*(?:%|pour|points?|pts|voix|votes|des\b|of\b))"
)
# Before a fraction of the count, never a date: "dans 9/10 des bureaux", "avec 09/10".
FRACTION_BEFORE = re.compile(r"\b(?:dans|sur|avec|with|over)\s*$")
YEAR_ANY = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]*\s*(?:%|voix|votes|suffrages))")
TAKEN_BACK = re.compile(r"\W*(?:non|no|nope|nan|enfin non|ou pas)\W*")
# The answer an author gives at once to their own question, and the debunk after a quoted rumour
# ("RT @x: Fillon devant Le Pen !! → c'est faux, …"). "Pas encore", "not yet" answer nothing.
ANSWER_RE = re.compile(
    r"^\s*(?:(?P<no>non|no|nope|nan|faux|c'est faux|false|wrong|toujours pas|pas du tout|"
    r"absolument pas|not at all|still no)|(?P<yes>oui|yes|yep|yup|c'est vrai|vrai|true|exact|"
    r"exactement|correct|indeed|bien sur|of course))\s*(?:[,:.!-]+\s*|$)"
)
DEBUNK_RE = re.compile(
    r"^\s*(?:→|->|=>)?\s*(?P<no>(?:c'est |c est |that's |this is )?(?:faux|fake|false|wrong)|"
    r"intox|infox|hoax)\s*(?:[,:.!-]+\s*|$)"
)
ANSWER_PRONOUN = re.compile(
    r"\b(?:il|elle|ils|elles|lui|le|la|les|l'|he|she|him|her|they|them)\b(?!\s+y\b)"
)
HANDLE_IN_PREFIX = re.compile(r"@(\w+)")
CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")  # "LyonActu": "Lyon", "Actu"
CITY_METROPOLE = re.compile(r"\b(?:la|sa|notre|the|its|our) metropole\b(?! francaise)")
RETWEET_PREFIX = re.compile(r"^\s*(?:RT\s+@\w+\s*:\s*)+", re.IGNORECASE)
QUOTED_RUMOUR = re.compile(
    r"^\s*(?:rt\s+@\w+\s*:|je lis (?:partout )?que|on lit (?:partout )?que|on entend (?:partout )?que|"
    r"i keep reading that|people are saying that)"
)
# "Non, X n'est pas devant Y": a reply's opening word, not a second negation.
# "Intox : non, …", "FAUX : non, …": a debunk's label and its "no" open the denial it makes.
LEADING_INTERJECTION = re.compile(
    r"^\s*(?:(?:(?:faux|intox|infox|fake|hoax|false)\s*[:!,-]\s*)?(?:non|no|nope)|oui|yes)"
    r"\s*[,!:.-]"
)
DATE_AFTER = re.compile(r"^\s*(?:avril|mai|octobre|oct|april|may|october)\b")
# Words that name a source after "selon", "d'après", "according to".
SOURCE_WORDS = words_of(
    "mes nos les la le l des du de sources source infos info presse media medias journalistes "
    "site officiel officielle radio tele tv chaine journal agence depeche belge belges suisse "
    "suisses un une ministere "
    "informations information plusieurs several various multiple "
    # a campaign's own people: "d'après le QG", "un cadre de la FI" (not its "remontées", from
    # some bureaux only; not an assessor: his bureau's; nor a prefecture: its département's)
    "qg cadre cadres equipe entourage proche proches "
    "fi lfi lr fn rn em lrem"
)
# Who publishes or relays the official count: a source of any other name (a pollster, "Mes
# Rêves", "Le Gorafi") is a word not understood.
MEDIA = words_of(
    "afp reuters ap bbc cnn bfm bfmtv lci franceinfo tf1 m6 rtl europe1 europe franceinter inter "
    "monde lemonde figaro lefigaro liberation libe parisien leparisien mediapart ouest ouestfrance "
    "humanite echos lesechos express lexpress obs nouvelobs lepoint huffpost minutes guardian "
    "times nytimes washington bloomberg politico euronews interieur beauvau haute autorite hap "
    "gouvernement france 2 3 24 20 tv5 arte ministry "
    "rtbf rts lesoir letemps tdg heures srf orf ard zdf ansa efe dpa cbc radio canada "
    "interior officials official government press associated agency"
)
# Cheap tests before the costly patterns: every match of each holds one of these.
ODD_FIGURE_HINT = re.compile(
    r"[‰±+−–]|\d\s*%?\s*-|-\s?\d|\d M\b|tops|max| sur | in | out of |100", re.I
)
QUOTE_HINT = re.compile(r"[«“\"‘‹„‚`<]|(?<!\w)'")
# The kinds of election, in both languages; only the first four letters tell them apart.
ELECTION_HINT = re.compile(
    r"prim|presiden|legisl|parliam|region|europ|municip|departem|canton|referend"
)
ELECTION_KIND = re.compile(
    r"(?<![a-z])(?:primaires?|primar(?:y|ies)|presidentielles?|presidential|legislatives?|"
    r"parliamentary|regionales|regional elections?|europeennes|european elections?|"
    r"municipales|municipal elections?|departementales|cantonales|referendum)(?![a-z])"
)
# Estimates and polls, wherever named (a tag, a handle, the attribution): never the count.
POLLSTER = re.compile(
    r"(?<![a-z])(?:ipsos|ifop|elabe|harris|kantar|sofres|opinionway|odoxa|viavoice|bva\b|csa\b|"
    r"exit ?polls?|sortie des urnes|estimations?\b|projections?\b|\(est\.?\)|(?:^|\W)est\.(?=\s*(?:$|[(\d]|(?:[a-z]+\s+){1,3}\d)))"
)
GAP_BEFORE = re.compile(
    r"\b(?:devanc\w*|distanc\w*|ahead of \w+(?: \w+)? by|leads? \w+(?: \w+)? by|"
    r"by|ecart de|avance de|lead of|separe(?:e|s|es)? (?:de|par)|separated by)\s*$"
)
DE_AT_END = re.compile(r"(?:\bde|\bd')\s*$")
# A lead's margin with one name: "wins by", "went to Le Pen by", "avec N voix d'avance".
LEAD_MARGIN_VERB = re.compile(
    r"\b(?:wins?|won|winning|leads?|leading|went to|goes to|l'emporte\w*|gagne\w*|remporte\w*|"
    r"s'impose\w*|en tete)\b"
)
LEAD_MARGIN_AFTER = re.compile(r"\s*(?:de )?(?:voix|votes|suffrages|points?|pts)?\s*d'avance\b")
LEAD_MARGIN_OVER = re.compile(
    r"\s*(?:de )?(?:voix|votes|suffrages|points?|pts)?\s*(?:d'avance\s*)?(?:sur|over|on|par rapport)\b"
)
GAP_AFTER_FIGURE = re.compile(r"\s*(?:separent|d'ecart|d'avance)")
# Literal words one of which every match of META_RE, CODE_TRIGGER and PRICE_RE holds: a cheap
# test before those patterns run over the whole post.
META_WORDS = (
    "pertinence",
    "donner",
    "relayez",
    "circulent",
    "interdit",
    "pas de resultat",
    "anormal",
    "rogue",
    "don't share",
    "mot",
    "full stop",
    "counted",
    "comment",
    "d'autres",
    "partiront",
)
META_HINT = _any_of(META_WORDS)
CODE_WORDS = ("radio", "repete", "repeat", "eur", "€")
RESULT_WORDS = re.compile(
    r"\b(?:voix|suffrages|votes?|scores?|resultats?|results?|tete|gagn\w*|qualifi\w*|elimin\w*|"
    r"premier|premiere|dernier|derniere|leads?|wins?|won|ballots?|devant|derriere|ahead|behind)\b"
)
FRENCH_MARKERS = re.compile(r"\b(?:le|la|les|des|avec|en|est|et|du|pour|sur|au)\b")
OPENING_BRACKET = re.compile(r"\s*\(")
# "Montréal, Canada", "Saint-Denis (La Réunion)", "Saint-Denis de La Réunion": a wider place
# right after a name keeps the readings that lie in it.
# "Montréal, Canada", "Saint-Denis, à la Réunion": the wider place says which town is meant.
WIDER_AFTER = re.compile(
    r"\s*(?:,|\(|\bde\b|\bin\b)\s*(?:(?:a|au|aux|en|d(?:an)?s|in)\s+)?(?:(?:la|le|les)\s+|l')?"
)
ALSO_AFTER = re.compile(r"\s*,?\s*(?:aussi|egalement|too|as well|et|and)\b")
# What a share of blancs or nuls is of: "1,78 % des votants", "2 % of registered voters".
VOICES_BASE = re.compile(
    r"\s*(?:des|of(?: the)?)\s+(?:voix|suffrages|votes?)\b(?!\s*(?:exprim|cast|valid))"
)
INSCRITS_UNIT = re.compile(r"\binscrits?\b|\bregistered\b")
VOICES_UNIT = re.compile(r"\bvoix\b|\bvotes?\b|\bsuffrages?\b")
BALLOTS_UNIT = re.compile(r"\bbulletins?\b|\bballots?\b")
# The whole a figure is counted out of: "sur les 2 661 231 votants", "out of 47 million voters".
RATIO_BASE_BEFORE = re.compile(r"\b(?:sur|parmi|out of|of|among)(?: les| the| des)?\s*$")
VOTANTS_UNIT = re.compile(r"\bvotants?\b|\bparticipants\b")
SHARE_BASE = re.compile(
    r"\s*(?:des|of(?: the)?|parmi les|among)\s+(?:votants|voters|ballots cast|votes cast|"
    r"those who voted|inscrits|registered voters|registered|(?:suffrages )?exprimes|valid votes)\b"
)
TAKES_NOT_LEAD = re.compile(
    r"\s+(?:the\s+)?(?:second|third|fourth|fifth|last|\d|place|part|away|votes?|a\b|an\b)"
)
SUBJECT_GAP = re.compile(r"\s*(?:\(\w+\)\s*)?")  # "Fréjus vote", "Saint-Louis (974) vote"
OBJECT_GAP = re.compile(r"\s*(?:pour|for|en faveur de|in favour of|a|à)?\s*")
CODE_TEXT = re.compile(r"\d{2,3}|2a|2b")  # a département code as "le 59" writes it
# "Paris 16e", "Lyon 3e arrondissement", "Marseille 13th": a district of a town.
DISTRICT_AFTER = re.compile(
    r"\s*\d{1,2}\s?(?:e|eme|er|st|nd|rd|th)\b(?!\s*(?:tour|round))(?:\s*arr\w*)?"
)
# "le 13e arrondissement de Marseille", "16th arrondissement of Paris": the district first.
DISTRICT_BEFORE = re.compile(
    r"\b(?:\d{1,2}\s?(?:e|eme|er|st|nd|rd|th)\s*(?:,|et|and|&)\s*)*"
    r"\d{1,2}\s?(?:e|eme|er|st|nd|rd|th)\s+arr\w*\s+(?:de|du|of)\s+(?:la |le )?$"
)
MORE_DISTRICT = re.compile(r"\s*(?:,|et|and|&)\s*(\d{1,2})\s?(?:e|eme|er|st|nd|rd|th)\b")
# A leading verb with "the primary", "la présidentielle": the claim may be about the whole race.
NATIONAL_SCOPE = re.compile(
    r"\b(?:leads?|led|leading|wins?|won|winning|tops?|topped|remport\w*|gagn\w*|domin\w*|"
    r"en tete (?:de|du))\s+(?:the |la |le |l')?(?:primary|primaire|election|race|scrutin|"
    r"presidentielle|premier tour|first round)\b"
)
THREAD_MARK = re.compile(
    r"^\s*(?:thread\s*)?((?:[1-9]|1[0-9])/(?:[1-9]|1[0-9])?)(?=\s)"
    r"|\s((?:[1-9]|1[0-9])/(?:[1-9]|1[0-9]))\s*$"
)
# After a share: "des inscrits", "of registered voters", and what makes it the turnout.
OF_INSCRITS = re.compile(
    r"\s*(?:des|of|of the|parmi les)?\s*(?:personnes |electeurs )?(?:inscrits?|registered(?: voters)?)"
)
# After a candidate's share, a base other than exprimés: votants, or words that could mean
# either ("of voters", "des bulletins"), whose two readings must then agree.
SHARE_OF = re.compile(
    r"\s*(?:des|of(?: the)?|parmi les|among(?: the)?)\s+(?:(?P<votants>votants|those who voted|"
    r"people who voted|voters who turned out)|voters|electeurs|bulletins|ballots|votes cast)\b"
    r"(?! exprimes| valables| valid)"
)
# Between a candidate and a share that is surely theirs: "Macron : 43,6 %", "Macron won 43.6%".
OWN_SHARE = re.compile(
    r"\s*:?\s*(?:(?:a |has |n'a |ne )?(?:obtenu|obtient|recueille|recueilli|fait|totalise|"
    r"won|wins|got|gets|scored|scores|took|takes|avec|with|a|at|on|only|just|seulement|"
    r"que|qu'|pas|meme|even|rassemble|pese)\s*)*"
)
# "44 % des inscrits ont voté Macron": the share of the roll that went to the name after it.
VOTED_FOR = re.compile(
    r"\s*(?:des|of|of the)?\s*(?:personnes |electeurs )?(?:inscrits?|registered(?: voters)?)\s+"
    r"(?:ont vote|a vote|voted)\s*(?:pour|for)?\s*"
)
TURNOUT_TAIL = re.compile(
    r"\s*(?:des|of|of the)?\s*(?:personnes |electeurs )?(?:inscrits?|registered(?: voters)?)\s+"
    r"(?:ont vote|a vote|se sont deplaces|s'est deplace|sont alles voter|est alle voter|voted|"
    r"turned out|cast)\b"
    r"(?!\s*(?:pour|for)?\s*[a-z])"  # "ont voté Macron" is his share of the roll
)
# A verb whose "de N voix" is a margin, whatever bound the figure carries.
MARGIN_VERB = re.compile(
    r"\b(?:devanc\w*|distanc\w*|bat|battu\w*|defait\w*|beats?|defeat\w*|leads?|led|trails?|l'emport\w*|gagn\w*|"
    r"wins?|won|rate|manque|depasse|precede)\b[^,;.]{0,25}\b(?:de|d'|by)\s*$"
)
# After a verb of beating: its passive ("devancé par", "beaten by") puts the winner after it.
PASSIVE_AFTER = re.compile(
    r"\w*\s*(?:(?:de peu|de justesse|d'un cheveu|d'une courte tete|narrowly|largement|nettement|"
    r"of course)\s+)?(?:par|by)\b"
)
# After "devant", "leads": a handle, a tag or an emoji may be the one passed, unread.
UNREAD_OBJECT = re.compile(r"\s*(?:[@#]|[^\w\s.,;:!?()'\"«»-])")
# Words that name a share's base: said once for a list ("Sur les inscrits : Macron 43,6 %,
# Le Pen 22,4 %"), or after one figure only, they may be every figure's base.
SHARE_BASE_WORDS = re.compile(
    r"\b(?:inscrits?|votants|registered|electorat|electorate|bulletins|ballots|sympathisants|"
    r"who voted|qui ont vote)\b(?!\s+(?:exprimes|valables|valid))"
)
# In a sentence naming no candidate, an area's rank on a measure: "Corrèze en tête de la
# participation", "Abstention : Seine-Saint-Denis en tête", "record de participation".
AREA_RANK = re.compile(
    r"\b(?:en tete|leads?|leading|tops?|premier\w*|first|1er|1re|dernier\w*|last|record\w*|"
    r"plus (?:forte?|faible|haute?|basse?)|highest|lowest|best|worst|meilleur\w*|pire)\b"
    r"(?![\s-]+(?:tour|round|resultats?|results?|chiffres?|figures?|estimations?))"
)
# Places joined into another one: "Nord-Pas-de-Calais", "Nord-Isère", "Irlande du Nord".
PLACE_JOIN = re.compile(r"\s*[-–/]\s*|\s+(?:du|de la|de l'|of)\s+")
# Before a place, words that make it part of another place: "outre-Manche" (the United
# Kingdom), "la capitale du Nord" (Lille), "les deux Savoie".
PLACE_OF = re.compile(
    r"(?:\boutre[- ]|\bcapitale (?:de la|du|des|de l'|d'|of(?: the)?)\s*|\bcapital of(?: the)?\s+|"
    r"\bles (?:deux |2 )|\b(?:nord|sud|est|ouest|north|south|east|west)[- ])$"
)
# After a place: an intercommunality or a part of it ("Nantes Métropole", "le Nord de la France").
PLACE_PART_AFTER = re.compile(
    r"\s*(?:[- ]?(?:metropole|agglo\w*|communaute\b)|\s+(?:de la france|of france)\b)"
    r"|(?<=capitale)\s+(?:de|du|des|d'|of)\b"  # "la capitale de la Corse": Ajaccio
)
# "dans les Savoie": a plural article before a name in the singular, both Savoie together.
PLURAL_BEFORE = re.compile(r"\bles\s+$")
# Two département codes joined: "le 59-62", "(73-74)", "le 15/16" (a sector of Marseille?).
JOINED_CODES = re.compile(
    r"(?:\b(?:le|du|d(?:an)?s le|au)\s+|\()\d[\dab]\s*[-/–]\s*\d[\dab]\b", re.IGNORECASE
)
# Verbs of beating that have a passive ("devancé par", "beaten by", "crushed by").
PASSIVE_VERB = re.compile(
    r"devanc\w*|distanc\w*|battu\w*|beaten|beat|defait\w*|defeated|depasse\w*|surclasse\w*|ecrase\w*|"
    r"edged out|pipped|crushed|trounced"
)
# Words that make "par"/"by" the end of a figure's phrase, not the agent of a beating:
# "le score obtenu par", "the 20% scored by", "the share won by".
OBTAINED = re.compile(
    r"\b(?:obten\w*|recueilli\w*|realise\w*|fait|faits|faite|score\w*|won|gained|got|gotten|"
    r"taken|earned|received|polled|share|part|resultat\w*|results?|total\w*)\b"
)
# A figure, or a word of one, followed by the name it belongs to: "the 21.3% won by Le Pen",
# "the share won by Montebourg", "les voix obtenues par Fillon".
FIGURE_BY = re.compile(
    r"\d\s*%\s+(?:\w+\s+){0,2}?(?:par|by)\b|\b(?:obten\w*|recueilli\w*|won|scored|received|"
    r"got|gained|taken|polled|earned|realise\w*|gagne\w*|remporte\w*)\s+(?:par|by)\b"
)
SHORTENER = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:t\.co|bit\.ly|ow\.ly|goo\.gl|tinyurl\.com|buff\.ly|dlvr\.it|"
    r"fb\.me|youtu\.be|lnkd\.in|trib\.al)/"
)
# The Ministry's results page of a département or a commune ("/059/index.html",
# "/059/059350.html"), a page of results by place or for the reader's own town.
RESULTS_PAGE = re.compile(
    r"/\d{3}/(?:\d{3,6}|index)(?:\.html?)?\b|\b(?:bureau|commune|ville|canton)[-_]par[-_]|"
    r"\bpar[-_](?:bureau|commune|ville|departement|region|canton|circonscription)|"
    r"\b(?:votre|ta|your|my|ma)[-_](?:ville|commune|town|city|departement|region|bureau)"
    r"(?![a-z])",
    re.IGNORECASE,
)
# Regional papers, whose results pages are those of their area, named in the address or not.
REGIONAL_PRESS = re.compile(
    r"\b(?:ouest-france|sudouest|ledauphine|leprogres|lamontagne|midilibre|ladepeche|"
    r"letelegramme|nicematin|varmatin|corsematin|estrepublicain|republicain-lorrain|dna|"
    r"lalsace|courrier-picard|lunion|paris-normandie|lanouvellerepublique|centre-presse|"
    r"lindependant|charentelibre|laprovence|lejsl|lyonne|leberry|lechorepublicain|larep|"
    r"maville|actu|francebleu|france3-regions|lavoixdunord|lamarseillaise|lepopulaire|"
    r"la-croix-du-nord|nordeclair|lesechos-normandie|le-pays|lardennais|vosgesmatin|"
    r"lamanchelibre|tendanceouest|lepetitbleu|ledauphine-libere|la-voix-du-nord)\.(?:fr|com)\b",
    re.IGNORECASE,
)
# "devant" or "leads" with nothing after it in its clause: first of all, or of those named?
# Words of order that need an object, and what may stand between them and it.
DIRECTION_WORD = re.compile(
    r"\b(?:devant|derriere|behind|ahead|trail(?:s|ing|ed)?|en retard|en avance|devancee?s?|"
    r"distancee?s?|battue?s?|defaite?s?|beaten|defeated|second to|runner-up to)\b"
)
OBJECT_GAP = re.compile(
    r"\s*(?:(?:pas|plus|jamais|not|never)\s+)?(?:(?:of|to|par|by|sur)\s+)?(?:(?:de|by)\s+[\d\s.,]+\s*(?:points?|pts|voix|votes)?\s*"
    r"(?:sur\s+)?)?(?:(?:loin|largement|nettement|tres|de peu|juste|just|far|well|le|la|the|"
    r"par|by)\s+)*"
)
# A word of order between a first name with its figure and a second name.
ORDER_BETWEEN = re.compile(
    r"\s*[(:,]?\s*\d[\d\s.,]*\s*(?:%|pts?|points?|voix|votes)?\s*\)?\s*,?\s*"
    r"(?:(?:arrive|finit|termine|comes|finishes|finished|came)\s+)?"
    r"(?P<word>apres|avant|over|sur|sous|under|above|below|before|after|[<>≤≥])\s*"
    r"(?:(?:le|la|the)\s+)?"
)
BARE_AHEAD = re.compile(r"\b(?:devant|leads|leading|ahead)\b(?=\s*(?:$|[.,;:!?)]))")
# Right before a name: the agent of a passive, whatever comes between it and its verb
# ("devancé ce soir par Le Pen", "distanced by 2.7 points by Macron").
BY_BEFORE = re.compile(r"\b(?:par|by)\s*$")
# Count words that name the roll as well as the voters, and what makes them the voters.
# Around a number of inscrits, words that make it a change of the roll: "1 million d'inscrits de
# plus qu'en 2012", "en hausse de 2 millions", "+500 000 inscrits" (a part of it: ROLL_PART).
ROLL_CHANGE_AFTER = re.compile(
    r"\s*(?:de plus|en plus|de moins|en moins|supplementaires?|nouveaux|nouvellement|new|more|"
    r"fewer|less|additional|than|qu'en|que|depuis|since|deja|already)\b"
)
ROLL_CHANGE_BEFORE = re.compile(
    r"(?:hausse|baisse|augmentation|progression|increase|rise|drop|fall|gain|perte|\+|-|"
    r"nouveaux|new|jeunes|young)\W*(?:de |d'|of |by )?\s*(?:plus de |moins de |over |under |about |"
    r"environ |pres de )?$"
)
# Anywhere in the sentence, words that make a number of inscrits a part of the roll: "Bureaux
# dépouillés : 20,9 millions d'inscrits", "26.7 million registered voters still to be counted".
ROLL_PART = re.compile(
    # "comptés", "décompte", "à compter", not "Paris compte 1,3 million d'inscrits" (it has)
    r"\b(?:bureaux?|depouill\w*|comptes|decompt\w*|comptage|comptabilis\w*|a compter|le compte|"
    r"au compte|counted|count|reporting|reported|remonte\w*|encore|"
    r"still|restants?|remaining|left|partiel\w*|so far|pour l'instant|pour l'heure|per|pour chaque|"
    r"for every|each|chaque)\b"
)
# Between a share and the whole it is of: "25 % des 47,6 millions".
SHARE_OF_BEFORE = re.compile(r"\s*(?:%\s*)?[:,]?\s*(?:des|of(?: the)?|du total des)\s*")
# "des 47,6 millions d'inscrits, …": of them, the whole a part is taken from
PARTITIVE_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b(?:et|and)\s+)(?:des|of the)\s*$")
# After "N % des inscrits", what leaves it a turnout rate: the clause's end, a place or a round
# ("74,6 % des inscrits au second tour"), not a verb of its own ("… sont en Île-de-France").
ROLL_SHARE_ENDS = re.compile(
    r"\w*\s*(?:$|[,.;!?)]|(?:a|au|aux|en|dans|d'|de|sur|in|at|on|pour|for|ont vote|a vote|voted|"
    r"se sont deplace\w*|ont participe|participated|turned out)\b)"
)
OUT_OF = re.compile(r"\s*(?:out of|sur|parmi|among|of)(?: les| the)?\s*")
ROLL_WORDS = re.compile(r"\b(?:electeurs|electrices|voters|personnes|francais)\b")
VOTED = re.compile(
    r"\s*(?:ont|have|had)?\s*(?:vote|voted|se sont deplace\w*|s'etaient deplace\w*|turned out|"
    r"cast|participe|participated|went to the polls|sont alles voter|etaient alles voter)"
)
# After a bare count, those who voted: "2,6 millions ont voté", "3 million people voted".
PEOPLE_VOTED = re.compile(r"\s*(?:(?:people|personnes|francais)\s+)?" + VOTED.pattern + r"\b")
# Between two names offered as alternatives, and a claim about every area of a kind.
EITHER_OR = re.compile(r"\s*,?\s*(?:(?:ou|or|ou bien|voire|sinon)\s+|\+\s*)")  # or a sum: "X + Y"
QUANTIFIER = re.compile(
    r"\b(?:every|each|all(?: the)?|chaque|tous les|toutes les|d(?:an)?s tous|d(?:an)?s toutes)\s+"
    r"(?:\w+\s+)?(?:departements?|departments?|regions?|communes?|villes?|cities|towns|"
    r"circonscriptions?|constituenc(?:y|ies)|states?|countries|pays|consulats?|cantons?|"
    r"territoires?|territories|(?:polling )?stations?|polling places?|precincts?|bureaux?)\b"
    r"(?!\s+(?:sont\s+|are\s+|have been\s+|ont ete\s+|ont\s+)?(?:depouill|compt|counted|reporting|"
    r"declared|remonte|in\b(?!\s+\w)))"
    # "first in all of the DOM-TOM", "dans l'ensemble des DOM-TOM": in each, or in the total?
    r"|\b(?:all of|l'ensemble)\s+(?:the\s+|des\s+|de la\s+|du\s+|de l')?(?:dom|outre|overseas)"
)
# What would have been ("serait en tête avec les voix de Hamon", "Mélenchon + Hamon"), and
# "not only": neither is the claim its words would otherwise make.
COUNTERFACTUAL = re.compile(
    r"\b(?:serait|seraient|aurait|auraient|would|could)\b[^.;]{0,40}\b(?:avec|with|sans|without)\b|"
    r"\b(?:avec|with|sans|without)\b[^.;]{0,40}\b(?:serait|seraient|aurait|auraient|would|could)\b|"
    r"\bavec les (?:voix|suffrages|reports?) d|"
    r"\bpas (?:que|qu'|seulement|uniquement)\b|\bnot (?:only|just)\b|\bnon seulement\b|"
    # "66-34 pour Macron, ce serait énorme": what would be, not what is
    r"\b(?:ce|ca|cela) (?:serait|seraient)\b|\b(?:that|it|this)(?: would|'d) be\b|"
    # A party's members' vote, not the electorate's: "au vote des militants"
    r"\bvote des (?:militants|adherents|sympathisants|membres)\b|"
    # A fraction of the count: "9/10 des bureaux", "Dépouillement 9/10", "1/2 des bureaux :"
    r"\b\d{1,2}/\d{1,2}\s+(?:des|du|of(?: the)?)\s+(?:bureaux|bulletins|votes?|voix|suffrages|"
    r"depouillement|comptage|precincts|ballots|stations)\b|"
    r"\b(?:depouillement|decompte|comptage|count(?:ed)?)\s*:?\s*\d{1,2}/\d{1,2}\b"
)
# Words that make a claim's own words say something else: a change ("passe de 21 % à 40 %"),
# "far from", "no longer", "should have", a gap whose other side is not named.
NOT_THE_CLAIM = re.compile(
    r"\b(?:de|from|d')\s*\d[\d ,.]*\s*(?:%|pts?|points?|m|millions?|mio)?\s+(?:a|to)\s+\d|"
    r"\bloin (?:de|des|du)\b|\bloin d'|\bfar from\b|"
    r"(?<!\bde )(?<!\ble )(?<!\bla )(?<!\bau )\bplus (?:en tete|qualifi\w*|devant|premier|premiere)\b|"
    r"\b(?:aurait|auraient|aurais|should have|could have|would have)\s+(?:du|pu|been|be)\b|"
    r"\d\s*(?:%|pts?|points?)?\s+(?:de moins|de plus|derriere|behind|fewer|less|more)\s*[.!;,]?\s*$|"
    # A difference said by ellipsis in a list: "Le Pen 3 less,", "Fillon 1,3 de moins,"
    r"\d\s*(?:%|pts?|points?|(?:millions?|mios?)(?: de voix)?|voix|votes)?\s+"
    r"(?:de moins|de plus|en moins|en plus|fewer|less|more)\s*(?:[.!;,)]|$)"
)
# Winning the whole election (round 2's) or the primary, said on the night of a first round.
WHOLE_ELECTION = re.compile(
    r"\belue? president\w*|\belected president\b|\b(?:remport\w*|gagn\w*|wins?|won|winning|"
    r"takes?|took|l'emport\w*|clinch\w*)\s+(?:la |le |l'|the )?"
    # "wins the Socialist primary", never "l'emporte à la primaire" (in it, somewhere)
    r"(?:(?!(?:a|au|aux|en|in|at|dans|ds|de|du|des|of)\b)[\w-]+\s+){0,2}?"
    r"(?:presidentielle|election|presidential|presidency|primaire|primary|race|scrutin|"
    # "winning the runoff", "gagne le second tour": its outcome, not a place in it
    r"runoff|run-off|second tour|second round|2nd round|deuxieme tour)\b"
)
WINNING_RUNOFF = re.compile(r"\bwinning\b[^.;!?]{0,40}?\b(?:runoff|run-off|round|election)\b")
# A capitalised word after "à", "in"… that names no known place: "Le Pen en tête à Eu".
UNKNOWN_PLACE_AFTER = re.compile(
    r"\b(?:à|a|au|aux|en|d(?:an)?s|in|at|wins|won|takes|took|carries|carried|gagne|remporte|rafle)\s+"
    r"([A-ZÉÈÎ][\w'-]*)"
)
# A year after a word of comparison: "loin de son triomphe de 2006", "comme en 2002", "since
# 1969". Another election, which the figures of this one cannot check.
OTHER_YEAR = re.compile(
    r"\b(?:de|d'|en|in|since|depuis|qu'en|than|comme|vs|versus|of|that)\s+(?:19|20)\d\d\b"
)
# Between the two figures of a score: "24 to 21", "20.0 vs 19.6", "51-49", "(23 contre 22,3)".
PAIR_JOIN = re.compile(r"\s*(?:to|vs\.?|versus|contre|against|-|–|/)\s*")
FOR_WORD = re.compile(r"\s*(?:pour|a|for)\s*")
# Between a figure and a candidate, words that make it a distance to that candidate, not a count:
# "à 600 000 voix de Le Pen", "150 000 voix devant Mélenchon".
FROM_WORD = re.compile(
    r"\s*(?:de|d'|from|devant|derriere|ahead of|behind|de plus que|de moins que|d'avance sur|"
    r"de retard sur|more than|fewer than|less than)\s*"
)
GLUE = re.compile(r"[\s:=(]*(?:(?:a|at|on)\s+)?")  # "MLP à 10" beside other shares
SOURCE_WORD = re.compile(r"[@#]?\w+")  # "l'AFP": the article and the name apart
# The level named beside a place: "la région Grand Est", "the Loire département".
LEVEL_BEFORE = re.compile(
    r"(?:region|departement|ville|village|commune|circonscription|city|town|department|ile|"
    r"island)\s*"
    r"(?:de |du |des |d'|of )?(?:la |le |les |l')?$"
)
LEVEL_AFTER = re.compile(
    # "Corrèze (département)", "Réunion island", "the Aube department"
    r"\s*\(?\s*(?:region|department|departement|city|town|constituency|consulate|consulat|"
    r"island)\b(?!\s*(?:de|du|des|d'|of)\b)"  # "Vienne (département de l'Isère)": another's
)
LEVEL_OF_WORD = {
    "region": ("region",),
    "departement": ("departement",),
    "department": ("departement",),
    "ville": ("commune", "city"),
    "village": ("commune",),
    "ile": ("departement", "region"),
    "island": ("departement", "region"),
    "commune": ("commune",),
    "city": ("commune", "city"),
    "town": ("commune", "city"),
    "circonscription": ("constituency",),
    "constituency": ("constituency",),
    "consulate": ("city",),
    "consulat": ("city",),
    "arrondissement": ("arrondissement",),
}
# The level of a place named in the sentence said again: "Aube (10) : Le Pen gagne le
# département", "Nantes: Mélenchon tops the city". Not "sa région" (whose?), nor "la ville de …"
# (LEVEL_BEFORE), nor a plural or "un seul département" (a count of areas).
LEVEL_SAID_AGAIN = re.compile(
    r"\b(?:le|la|l'|the|this|cette|ce)\s*(departement|department|region|ville|city|town|commune|"
    r"arrondissement)\b(?!\s*(?:de|du|des|d'|of)\b)"
)
VERB_ONLY = re.compile(r"[a-z]+\s+")  # one word between "ne" and "pas": the negated verb
# A candidate's voters or supporters: a population the authority does not publish.
SUPPORTERS_BEFORE = re.compile(
    r"\b(?:electeurs|electrices|electorat|sympathisants|partisans|soutiens|militants|votants|"
    r"voters|supporters|electorate|fans)\s+(?:de |d'|du |of |for )?$"
)
SUPPORTERS_AFTER = re.compile(r"(?:'s)?\s+(?:voters|supporters|electorate|fans|camp)\b")
# A population among the voters: "parmi les militants", "among Socialist voters", "parmi les
# électeurs du PS". Not "among French voters" (abroad, every voter the authority counts) nor
# "parmi les électeurs de Marseille" (a place's whole electorate).
POPULATION_AMONG = re.compile(
    r"\b(?:parmi|among|amongst|with|aupres|pour|for|avec|over|chez)\s+(?:de\s+)?"
    r"(?:les\s+|the\s+|des\s+|ses\s+|his\s+|her\s+)?"
    r"(?P<q>(?:[a-z'-]+\s+){0,3}?)(?P<n>electeurs|electrices|voters|militants|sympathisants|"
    r"supporters|members|adherents|partisans|electorat|electorate)\b"
    r"(?P<after>\s+(?:du|de la|des|de|d'|of the|of)\s*[\w'-]+)?"
)
ACRONYM_AFTER = re.compile(r"\s+[A-Z]{2,5}\b")
RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:qui|que|qu'|dont|who|that|which)\b")
PLURAL_ARTICLE_BEFORE = re.compile(r"\b(?:aux|les|des)\s+$")
PART_BEFORE = re.compile(
    r"\b(?:cap|pointe|pays|plateau|vallee|bassin|golfe|massif|baie|littoral|nord|sud|est|ouest|"
    r"centre|coeur|banlieue|peripherie|agglomeration|agglo|quartiers?|faubourgs?|north|south|"
    r"east|west|suburbs?|outskirts|centre-ville|downtown)"
    r"(?:\s+(?:du|de la|de l'|des|de|d'|of the|of|of)\s*|\s+|-)$"
)
POPULATION_HINT = re.compile(r"eurs|rices|ters|ants|bers|orat")
WHOLE_ELECTORATE = frozenset(("", "francais", "french", "les francais", "inscrits", "registered"))
# "Cologne (32)", "Cologne (Gers)": the commune's département said in brackets after it.
QUALIFIED_AFTER = re.compile(r"\s*\(\s*([^()]{1,40}?)\s*\)")
DEPARTEMENT_CODE = re.compile(r"\d{2,3}|2a|2b")
ACROSS_ROUNDS = re.compile(
    r"\s*(?:in|at|during|au|en|a|lors du)?\s*(?:the\s+|le\s+)?"
    r"(?:premier|1er|first|second|2nd|deuxieme|2e)\s+(?:tour|round)"
)
PAIRING = re.compile(r"\b(?:face a|vs\.?|versus|duel|against|affrontera|will face|faces)\b")
GOING_TO = re.compile(
    r"\b(?:pour|for|into|made|make|makes|vers|en route pour)\s+(?:le|la|the)?\s*$"
)
AT_NO_MOMENT = re.compile(r"\b(?:jamais|never)\b")
COMPARATIVE_HINT = re.compile(r" than |mieux|outp|outs")
COMPARATIVE = re.compile(rf"\b(?:{BETTER_THAN})")
# "Le Pen fait mieux que Fillon, Macron aussi": Macron beats Fillon too, or Le Pen beats him?
# "… et Macron que Le Pen": a second comparison with its verb left out.
ELLIPSIS_AFTER = re.compile(
    r"\s*,?\s*(?:aussi|egalement|too|also|as well|encore plus|even more|de meme|itou)\b"
    r"|\s+(?:que|qu'|than)\s*"
)
# Between two places that share a claim: "et dans la", ", au", "and in the".
COORDINATED = re.compile(
    r"\s*(?:,|,? ?et|,? ?and)\s+(?:(?:d(?:an)?s|en|a|au|aux|in|at|chez)\s+)?(?:(?:le|la|les|l'|the)\s*)?"
)
# A denial bears on its own clause; a colon opens another ("… pas gagné l'Aisne : X l'emporte").
POLARITY_BREAK = re.compile(r"[,;:]|\s(?:et|and|mais|but|tandis que|while|alors que|whereas)\s")
NEITHER_NOR = re.compile(r"\b(?:neither|ni)\b[^.;:]{1,60}?\b(?:nor|ni)\b[^.;:,]{1,40}?(?=\s\S|$)")
BUT_NOT = re.compile(
    r"\s*,?\s*(?:mais pas|but not)\s+(?:(?:d(?:an)?s|en|a|au|aux|in|at|chez)\s+)?"
    r"(?:(?:le|la|les|l'|the)\s*)?"
)
THOUSANDS_COMMA = re.compile(r"\d{1,3},\d{3}")
# Dashes, bars, slashes and bullets between spaces part items as a semicolon does:
# "Macron 24 % — Lille : Mélenchon 30 %", "Macron 24 % | Nord : Le Pen 28 %".
ITEM_BREAK = r"\s[—–|/•·]\s|\s-\s"
# What joins two clauses, and the verbs and predicates that open a clause after its subject.
CLAUSE_JOIN = re.compile(
    r"\s*(?:;\s|,?\s(?:et|mais|and|but|alors que|tandis que|while|whereas)\s)\s*(?:,\s*)?"
)
_FINITE = (
    r"est|sont|etait|fait|font|a|ont|arrive|arrivent|termine|finit|obtient|recueille|devance|"
    r"devancent|bat|battent|defait|depasse|mene|domine|gagne|l'emporte|remporte|passe|se qualifie|is|"
    r"isn't|are|was|comes|came|makes|made|gets|got|leads|wins|won|takes|took|beats|defeats|finishes|"
    r"finished|trails|qualifies|tops|carries|vire|virent|reste|restent"
)
# Predicates said without a verb: "Macron qualifié", "Fillon troisième", "Le Pen devant".
_VERBLESS = (
    r"qualifiee?s?|eliminee?s?|en tete|devant|derriere|premiere?|deuxieme|troisieme|quatrieme|"
    r"dernier|derniere|qualified|eliminated|ahead|behind"
)
FINITE_VERB = re.compile(rf"\s*,?\s*(?:ne |n')?(?:{_FINITE})\b")
OWN_VERB = re.compile(rf"\s*,?\s*(?:ne |n')?(?:{_FINITE}|{_VERBLESS})\b")
# A verb in the plural after "X et Y": the two names are one subject ("Fillon et Mélenchon
# éliminés", "Fillon and Mélenchon are out"), not two clauses.
PLURAL_VERB = re.compile(
    r"\s*,?\s*(?:ne |n')?(?:sont|ont|arrivent|devancent|battent|terminent|finissent|obtiennent|"
    r"recueillent|font|passent|gagnent|menent|dominent|restent|are|were|have|qualifiee?s|"
    r"eliminee?s)\b"
)
MEASURE_SUBJECT = re.compile(
    r"(?:la|le|l'|the)\s*(?:participation|abstention|taux de participation|turnout)\b"
)
JOINED_CLAUSE = re.compile(
    r";|" + ITEM_BREAK + r"|\s(?:et|and|mais|but|tandis que|while|alors que|whereas)\s"
)
CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|;|" + ITEM_BREAK + r"|"
    r"\s(?:et|and|mais|but|tandis que|while|alors que|whereas)\s"
)
# "France :", "la France :", "🇫🇷 :" heading an item: the nation, as "en France" is.
FRANCE_HEADING = re.compile(r"(?<![\w-])(?:(?:la|the)\s+)?(?:france|🇫🇷)\s*:")
SENTENCE_RE = re.compile(r"(?<=[.!?…])\s+(?=\S)|\n+|(?<=\?)(?=\s*\S)")
ENGLISH_RE = re.compile(
    r"\b(?:the|is|are|with|leads?|leading|wins?|won|votes|ahead|of the|in the|turnout|percent|"
    r"points|counted)\b"
)
# The words of every claim type and of hedges, in one pass: what a reading accounts for.
CLAIM_WORDS = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            LEADER_RE,
            PLACE_VOTES_RE,
            AHEAD_RE,
            TRAILS_RE,
            QUAL_RE,
            ELIM_RE,
            GAP_VERB,
            CLOSE_RE,
            FAR_RE,
            ORDINAL_WORDS,
            HEDGE_RE,
        )
    )
)
FLAG_RE = re.compile(r"([\U0001F1E6-\U0001F1FF])([\U0001F1E6-\U0001F1FF])")
# Figures in prices and weather reports are #RadioLondres codes, never results.
PRICE_RE = re.compile(r"\d\s*(?:eur\b|euros?\b|€)")
DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class _Cand:
    """A candidate mention in one sentence, with whether it is the object of a comparison."""

    id: str
    start: int
    end: int
    is_object: bool


@dataclass
class _Sentence:
    """One sentence, spelled out and folded, with everything found in it."""

    text: str
    folded: str
    cands: list[_Cand]
    places: list[Mention]
    numbers: list[NumberMention]
    qualifiers: Qualifiers
    round: int
    area_default: str
    qualifier_spans: list[tuple[int, int]]  # partial counts and times of day: read as qualifiers
    # Places written so that no area of the store is meant ("Paris 16e", "Saint-Ouen (93)" when
    # no Saint-Ouen lies in the 93): the claim around them is left to the editors.
    unresolved: list[str]
    # Candidates a claim covers without naming them: "Macron en tête devant Mélenchon".
    implied: set[str] = field(default_factory=set)
    # Other readings of the area carried from the previous sentence: "Macron en tête à Paris.
    # Le Pen 21,3 %." may be Paris's or the nation's figure.
    default_readings: tuple[str, ...] = ()
    # Names known only by capitals, written in a run of capitals: words or names?
    shouted: list[str] = field(default_factory=list)
    # Candidates the post named before this sentence: "Fillon 26,5 %, Mélenchon 19,6 %. Fillon
    # devant" says Fillon is ahead of Mélenchon, not first of all.
    named_before: frozenset[str] = frozenset()
    # "Aubry en tête au second tour de la primaire" on a first round's night: figures, leads
    # and ranks of that round, not of the round being counted.
    round_two_named: bool = False
    # URLs, handles and hashtags, and who the figures are said to come from: read once, used by
    # every step after.
    noise: list[tuple[int, int]] = field(default_factory=list)
    # Words read by a claim beyond its names and figures: "…, pas" before a corrected figure,
    # "à eux deux" after a sum.
    read_spans: list[tuple[int, int]] = field(default_factory=list)
    # "Le Pen n'a pas fait 25 %, c'est 30,3 %": claims whose figure the sentence denies by
    # giving another, so that "pas" denies even an exact figure.
    restated: set[int] = field(default_factory=set)
    source: re.Match[str] | None = None

    @functools.cached_property
    def ordinals(self) -> list[re.Match[str]]:
        """The rank words of the sentence, read once for the rank claims and their doubts."""
        return list(ORDINAL_WORDS.finditer(self.folded))


def detect_language(folded: str) -> str:
    """A crude French/English guess, enough to pick the number-word grammar."""
    english = len(ENGLISH_RE.findall(folded))
    french = len(FRENCH_MARKERS.findall(folded))
    return "en" if english > french else "fr"


def split_sentences(text: str) -> list[str]:
    """Sentences of a post (decimal points and thousands separators kept)."""
    return [s for s in SENTENCE_RE.split(text) if s and s.strip()]


def _own_clauses(raw: str, lexicon: Lexicon) -> tuple[list[str], list[str]]:
    """A sentence cut where a second clause opens with its own subject and verb, and the
    doubts of a cut not sure enough to make.

    In "Fillon devance Mélenchon et Macron est en tête", Macron is no second object of
    "devance"; in "Mélenchon 4e mais Macron qualifié" the qualification is Macron's alone; in
    "Macron devance Le Pen et la participation est de 77,8 %" the figure is no gap. In "Macron
    devant Le Pen et Fillon en tête", Fillon is a second object, or a second subject.
    """
    folded = fold(raw)
    if not CLAUSE_JOIN.search(folded):
        return [raw], []
    mentions = lexicon.scan(raw, folded)
    names = [m for m in mentions if m.kind == "candidate"]
    places = any(m.kind == "place" for m in mentions)
    out, doubts, start = [], [], 0
    for join in CLAUSE_JOIN.finditer(folded):
        name = next((m for m in names if m.start == join.end()), None)
        measure = MEASURE_SUBJECT.match(folded, join.end())
        if measure is None and (name is None or not OWN_VERB.match(folded, name.end)):
            continue
        pair = next((m for m in names if join.start() - 1 <= m.end <= join.start()), None)
        if pair is not None and name is not None and PLURAL_VERB.match(folded, name.end):
            # "…, Fillon et Mélenchon éliminés": one subject of two names. After a verb ("Le Pen
            # devance Fillon et Mélenchon sont éliminés") the object may be the subject too.
            opening = max(folded.rfind(mark, 0, pair.start) for mark in ",;:") + 1
            if CLAIM_WORDS.search(folded, opening, pair.start):
                doubts.append(f"ordre : {raw[start : name.end].strip()[:80]}")
            continue
        # The first clause without its names (fold keeps positions): a verb or a figure left?
        before = blank(folded, [(m.start, m.end) for m in names])[start : join.start()]
        if not (re.search(r"\d", before) or CLAIM_WORDS.search(before)):
            continue  # "Macron et Le Pen sont qualifiés", "All candidates but Macron behind"
        loose = name is not None and not FINITE_VERB.match(folded, name.end)
        if places or (loose and AHEAD_RE.search(before)):
            # A place may be both clauses' or one's; a second name with no verb of its own may
            # be a second object ("Macron devant Le Pen et Fillon en tête"): not cut, doubted.
            end = name.end if name is not None else measure.end()
            doubts.append(f"ordre : {raw[start:end].strip()[:80]}")
            continue
        out.append(raw[start : join.start()])
        start = join.end()
    out.append(raw[start:])
    return [c for c in out if c.strip()], doubts


def extract(text: str, lexicon: Lexicon, *, round: int = 1, lang: str | None = None) -> Extraction:
    """The claims a post makes about official results, and its flags.

    Every claim carries the doubts of the whole post: a claim is only as sure as the reading of
    everything around it (a word not understood, a negation or a figure left unread).
    """
    text = _reposted(text, lexicon)
    if "pc" in text.casefold():
        # "20pct counted", "22pct tops": per cent, so that every check of a "%" reads it
        text = PER_CENT_ABBREVIATED.sub(" %", text)
    if "odium" in text:
        # read as a ranked list when it is one, else left as written
        numbered = podium_numbered(text, lexicon)
        ranked = ranks_written_out(numbered, lexicon) if numbered != text else numbered
        text = ranked if ranked != numbered else text
    if RANK_MARK_HINT.search(text):
        text = ranks_written_out(text, lexicon)
    folded_all = fold(text)
    lang = lang or detect_language(folded_all)
    flags: set[str] = set()
    if any(w in folded_all for w in CODE_WORDS) and (
        CODE_TRIGGER.search(folded_all) or PRICE_RE.search(folded_all)
    ):
        flags.add(CODED)
    if JOKE_RE.search(folded_all):  # folding keeps emojis
        flags.add(JOKE)
    if META_HINT.search(folded_all) and META_RE.search(folded_all):
        flags.add(META)
    if PREDICTION_RE.search(QUALIF_FUTURE.sub(" ", folded_all)):
        flags.add(PREDICTION)
    claims: list[Claim] = []
    doubts: list[str] = [f"mot : {w}" for w in _tag_doubts(text, lexicon, round)]
    doubts += [f"candidat non lu : {w}" for w in _tags_as_subjects(text, lexicon)]
    # A debate's score, not the vote's, whatever sentence names it: "Le débat ? 63 à 37 pour
    # Macron"
    doubts += [f"expression : {m.group()}" for m in DEBATE.finditer(folded_all)]
    if not text.isascii():
        doubts += [f"emoji : {e}" for e in unread_emojis(text)]
        doubts += [f"lieu : {m.group()}" for m in THERE.finditer(text)]  # "Le Pen en tête là"
    doubts += [f"source : {m.group()}" for m in POLLSTER.finditer(folded_all)]
    sources = {m.group(1).strip() for m in ATTRIBUTION_RE.finditer(folded_all)}
    if len(sources) > 1:
        # "Selon LFI, Mélenchon devant Fillon. Selon LR, l'inverse.": the author reports both
        doubts.append(f"source : {', '.join(sorted(sources))[:60]}")
    if "demi" in folded_all or "half" in folded_all:  # before numbers are spelt out
        doubts += [
            f"chiffre : {m.group()}"
            for m in HALF_FIGURE.finditer(folded_all)
            if not BOUND_BEFORE.search(folded_all, max(0, m.start() - 12), m.start())
        ]
    # These two run only on a post holding what every one of their matches holds.
    if ODD_FIGURE_HINT.search(text):
        # "un inscrit sur trois a voté X" is read as a share (numbers.spell_out_numbers)
        read = one_in_spans(text)
        doubts += [
            f"chiffre : {m.group()}"
            for m in ODD_FIGURE.finditer(text)
            if not any(s <= m.start() < e for s, e in read)
        ]
    if QUOTE_HINT.search(text):
        doubts += [f"expression : « {m.group(1)[:60]} »" for m in QUOTED.finditer(text)]
    doubts += _other_days(folded_all, lexicon, round)
    if ELECTION_HINT.search(folded_all):
        doubts += _other_elections(folded_all, lexicon)
    # "> Aubry en tête": a line quoted from another post, not the author's claim
    doubts += [f"expression : « {m.group(1)[:60]} »" for m in QUOTED_LINE.finditer(text)]
    last_candidate = ""
    last_area = ""
    last_others: tuple[str, ...] = ()  # the previous sentence's other places
    other_round = ""  # the words naming another round than the night's, earlier in the post
    area_had_claim = False
    questions = 0
    asked = ""  # a question naming no candidate, whose qualifiers the answer after it takes
    fake_shown = False  # a fake picture was named: figures after it may be the fake's
    named_before: set[str] = set()
    doubts += _context_elsewhere(text, folded_all, lexicon)
    raws = []
    for sentence in split_sentences(text):
        clauses, cut_doubts = _own_clauses(sentence, lexicon)
        raws += clauses
        doubts += cut_doubts
    for raw, answer, listed in _places_listed(_with_answers(raws), lexicon, "?" in text):
        folded_raw = fold(raw)
        if claims and TAKEN_BACK.fullmatch(folded_raw):
            doubts.append(f"négation : {raw.strip()}")  # "Macron en tête. Non.": taken back?
        elif claims and CORRECTION_START.match(folded_raw):
            # "Aubry en tête. En fait, Hollande en tête.": both asserted, or the first taken back?
            doubts.append(f"réponse : {raw.strip()[:80]}")
        pronoun = PRONOUN_RE.match(folded_raw)
        if pronoun and not _agrees(pronoun.group(), lexicon.candidate_name(last_candidate)):
            last_candidate = ""  # "Macron en tête. Elle est 2e.": not him
        elif pronoun and (
            sum(_agrees(pronoun.group(), lexicon.candidate_name(c)) for c in named_before) > 1
        ):
            last_candidate = ""  # "Macron en tête. Fillon éliminé. Il fait 24 %.": which one?
        sentence = _read_sentence(raw, lexicon, lang, round, last_candidate, last_area)
        if sentence is None:
            continue
        doubts += _town_after_its_area(sentence, lexicon)
        if asked and sentence.cands:
            # "En 2022 ? Le Pen en tête", "À Lille ? Voilà. Mélenchon en tête": the answer is
            # of the moment, population or place the question named, which it does not repeat.
            doubts.append(f"réponse : {asked.strip()[:80]}")
            asked = ""
        if last_area and area_had_claim:  # a place heading the post ("Paris :") heads it all
            sentence.default_readings = (NATIONAL,)
        if last_area:  # "en tête à Lille et à Roubaix. Macron 25 %": either town's figure
            sentence.default_readings += last_others
        own_round = _round_named(sentence.folded)
        if other_round and not own_round:
            # "Au premier tour, Macron 24 %. Le Pen 21,3 %." on the night of round 2: the
            # figure may be of the round named above or of tonight's.
            doubts.append(f"tour : {other_round}")
        if own_round:
            other_round = own_round.group() if sentence.round != round else ""
        sentence.named_before = frozenset(named_before)
        if any(m.kind == "coded" for m in sentence.places):
            flags.add(CODED)
        if raw.rstrip().endswith(("?", "‽")) or _asks(sentence.folded):
            questions += 1  # a question asserts nothing, whatever it quotes
            if not sentence.cands and not _plain_question(sentence.folded, sentence):
                asked = raw
            if claims:  # "Fillon qualifié. Vraiment ?": the author doubts what came before
                doubts.append(f"réponse : {raw.strip()[:80]}")
        else:
            found = _claims_of(sentence)
            found = _corrected_names(sentence, _corrected_figures(sentence, found))
            if fake_shown and any(c.type in FIGURE_TYPES for c in found):
                # "… est un faux. Fillon 28 %, Macron 22 %": the fake's figures, or the true ones?
                doubts.append(f"expression : {raw.strip()[:60]}")
            if DEBUNK_HINT.search(sentence.folded):
                found = _debunked(sentence, found)
                fake_shown = fake_shown or DEBUNKED_PICTURE.match(sentence.folded) is not None
            found, sentence_doubts = _read_whole(
                sentence, found, pronoun_unresolved=not last_candidate
            )
            if answer:
                found, sentence_doubts = _answered(sentence, found, answer, sentence_doubts)
            claims.extend(found)
            doubts.extend(sentence_doubts)
        if sentence.cands:
            # "Mélenchon devant Hamon. Il est 4e": with two names, "il" could be either.
            named = {c.id for c in sentence.cands}
            named_before |= named
            last_candidate = sentence.cands[-1].id if len(named) == 1 else ""
        real_places = [p for p in sentence.places if p.kind == "place"]
        if real_places:
            last_area = real_places[-1].key
            last_others = tuple(
                dict.fromkeys(k for p in real_places for k in (p.key, *p.alternatives))
            )
            # "Le Pen 37 % à Calais, 40 % à Denain. Macron 16 %.": any place of the list
            last_others = tuple(k for k in dict.fromkeys((*last_others, *listed)) if k != last_area)
            area_had_claim = bool(sentence.cands)
    if flags & {JOKE, META, PREDICTION}:
        claims = []
    if questions and not claims:
        flags.add(QUESTION)
    if claims and any(d in EXPAT_DOUBTS for d in doubts) and _all_abroad(claims, lexicon):
        doubts = [d for d in doubts if d not in EXPAT_DOUBTS]  # the whole electorate there
    if doubts:
        claims = [replace(c, doubts=tuple(dict.fromkeys(doubts))) for c in claims]
    # Each claim knows the other names of the whole post: "Macron 24 %.\nFillon 20 %." on the
    # second round's night is one first-round list, whatever line each name is on.
    if len(named_before) > 1:
        claims = [replace(c, named=tuple(sorted(named_before - set(c.candidates)))) for c in claims]
    return Extraction(tuple(_dedupe(claims)), frozenset(flags))


# "Geneva: Fillon beats Macron among French expats", "UK expats: Macron 95%": abroad, the expats
# are every voter the authority counts; at home they are a population it does not publish.
EXPAT_DOUBTS = frozenset(
    f"mot : {w}" for w in ("expat", "expats", "expatries", "expatriates", "expatriate")
)
ABROAD_LEVELS = frozenset(("city", "country", "zone"))


def _all_abroad(claims: list[Claim], lexicon: Lexicon) -> bool:
    """True when every reading of every claim's area is abroad (a consulate, a country, all of
    the French abroad)."""
    areas = {a for c in claims for a in (c.area, *c.alternatives)}
    return all(getattr(lexicon.place(a), "level", "") in ABROAD_LEVELS for a in areas)


def ranks_written_out(text: str, lexicon: Lexicon) -> str:
    """A ranked list written as the ranks it gives: "1. Macron 24 % 2. Le Pen 21,3 %" and
    "🥇 Macron 🥈 Le Pen" read as "Macron 1er 24 %, Le Pen 2e 21,3 %" (any other text as is).

    Only a list numbered from 1 on whose every item is a candidate's name, with at most a
    figure after it: "1. Macron gagne Paris 2. …" lists claims, not ranks.
    """
    marks = list(RANK_MARK.finditer(text))
    names = {m.start: m for m in lexicon.scan(text) if m.kind == "candidate"}
    items = []  # (mark, name) of the list being read
    for mark in marks:
        rank, name = _rank_of(mark), names.get(mark.end())
        follows = (
            name is not None
            and rank == len(items) + 1
            and (not items or LIST_ITEM_TAIL.fullmatch(text, items[-1][1].end, mark.start()))
        )
        if not follows:
            if len(items) > 1:
                break  # the list ends at the first mark that does not continue it
            items = []
            if name is None or rank != 1:
                continue
        items.append((mark, name))
    if len(items) < 2 or not _plain_list_heading(text, items[0][0].start(), lexicon):
        return text
    tail = LIST_ITEM_TAIL.match(text, items[-1][1].end)
    if AFTER_LIST_FIGURE.match(text, tail.end() if tail else items[-1][1].end):
        return text  # "1. Macron 2. Le Pen = 45 %": a figure of the list as a whole?
    # "1. Macron 34,8 2. Fillon 26": a bare figure is read after the name, not after a rank
    # ("1er Macron 34,8, 2e Fillon 26"); with no figure the rank follows ("Macron 1er").
    tails = [LIST_ITEM_TAIL.match(text, name.end).group() for _, name in items]
    bare = all(re.search(r"\d", t) for t in tails) and not all("%" in t for t in tails)
    out, at = [], 0
    for i, (mark, name) in enumerate(items):
        head = text[at : mark.start()]
        podium = PODIUM_HEADING.search(head) if i == 0 else None
        if podium is not None:
            head = head[: podium.start()] + (" : " if head[: podium.start()].strip() else "")
        elif i == 0 and head.rstrip().endswith(":"):
            head = head.rstrip() + " "  # "Résultats :\n1. …": the heading's line heads the list
        elif i:
            head = head.rstrip(" \t\n,;|-") + ", "
        rank, said = ("1er" if i == 0 else f"{i + 1}e"), text[name.start : name.end]
        out.append(f"{head}{rank} {said}" if bare else f"{head}{said} {rank}")
        at = name.end
    end = tail.end() if tail else at
    stop = "" if text[end:].lstrip(" \t").startswith((".", "!", "?")) else "."
    return "".join(out) + text[at:end].rstrip(" \t\n,;|-") + stop + text[end:]


def podium_numbered(text: str, lexicon: Lexicon) -> str:
    """ "Corsica podium: Fillon, Le Pen, Macron" written as the numbered list it is ("Corsica :
    1. Fillon 2. Le Pen 3. Macron"), for `ranks_written_out` to read (any other text as is).

    Only three names right after the heading, joined by commas or "et", ending the sentence:
    "Macron, Fillon, Mélenchon sur le podium" names the three, not their order.
    """
    heading = PODIUM_LIST_HEADING.search(text)
    if heading is None:
        return text
    names = [m for m in lexicon.scan(text[heading.end() :]) if m.kind == "candidate"][:4]
    if len(names) < 3 or names[0].start != 0 or len({m.key for m in names[:3]}) < 3:
        return text
    at = heading.end()
    joined = all(
        PODIUM_JOIN.fullmatch(text, at + a.end, at + b.start)
        for a, b in itertools.pairwise(names[:3])
    )
    if not joined or not PODIUM_END.match(text, at + names[2].end):
        return text
    items = " ".join(f"{i}. {text[at + m.start : at + m.end]}" for i, m in enumerate(names[:3], 1))
    head = (text[: heading.start()] + text[heading.start("rest") : heading.end()]).rstrip()
    return f"{head} {items}".lstrip() + text[at + names[2].end :]


# "Corsica podium:", "Le podium en Bretagne :", "Podium du Centre, tout est dépouillé :",
# "Amérique du Nord : podium …": the heading of an unnumbered podium, the word itself dropped.
PODIUM_LIST_HEADING = re.compile(
    r"(?i)\b(?:le |the )?podium\b(?P<rest>[^.!?\n:]{0,60}:\s*|\s+)(?=\S)"
)
PODIUM_JOIN = re.compile(r"\s*(?:,|;|\bet\b|\band\b|-|–)\s*")
PODIUM_END = re.compile(r"\s*(?:[.!]|\(|$|\n)")


def _plain_list_heading(text: str, start: int, lexicon: Lexicon) -> bool:
    """True when what heads a list in its sentence says only where and what for ("Paris
    podium :", "Résultats officiels :"), not whom or what else it ranks ("Éliminés :", "Le
    moins de voix :", "Macron devance 1. …")."""
    begin = max(text.rfind(mark, 0, start) for mark in ".!?") + 1  # its lines above too
    head = text[begin:start]
    if begin:
        # "Les éliminés. 1. Fillon …", "Le moins de voix ? Podium : 1. …": a sentence before
        # that names no candidate heads the list too.
        before = text[max(text.rfind(mark, 0, begin - 1) for mark in ".!?") + 1 : begin]
        if not any(m.kind == "candidate" for m in lexicon.scan(before)):
            head = before + head
    places = [m for m in lexicon.scan(head) if m.kind == "place"]
    words = fold(blank(head, [(m.start, m.end) for m in places]))
    return all(w in LIST_HEADING_WORDS for w in WORD.findall(words))


def _rank_of(mark: re.Match[str]) -> int:
    """The rank a list's mark gives: "2." or "2)" or 🥈."""
    return int(mark.group(1)) if mark.group(1) else "🥇🥈🥉".index(mark.group(2)) + 1


def _context_elsewhere(text: str, folded: str, lexicon: Lexicon) -> list[str]:
    """A later post of a thread ("2/3"), a link that names a place: the area may be set there."""
    out = []
    for m in THREAD_MARK.finditer(folded) if "/" in folded else ():
        mark = m.group(1) or m.group(2)
        if not mark.startswith("1/"):
            out.append(f"fil : {mark}")
    for m in URL.finditer(text) if "http" in text or "www" in text else ():
        # "…/resultats-presidentielle-lille", the Ministry's page of a commune ("/059/059350");
        # a shortener's path ("t.co/Corse") is random letters
        if SHORTENER.search(m.group()):
            continue
        words = re.sub(r"[\W\d_]+", " ", m.group()).title()
        local = (
            RESULTS_PAGE.search(m.group()) is not None
            or REGIONAL_PRESS.search(m.group()) is not None
            or lexicon.town_inside(m.group())
        )
        if local or any(t.kind == "place" and t.key != NATIONAL for t in lexicon.scan(words)):
            out.append(f"lieu : {m.group()[:80]}")
    return out


def _round_named(folded: str) -> re.Match[str] | None:
    """The words naming a round ("au premier tour", "runoff"), if the sentence has any."""
    if "tour" not in folded and "round" not in folded and "run" not in folded:
        return None  # a word every match holds: most sentences skip both patterns
    return TOUR1_RE.search(folded) or TOUR2_RE.search(folded)


def _round_said(folded: str) -> bool:
    """True when a sentence says which round its figures are of; not a round named as the one
    a candidate goes through to ("Le Pen 21,3 %, qualifiée pour le second tour", "made the
    runoff", "Duel Macron (24 %) - Le Pen (21,3 %) pour le second tour")."""
    m = _round_named(folded)
    if m is None or PAIRING.search(folded):  # "Second tour : Macron (24 %) face à Le Pen (21 %)"
        return False
    return not (
        QUALIFYING_VERB.search(folded, 0, m.start()) or GOING_TO.search(folded, 0, m.start())
    )


def _asks(folded: str) -> bool:
    """True for a question asked without its mark: "Did Le Pen win", "Macron a-t-il gagné"."""
    return bool(
        QUESTION_START.match(folded) or ("-" in folded and QUESTION_INVERSION.search(folded))
    )


def _agrees(pronoun: str, name: str) -> bool:
    """True unless the pronoun's gender is not the candidate's (by first name)."""
    first = fold(name).split()[0] if name.strip() else ""
    feminine = first in FEMININE_FIRST_NAMES
    said = pronoun.split()[-1]
    return not first or (said in ("elle", "she")) == feminine


def _tag_round(tag: str) -> int:
    """The round a hashtag names ("#1erTour", "#T2"), or 0."""
    for part in fold(tag).split("_"):  # "#Presidentielle2017_T2"
        m = ROUND_TAG.search(part)
        if m is not None:
            return 1 if m.group("one") else 2
    return 0


def _other_elections(folded: str, lexicon: Lexicon) -> list[str]:
    """Kinds of election a post names that are not the one judged ("à la primaire" on the
    night of a presidential election): their figures are not these."""
    own = _election_kinds(lexicon.election_name)
    return [
        f"autre élection : {m.group().strip()}"
        for m in ELECTION_KIND.finditer(folded)
        if _election_kind(m.group()) not in own
    ]


@functools.cache
def _election_kinds(name: str) -> frozenset[str]:
    """The kinds of election a name says ("Primaire citoyenne 2011": the primary)."""
    return frozenset(_election_kind(m.group()) for m in ELECTION_KIND.finditer(fold(name)))


def _election_kind(words: str) -> str:
    """The kind an election word names: its first four letters say it in both languages."""
    stem = words[:4]
    return SAME_KIND.get(stem, stem)


SAME_KIND = {"parl": "legi", "cant": "depa"}  # "parliamentary" elections are the législatives


def _other_days(folded: str, lexicon: Lexicon, round: int) -> list[str]:
    """Years and days of a post that are not the judged round's: another election, another round.

    "Royal 60 % (2006)", "#Presidentielle2012", "Macron wins on May 7" on the night of 23 April.
    """
    own = lexicon.round_dates[round - 1] if 0 < round <= len(lexicon.round_dates) else ""
    said = {m.group()[-4:] for m in OTHER_YEAR.finditer(folded)}  # "in 2002": worded already
    out = [
        f"autre élection : {m.group()}"
        for m in YEAR_ANY.finditer(folded)
        if m.group() != own[:4] and m.group() not in said
    ]
    for m in DAY_OF_MONTH.finditer(folded) if DIGIT.search(folded) else ():
        day = int(m.group(1) or m.group(4))
        month = MONTHS[m.group(2) or m.group(3)]
        if not own or (int(own[5:7]), int(own[8:10])) != (month, day):
            out.append(f"autre élection : {m.group().strip()}")
    for m in _numeric_dates(folded):
        day = int(m.group("d") or m.group("d2") or m.group("d3"))
        month = int(m.group("m") or m.group("m2") or m.group("m3"))
        if not own or (int(own[5:7]), int(own[8:10])) != (month, day):
            out.append(f"autre élection : {m.group()}")
    return out


# After a tag, words on its line, whatever stands between: it may be their subject.
TAG_THEN_WORDS = re.compile(r"[^\w\n#@]*\w")  # "#Macron2017 : en tête", "#JLM2017 🔥 2e"
# "@JLMelenchon Mélenchon 19,6 %": addressed; not "@FrancoisFillon : 20 %", said of him.
REPLY_HANDLES = re.compile(r"^(?:\s*@\w+)+(?=\s+\w)")


def _tags_as_subjects(text: str, lexicon: Lexicon) -> list[str]:
    """Tags and handles of a candidate or camp followed by words: "#JLM2017 en tête",
    "@MLP_officiel 21,3 %". The names the claims read are the others'; never the tag's."""
    if "#" not in text and "@" not in text:
        return []
    addressed = REPLY_HANDLES.match(text)
    start = addressed.end() if addressed else 0
    out = []
    for m in itertools.chain(HASHTAG.finditer(text, start), HANDLE.finditer(text, start)):
        if not TAG_THEN_WORDS.match(text, m.end()):
            continue
        body = m.group().lstrip("#@")
        phrase = " ".join(p for p in TAG_PART.findall(body.replace("_", " ")) if not p.isdigit())
        named = itertools.chain(lexicon.scan(m.group()), lexicon.scan(phrase))
        if fold(body) in CAMP_TAGS or any(t.kind == "candidate" for t in named):
            out.append(m.group())
    return out


def _numeric_dates(folded: str) -> list[re.Match[str]]:
    """Days written in figures ("23/04"), not fractions of the count ("dans 9/10 des bureaux")."""
    if "/" not in folded and "-" not in folded:
        return []
    return [
        m
        for m in NUMERIC_DATE.finditer(folded)
        if not FRACTION_BEFORE.search(folded, max(0, m.start() - 8), m.start())
    ]


def _tag_doubts(text: str, lexicon: Lexicon, round: int) -> list[str]:
    """Hashtags that may change what a post asserts: made of any word but names and known words.

    "#Presidentielle2017", "#Fillon2017", "#LePen" only tag the post; "#MonProno", "#not",
    "#OnPeutRêver", "#Dépouillement" or a bare "#2022" say something of it.
    """
    out: list[str] = []
    if "#" not in text:
        return out
    named_places: set[str] | None = None  # the post's own places, read once a tag names one
    for m in HASHTAG.finditer(text):
        if fold(m.group(1)) in CAMP_TAGS:
            continue
        words = [p for p in TAG_PART.findall(m.group(1)) if not p.isdigit()]
        phrase = " ".join(words)
        folded = fold(phrase)
        plain = set(folded.split())
        other_round = _tag_round(m.group(1)) not in (0, round)
        if (
            plain
            and not other_round
            and all(w in KNOWN and w not in WORDS_THAT_MATTER_IN_TAGS for w in plain)
        ):
            continue  # "#Presidentielle2017", "#FrenchElection": known words only, no lookup
        found = lexicon.scan(phrase, folded)
        if named_places is None and any(t.kind == "place" for t in found):
            # A tag naming the place the post names ("Corsica: Fillon first #Corse") adds no
            # reading.
            untagged = blank(text, [t.span() for t in HASHTAG.finditer(text)])
            named_places = {
                key
                for t in lexicon.scan(untagged)
                if t.kind == "place"
                for key in (t.key, *t.alternatives)
            }
        if (
            any(t.kind == "place" and t.key not in (named_places or ()) for t in found)
            or other_round
            or AREA_TAG_WORDS & plain
        ):
            out.append("#" + m.group(1))  # "#HautsDeFrance", "#1erTour" on round-2 night
            continue
        if any(t.kind == "candidate" for t in found) and CLAIM_WORDS.search(folded):
            out.append("#" + m.group(1))  # "#FillonQualifié", "#MacronVainqueur": a claim too
            continue
        names = [(t.start, t.end) for t in found if t.kind in ("candidate", "place")]
        names += [t.span() for t in MEASURE_WORDS.finditer(folded)]
        names += [t.span() for t in ORDINAL_TAG.finditer(folded)]
        left = [
            w
            for w in WORD.findall(blank(folded, names))
            if w not in KNOWN or w in WORDS_THAT_MATTER_IN_TAGS
        ]
        if not words or left:
            out.append("#" + m.group(1))
    return out


def _places_listed(
    sentences: list[tuple[str, str]], lexicon: Lexicon, asks: bool
) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each sentence with its answer, a list of one candidate's figures by place cut into one
    clause per place, each with the places of the whole list.

    Never in a post that asks something: an answer ("? Oui.") would cover the last clause only.
    """
    out = []
    for raw, answer in sentences:
        parts, listed = ([raw], ()) if answer or asks else figures_by_place(raw, lexicon)
        out += [(part, answer, listed) for part in parts]
    return out


def _reposted(text: str, lexicon: Lexicon) -> str:
    """The original's words of a repost ("RT @x: Macron en tête à Paris"): its claim is theirs.

    Not when the next sentence answers it at once ("RT @x: Fillon devant Le Pen !! → c'est
    faux"): a rumour quoted to debunk it (`_with_answers`); nor when the account reposted is
    named after a place ("RT @LyonActu: Macron 30,3 %"), whose figures they may be, or is a
    pollster's.
    """
    m = RETWEET_PREFIX.match(text)
    if m is None or _handles_name_a_place(m.group(), lexicon) or POLLSTER.search(fold(m.group())):
        return text  # "RT @ipsos: Le Pen 23 %": a poll's estimate, kept as the pollster's
    raws = split_sentences(text)
    if len(raws) > 1 and DEBUNK_RE.match(fold(raws[1])):
        return text
    return text[m.end() :]


def _handles_name_a_place(prefix: str, lexicon: Lexicon) -> bool:
    """True when a handle of a repost's prefix holds a place's name: a large town, a département
    or a région in its letters ("@lyonmag", "@LaVoixDuNord"), or any place of the gazetteer
    among its words ("@FrancaisDeWashington", "@Lille_Actu")."""
    for handle in HANDLE_IN_PREFIX.findall(prefix):
        if lexicon.town_inside(handle):
            return True
        words = CAMEL_PART.findall(handle.replace("_", " "))
        runs = {
            " ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
        }
        if any(m.kind == "place" and m.key != NATIONAL for r in runs for m in lexicon.scan(r)):
            return True
    return False


def _with_answers(raws: list[str]) -> list[tuple[str, str]]:
    """Sentences, each with the question or quoted rumour the next one answers merged into it.

    "Asselineau devant Poutou ? Non : 0,9 % contre 1,1 %" is read as one sentence whose answer
    ("no" or "yes") says what the author asserts of the question before it.
    """
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(raws):
        raw = raws[i]
        nxt = fold(raws[i + 1]) if i + 1 < len(raws) else ""
        asked = raw.rstrip().endswith("?") or QUOTED_RUMOUR.match(fold(raw))
        m = (ANSWER_RE if raw.rstrip().endswith("?") else DEBUNK_RE).match(nxt) if asked else None
        if m is None:
            out.append((raw, ""))
            i += 1
            continue
        quoted = QUOTED_RUMOUR.match(fold(raw))
        head = raw[quoted.end() :] if quoted else raw  # the rumour itself, without who says it
        head = head.rstrip()[:-1] if head.rstrip().endswith("?") else head
        out.append((f"{head} | {raws[i + 1][m.end() :]}", "no" if m.group("no") else "yes"))
        i += 2
    return out


def _figure_after_two_places(s: _Sentence) -> list[str]:
    """ "en tête à Marseille et à Lille avec 29,9 %": the figure of the last place, or of both?"""
    places = [p for p in s.places if p.kind == "place"]
    out = []
    for a, b in itertools.pairwise(places):
        # The figures of the clause after the second place, up to the next name.
        until = min((c.start for c in s.cands if c.start >= b.end), default=len(s.folded))
        if (
            a.key != b.key
            and PLACES_JOINED.fullmatch(s.folded, a.end, b.start)
            and any(b.end <= n.start < until for n in s.numbers)
        ):
            out.append(f"lieu : {s.text[a.start : b.end]}")
    return out


def _plain_question(folded: str, s: _Sentence) -> bool:
    """ "Les résultats ?", "Qui est en tête ?": a question that asks for the count, no more."""
    places = [(p.start, p.end) for p in s.places]
    rest = blank(folded, places + s.noise)
    return (
        not places
        and all(w in QUESTION_WORDS for w in WORD.findall(rest))
        and not any(ch.isdigit() for ch in rest)
    )


def _town_after_its_area(s: _Sentence, lexicon: Lexicon) -> list[str]:
    """ "Nord, Lille : Mélenchon en tête": the town inside its area, or both areas?"""
    places = [p for p in s.places if p.kind == "place"]
    return [
        f"lieu : {s.text[a.start : b.end]}"
        for a, b in itertools.pairwise(places)
        if a.key != b.key
        and "," in s.folded[a.end : b.start]
        and PLACES_JOINED.fullmatch(s.folded, a.end, b.start)
        # any reading of the town: "Dans le Gers, à Montréal" (the consulate reads first)
        and any(lexicon.inside(k, a.key) for k in (b.key, *b.alternatives))
    ]


def _designations(s: _Sentence) -> list[str]:
    """Words standing for a candidate they do not name (outside a candidate's own alias, "la
    candidate du FN", and the primary's name)."""
    named = [(c.start, c.end) for c in s.cands] + s.read_spans  # "à eux deux" after a sum
    named += [m.span() for m in PRIMARY_NAME.finditer(s.folded)]
    return [
        f"désignation : {s.text[m.start() : m.end()].strip(' ,;:')}"
        for m in DESIGNATION.finditer(s.folded)
        if not any(a < m.end() and m.start() < b for a, b in named)
        and not FOR_THEM.search(s.folded, max(0, m.start() - 20), m.start())
    ]


def _answered(
    s: _Sentence, claims: list[Claim], answer: str, doubts: list[str]
) -> tuple[list[Claim], list[str]]:
    """The claims of a question and its answer: a "no" denies each claim of the question."""
    cut = s.folded.find(" | ")
    asked = [c for c in claims if c.anchor < cut]
    named = {cid for c in claims for cid in c.candidates}
    unread = [c for c in s.cands if c.start > cut and c.id not in named]
    if unread:  # "C'est faux, c'est Mélenchon": a name in the answer that no claim reads
        doubts = [*doubts, f"réponse : {s.text[unread[0].start :].strip()[:60]}"]
    pronoun = ANSWER_PRONOUN.search(s.folded, cut)
    if pronoun is not None:  # "elle le devance": which of the question's names is which
        doubts = [*doubts, f"pronom : {pronoun.group()}"]
    if answer == "yes" or not asked:
        return claims, doubts
    if not all(_negatable(c) and not c.negated for c in asked):
        return claims, [*doubts, f"réponse : {s.text[: max(cut, 0)].strip()[:60]}"]
    return [replace(c, negated=True) if c.anchor < cut else c for c in claims], doubts


PER_CENT_ABBREVIATED = re.compile(r"(?<=\d)\s?(?:pct|pc)\b", re.I)


def _read_whole(
    s: _Sentence, claims: list[Claim], *, pronoun_unresolved: bool
) -> tuple[list[Claim], list[str]]:
    """The sentence's claims with their polarity, and what in the sentence was not understood."""
    explained = _explained_spans(s) + s.noise
    negations, words = _left_over(s, explained)
    if claims and (negations or words):
        # The words of the claim types ("en tête", "devant") are looked for only when something
        # is left over: most sentences are read whole without that costly pattern.
        explained += [(m.start(), m.end()) for m in CLAIM_WORDS.finditer(s.folded)]
        negations, words = _left_over(s, explained)
    doubts = [f"mot : {w}" for w in words]
    doubts += [f"chiffre : {s.folded[n.start : n.end].strip()}" for n in _unread_numbers(s, claims)]
    folded = s.folded
    if MEANINGFUL_HINT.search(folded):
        doubts += [f"expression : {m.group()}" for m in MEANINGFUL_PHRASES.finditer(folded)]
    if claims and DESIGNATION_HINT.search(folded):
        doubts += _designations(s)
    if len(s.cands) > 2 and any(
        CHAINED_ORDER.search(folded, a.end, b.start)
        and CHAINED_ORDER.search(folded, b.end, c.start)
        and not SAME_SUBJECT.match(folded, b.end, c.start)
        and a.id != b.id != c.id
        for a, b, c in zip(s.cands, s.cands[1:], s.cands[2:], strict=False)
    ):
        doubts.append(f"ordre : {s.text[s.cands[0].start : s.cands[-1].end]}")
    doubts += _figure_after_two_places(s)
    if len({c.id for c in s.cands}) > 1 and WIN_OR_ORDER.search(folded):
        # "Le Pen l'emporte sur Fillon avec 465 000 voix", "Fillon trails Le Pen with nearly
        # 465,000 votes": her votes, or her margin? Only a count said right after its name is
        # surely that name's ("Le Pen 7 678 491 voix devant Fillon").
        doubts += [
            f"chiffre : {folded[c.anchor : c.anchor + 24].strip()}"
            for c in claims
            if c.type == VOTES and c.measure == CANDIDATE_VOTES and not _said_after_name(s, c)
        ]
    if "rai" in folded and len(CONDITIONAL_VERB.findall(folded)) > 1:
        # "Hamon ferait 10 %, il serait éliminé": a supposition and its outcome, not hearsay
        doubts.append(f"hypothèse : {s.text.strip()[:60]}")
    if len({c.id for c in s.cands}) > 1 and not any(c.measure == SUM for c in claims):
        doubts += [f"expression : {m.group()}" for m in SUM_WORDS.finditer(folded)]
        doubts += [
            f"expression : {s.text[a.start : b.end + 20].strip()}"
            for a, b in itertools.pairwise(s.cands)
            if a.id != b.id
            and NAMES_JOINED.fullmatch(folded, a.end, b.start)
            and NAMES_FIGURE.match(folded, b.end)
            and not BETWEEN_BEFORE.search(folded, max(0, a.start - 12), a.start)
        ]
    if not s.cands:
        doubts += [f"expression : {m.group()}" for m in MEASURE_VERSUS.finditer(s.folded)]
    # "On me dit que Le Pen fait 30 %": hearsay from nobody named, not the author's figure.
    doubts += [f"expression : {m.group()}" for m in ANONYMOUS_HEARSAY.finditer(s.folded)]
    doubts += [f"temps : {m.group()}" for m in EARLIER_TIME.finditer(s.folded)]
    if claims and ("jamais" in s.folded or "never" in s.folded):
        # "Mélenchon n'a jamais fait mieux que Fillon": at no moment of the count, not only
        # at the last one the figures show.
        doubts += [f"temps : {m.group()}" for m in AT_NO_MOMENT.finditer(s.folded)]
    doubts += [f"hypothèse : {m.group()}" for m in WOULD_HAVE.finditer(s.folded)]
    doubts += [
        f"alternative : {s.text[m.start() : m.end() + 20].strip()}"
        for m in ALTERNATIVE_CLAUSE.finditer(s.folded)
    ]
    for c in s.cands:
        if CHEER_BEFORE.search(s.folded, max(0, c.start - 25), c.start):
            doubts.append(f"expression : {s.text[max(0, c.start - 25) : c.end].strip()}")
        if SUPPORTERS_BEFORE.search(s.folded, max(0, c.start - 25), c.start) or (
            SUPPORTERS_AFTER.match(s.folded, c.end)
        ):
            doubts.append(f"population : {s.text[max(0, c.start - 25) : c.end + 12].strip()}")
    doubts += _population_among(s)
    if len({c.id for c in s.cands}) > 1:
        doubts += [
            f"ordre : {s.text[c.start : m.end()].strip()}"
            for c in s.cands
            if (m := ELLIPSIS_AFTER.match(s.folded, c.end)) is not None
            and (m.group().strip() not in ("que", "qu'", "than") or _names_at(s, m.end()))
        ]
    for m in COMPARATIVE.finditer(s.folded) if COMPARATIVE_HINT.search(s.folded) else ():
        # "Fillon fait mieux que Mélenchon avec 19,6 %": whose figure, the subject's or the
        # object's? Only one said right after its name is surely that name's.
        doubts += [
            f"chiffre : {s.folded[c.anchor : c.anchor + 24].strip()}"
            for c in claims
            if c.type in (PERCENTAGE, VOTES) and not _said_after_name(s, c)
        ]
        obj = next((c for c in s.cands if 0 <= c.start - m.end() <= 2), None)
        across = ACROSS_ROUNDS.match(s.folded, m.end())
        if obj is None and across is not None:
            # "Le Pen fait mieux qu'au premier tour": better than herself in another round
            doubts.append(f"tour : {s.text[m.start() : across.end()].strip()}")
        if obj is not None and len(_listed_from(s, obj)) > 1:
            # "fait mieux que Hamon et Mélenchon": than each, or than the two together?
            doubts.append(f"alternative : {s.text[m.start() : obj.end + 12].strip()}")
    if PRONOUN_RE.match(s.folded) and pronoun_unresolved:
        doubts.append("pronom sans candidat")
    if not claims:
        places = [p for p in s.places if p.kind == "place"]
        noise = s.noise
        named = [m for m in (*s.cands, *places) if not _inside(m.start, noise)]
        # A lone "#Hamon" or "@JLMelenchon" says nothing; "Premiers résultats.", "Au second
        # tour.", "Chez les militants." qualify the claims around them, in words known or not.
        if (
            named
            or s.numbers
            or negations
            or s.unresolved
            or s.shouted
            or _qualifies(s.folded, noise)
            # "Pour les militants.": a population for the claims around it; not "Bravo à tous
            # les militants"
            or (POPULATION_HINT.search(s.folded) and POPULATION_AMONG.search(s.folded))
        ):
            doubts.append(f"phrase non lue : {s.text.strip()[:80]}")
        figures = [
            n for n in s.numbers if n.quantity.unit in (PERCENT, VOTES_UNIT, COUNT, POINTS, BARE)
        ]
        if s.cands and (figures or places or RESULT_WORDS.search(s.folded)):
            # A candidate beside a figure, a place or a word of results: a result the reading
            # missed goes to the editors as an unread part rather than vanish as "not a claim".
            cands = tuple(_unique([c.id for c in s.cands]))
            area = places[0].key if places else ""
            unread = Claim(UNREAD, cands, area, s.round, fragment=s.text.strip(), anchor=0)
            return [unread], doubts
        return [], doubts
    doubts += [f"lieu : {u}" for u in s.unresolved]
    first = next((p for p in s.places if p.kind == "place"), None)
    if first is not None and DATELINE_BEFORE.fullmatch(s.folded, 0, first.start):
        # "De Paris : Macron 24 %", "Live from Lille:": where the author writes from, or the
        # place of the figures?
        doubts.append(f"lieu : {s.text[: first.end].strip()}")
    doubts += [f"majuscules : {w}" if w.isupper() else f"mot : {w}" for w in s.shouted]
    if s.qualifiers.time:
        doubts.append(f"heure : {s.qualifiers.time}")
    if s.qualifiers.partial:
        doubts.append(f"compte partiel : {s.qualifiers.partial}")
    used = {a for c in claims for a in (c.area, *c.alternatives, *c.compared)}
    for p in s.places:
        if p.kind == "place" and p.key not in used:
            doubts.append(f"lieu : {s.text[p.start : p.end]}")
    doubts += _unowned_ordinals(s, claims)
    doubts += _unread_candidates(s, claims)
    doubts += [f"quantificateur : {m.group()}" for m in QUANTIFIER.finditer(s.folded)]
    # "Marseille : … Dans la métropole, Le Pen en tête": mainland France, or the city's
    # métropole (whose figures are not published)?
    doubts += [f"lieu : {m.group()}" for m in CITY_METROPOLE.finditer(s.folded)]
    doubts += [f"hypothèse : {m.group()}" for m in COUNTERFACTUAL.finditer(s.folded)]
    doubts += [f"expression : {m.group()}" for m in NOT_THE_CLAIM.finditer(s.folded)]
    if s.round == 1:  # winning the election is round 2's, whatever a first round says
        doubts += [f"élection entière : {m.group()}" for m in WHOLE_ELECTION.finditer(s.folded)]
    elif "winning" in s.folded:  # round 2's night: "winning the runoff" is no lead read
        doubts += [f"expression : {m.group()}" for m in WINNING_RUNOFF.finditer(s.folded)]
    doubts += [
        f"lieu : {m.group(1)}"
        for m in UNKNOWN_PLACE_AFTER.finditer(s.text)
        if not any(p.start <= m.start(1) < p.end for p in s.places)
        and not any(c.start <= m.start(1) < c.end for c in s.cands)
    ]
    doubts += [f"autre élection : {m.group().strip()}" for m in OTHER_YEAR.finditer(s.folded)]
    if s.numbers:
        doubts += [f"ordre : {m.group()}" for m in LOST_TO_RIVAL.finditer(s.folded)]
    for m in ELECTED_RE.finditer(s.folded) if s.round == 2 else ():
        # "Le Pen élue dans le Pas-de-Calais", "élue avec 52 % dans l'Aisne": elected (the
        # nation's), or won it there? "élue présidente du FN", "élue d'Hénin": a title.
        title = ELECTED_TITLE.match(s.folded, m.end())
        president = s.folded.startswith((" president", " presidente"), m.end())
        local = not president and any(p.key != NATIONAL for p in s.places)
        if title or local:
            doubts.append(f"expression : {s.text[m.start() : m.end() + 20].strip()}")
    if s.round == 2 and any(n.quantity.unit == PERCENT for n in s.numbers):
        # "Macron 24 %, qualifié pour le second tour" on its night: the first round's figure
        doubts += [f"tour : {m.group()}" for m in QUALIFIED_WITH.finditer(s.folded)]
    vague = CLOSE_RE.search(s.folded) or FAR_RE.search(s.folded)
    if vague and not any(c.type == GAP for c in claims):
        doubts.append(f"expression : {vague.group()}")  # a margin with no pair to check
    elif vague and not any(
        c.type in (RANK, LEADER) or (c.type == GAP and c.measure == "signed") for c in claims
    ):
        order = ORDER_WORDS.search(s.folded)  # "narrowly over": who is ahead goes unchecked
        if order is not None:
            doubts.append(f"ordre : {order.group()}")
    shares = [c for c in claims if c.type == PERCENTAGE and c.candidates and not c.base]
    if shares and (
        any(c.type == PERCENTAGE and c.base for c in claims) or SHARE_BASE_WORDS.search(s.folded)
    ):
        doubts.append(f"base : {s.text.strip()[:80]}")  # of exprimés, or of the base named?
    if not s.cands:
        doubts += [f"rang : {m.group()}" for m in AREA_RANK.finditer(s.folded)]
    # "Mélenchon 2e à moins de 900 voix": the distance to the one before, or a count?
    doubts += [f"chiffre : {m.group()}" for m in RANK_THEN_COUNT.finditer(s.folded)]
    # "Abstention : plus 2,6 %": a change from another election, or a bound?
    doubts += [f"chiffre : {m.group()}" for m in SIGN_WORD.finditer(s.folded)]
    # "Abstention : 34,1 % des votants", "Exprimés : 75,8 % des inscrits": a base the
    # measure is not read on
    doubts += [f"base : {m.group()}" for m in OTHER_BASE.finditer(s.folded)]
    # "plus que la dernière présidentielle", "more than last election": another election
    doubts += [f"autre élection : {m.group()}" for m in LAST_ELECTION.finditer(s.folded)]
    # "19 500 votes blancs" for 19,514: to the hundred, or exact? A count ending in two zeros.
    doubts += [
        f"chiffre : {s.folded[n.num_start : n.end].strip()}"
        for n in s.numbers
        if n.quantity.unit in (VOTES_UNIT, COUNT, BARE)
        and n.quantity.bound == EXACT
        and _hundreds(n.quantity.value)
    ]
    doubts += [f"compte partiel : {m.group()}" for m in PARTIAL_SHARE.finditer(s.folded)]
    doubts += [f"compte partiel : {m.group()}" for m in PARTIAL_MORE.finditer(s.folded)]

    # "devant les 21,3 % obtenus par Le Pen": the figure is the name's after "par", whoever
    # stands before it; "Fillon 20 %, Mélenchon 19,6 % : Fillon devant": first, or first of two?
    if " par " in s.folded or " by " in s.folded:
        doubts += [f"chiffre : {m.group()}" for m in FIGURE_BY.finditer(s.folded)]
        for m in AHEAD_RE.finditer(s.folded):  # "battu, de fait, par Fillon": who beat whom?
            obj = next((c for c in s.cands if 0 <= c.start - m.end() < 60), None)
            if obj is not None and _passive(s, m, obj) is None:
                doubts.append(f"expression : {s.text[m.start() : obj.end]}")
    bare = "devant" in s.folded or "lead" in s.folded or "ahead" in s.folded
    for m in BARE_AHEAD.finditer(s.folded) if bare else ():
        subject = _subject_before(s, m.start())
        if subject is not None and ({c.id for c in s.cands} | s.named_before) - {subject.id}:
            doubts.append(f"expression : {s.text[subject.start : m.end()]}")
    if len({c.id for c in s.cands} | s.named_before) > 1:
        doubts += [f"ordre : {w}" for w in _order_without_object(s)]
    if negations:
        claims, negation_doubt = _polarity(s, claims, negations)
        doubts += negation_doubt
    return claims, doubts


def _names_at(s: _Sentence, pos: int) -> bool:
    """True when a candidate's name starts at a position ("… et Macron que Le Pen")."""
    return any(c.start == pos for c in s.cands)


def _population_among(s: _Sentence) -> list[str]:
    """ "parmi les militants", "among Socialist voters": a population the authority does not
    publish; never a place's whole electorate ("parmi les électeurs de Marseille")."""
    out = []
    for m in POPULATION_AMONG.finditer(s.folded) if POPULATION_HINT.search(s.folded) else ():
        whole = m.group("n") in ("electeurs", "electrices", "voters", "electorat", "electorate")
        # "parmi les électeurs PS", "… qui votent PS": a party's initials, a clause after it
        whole = whole and not ACRONYM_AFTER.match(s.text, m.end("n"))
        whole = whole and not RELATIVE_AFTER.match(s.folded, m.end("n"))
        after = m.group("after")
        # "parmi les électeurs de Marseille", a place's whole electorate; not "de Montebourg",
        # "de Peillon": villages, and politicians' names
        placed = after is not None and any(
            m.start("after") <= p.start < m.end() and p.level != "commune" for p in s.places
        )
        if whole and m.group("q").strip() in WHOLE_ELECTORATE and (after is None or placed):
            continue
        out.append(f"population : {s.text[m.start() : m.end()].strip()}")
    return out


def _order_without_object(s: _Sentence) -> list[str]:
    """Words of order whose object is no candidate ("Macron derrière", "Le Pen en retard dans
    le Nord : 28 % contre 21 %"), and a word of order between two names and their figures
    ("Macron 24 % après Le Pen 21 %", "Mélenchon (21.3%) over Le Pen"): who is ahead of whom is
    said, and not read."""
    out = []
    for m in DIRECTION_WORD.finditer(s.folded):
        nxt = next((c for c in s.cands if c.start >= m.end()), None)
        if nxt is not None and (
            OBJECT_GAP.fullmatch(s.folded, m.end(), nxt.start)
            or BY_BEFORE.search(s.folded, m.end(), nxt.start)  # a passive's agent, read apart
        ):
            continue
        out.append(m.group())
    for a, b in zip(s.cands, s.cands[1:], strict=False):
        between = ORDER_BETWEEN.fullmatch(s.folded, a.end, b.start)
        if between is not None:
            out.append(between.group("word"))
    return out


def _unread_candidates(s: _Sentence, claims: list[Claim]) -> list[str]:
    """Names no claim reads ("Macron 24 %, Le Pen aussi"), and names offered as alternatives."""
    named = {cid for c in claims for cid in c.candidates} | s.implied
    noise = s.noise
    lead = any(c.type == LEADER and not c.negated for c in claims)
    out = [
        f"candidat non lu : {s.text[c.start : c.end]}"
        for c in s.cands
        # "Macron l'emporte face à la présidente du FN": the one a winner beat is read
        if c.id not in named and not _inside(c.start, noise) and not _beaten(s, c, lead)
    ]
    for a, b in zip(s.cands, s.cands[1:], strict=False):
        if (
            a.id != b.id
            and EITHER_OR.fullmatch(s.folded, a.end, b.start)
            and not any(c.measure == SUM and a.id in c.candidates for c in claims)
        ):
            out.append(f"alternative : {s.text[a.start : b.end]}")  # "Macron ou Le Pen en tête"
    return out


def _qualifies(folded: str, noise: list[tuple[int, int]]) -> bool:
    """True for a sentence without a claim that qualifies the claims around it."""
    return any(w in QUALIFIER_WORDS for w in WORD.findall(blank(folded, noise)))


def _beaten(s: _Sentence, c: _Cand, lead: bool) -> bool:
    """True for the one a winner beat in a duel ("Macron l'emporte face à Le Pen").

    In a first round "Fillon l'emporte face à Mélenchon" may say who won or only who of the two
    did better, and "Macron et Fillon en tête", "et Fillon aussi" name a second leader.
    """
    return c.is_object and lead and s.round == 2 and not AND_BEFORE.search(s.folded, 0, c.start)


def _unowned_ordinals(s: _Sentence, claims: list[Claim]) -> list[str]:
    """Rank words no claim reads: "beats Mélenchon for fourth place" must not pass unread."""
    anchors = {c.anchor for c in claims if c.type in (RANK, LEADER)}
    out = []
    for m in s.ordinals:
        if m.start() in anchors or ORDINAL_BLOCK.match(s.folded[m.end() :]):
            continue
        if not any(p.start <= m.start() < p.end for p in s.places):  # "Lyon 1er"
            out.append(f"rang : {m.group()}")
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when a position lies in one of the spans."""
    return any(a <= pos < b for a, b in spans)


def _polarity(
    s: _Sentence, claims: list[Claim], negations: list[re.Match[str]]
) -> tuple[list[Claim], list[str]]:
    """A negation that plainly denies the one claim of its clause flips it; any other is a doubt.

    "Le Pen n'a pas gagné les Ardennes : Macron l'emporte" denies the first claim only.
    """
    denials = [m for m in negations if m.group() not in ("ne", "n'")]
    words = ", ".join(m.group() for m in negations)
    both = NEITHER_NOR.search(s.folded)
    if both is not None and all(both.start() <= m.start() < both.end() for m in negations):
        # "Neither Fillon nor Mélenchon made the runoff": each claim named inside is denied.
        named = [c for c in claims if _names_inside(s, c, both)]
        inside = {c.id for c in s.cands if both.start() <= c.start < both.end()}
        covered = {cid for c in claims for cid in c.candidates}
        if (
            named
            and len(named) == len(claims)
            and inside <= covered  # every candidate it names is denied something
            and all(_negatable(c) for c in claims)
        ):
            return [replace(c, negated=True) for c in claims], []
    if not denials:
        return claims, [f"négation : {words}"]
    if len(claims) == 1 and len(denials) == 1:
        flipped = _denied_claim(s, claims[0], negations, denials[0])
        return ([flipped], []) if flipped is not None else (claims, [f"négation : {words}"])
    out = list(claims)
    seen: set[int] = set()
    for denial in denials:
        start, end = _clause_of(s.folded, denial.start(), POLARITY_BREAK)
        inside = [i for i, c in enumerate(claims) if start <= c.anchor < end]
        if len(inside) != 1 or inside[0] in seen:
            return claims, [f"négation : {words}"]
        i = inside[0]
        seen.add(i)
        flipped = _denied_claim(s, claims[i], negations, denial)
        if flipped is None:
            return claims, [f"négation : {words}"]
        out[i] = flipped
    return out, []


# A fake named and called one: "La capture qui circule avec Fillon en tête est un faux", "That
# screenshot of Fillon qualified is FAKE". The claim between is what the author denies.
DEBUNKED_PICTURE = re.compile(
    r"^\W*(?:(?:faux|fake|intox|infox)\s*[:!.,-]+\s*)?"
    r"(?P<open>(?:la|une|cette|le|ce|un|that|the|this)\s+(?:capture(?: d'ecran)?|image|photo|"
    r"tableau|graphique|infographie|visuel|screenshot|picture|chart|graphic|table)\s+"
    r"(?:(?:qui|that|which) (?:circule|tourne|is going round|is circulating|"
    r"circulates)(?: (?:sur|on) \w+)?\s+)?"
    r"(?:avec|donnant|qui donne|montrant|qui montre|ou|of|showing|with|that shows|giving)\s+)"
    r"(?P<claim>[^.;!?]+?)"
    r"(?P<close>\s+(?:est|is)\s+(?:un |une |a )?(?:faux|fake|intox|fausse|bidon|false|a hoax|"
    r"hoax|doctored|fabricated)\b(?:\s+(?:evidemment|bien sur|obviously|of course))?)"
)
# "FAUX :", "Fake news alert:" before the author's own denial, with its "non": "Faux : non, Le
# Pen n'a pas gagné". Without it, even in a reply, what follows may be the rumour debunked, as a
# fact-check's rating and title word it ("@x FAUX : Le Pen n'est pas qualifiée"; runs 53, 54).
DEBUNK_OPENER = re.compile(
    r"^\W*(?:(?:@\w+\s+)+|(?:rt\s+)?)(?:faux|fake|intox|infox|hoax|false|"
    r"fake news(?: alert)?|fake screenshot(?: alert)?)\s*[:!.,-]+\s*"
    r"(?P<no>(?:non|no|nope)\s*[,:!.-]+\s*)?"
)
# What a debunk asks of its readers ("ne relayez pas", "stop sharing this"), and what it says
# of the figure it denies ("le chiffre qui tourne est faux").
RELAY_PLEA = re.compile(
    r"\b(?:ne (?:le |la |les )?(?:relayez|partagez) pas|arretez de (?:le |la |les )?"
    r"(?:partager|relayer)(?: svp| s'il vous plait)?|stop sharing(?: this| it)?|"
    r"(?:do not|don't) share(?: this| it)?|le chiffre qui (?:tourne|circule) est faux)\b"
)
FIGURE_TYPES = frozenset((PERCENTAGE, VOTES, GAP, TURNOUT))
DEBUNK_HINT = re.compile(r"faux|fake|intox|infox|hoax|false|bidon|doctored|fabricated")


def _debunked(s: _Sentence, claims: list[Claim]) -> list[Claim]:
    """A debunk's claims as the author asserts them: the one claim of a fake picture denied;
    the opener ("FAUX :") and the plea to stop sharing read when the author denies something."""
    pleas = [p.span() for p in RELAY_PLEA.finditer(s.folded)]
    m = DEBUNKED_PICTURE.match(s.folded)
    if m is not None:
        inside = [c for c in claims if m.start("claim") <= c.anchor < m.end("claim")]
        if len(inside) != 1 or not _negatable(inside[0]) or inside[0].negated:
            return claims  # "Fillon 24 % Macron 21 %" is a fake: which of the two is false?
        if NEGATION.search(s.folded, m.start("claim"), m.end("claim")):
            return claims  # "la capture où Fillon n'est pas qualifié": denied twice, unread
        if WORD.search(blank(s.folded, pleas), m.end("close")):
            # "… est un faux, paraît-il", "… selon le FN", "… : Fillon 28 %": hearsay, another's
            # debunk, or the fake's own figures after it
            return claims
        claims = [replace(c, negated=True) if c is inside[0] else c for c in claims]
        s.read_spans += [(0, m.end("open")), m.span("close")]
    opener = DEBUNK_OPENER.match(s.folded)
    denies = (
        opener is not None
        and opener.group("no")
        and NEGATION.search(blank(s.folded, pleas), opener.end())
    )
    if m is None and not denies:
        return claims
    if opener is not None:
        # "Faux :" is also a village's name, set off as a place would be: the word only when
        # the sentence names its place ("Faux : Fillon n'est pas en tête" may be the village's)
        said = set(WORD.findall(opener.group()))
        village = [w for w in s.shouted if fold(w) in said]
        if village and m is None and not any(p.kind == "place" for p in s.places):
            return claims
        s.read_spans.append(opener.span())
        s.shouted = [w for w in s.shouted if w not in village]
    s.read_spans += pleas
    return claims


def _negatable(claim: Claim) -> bool:
    """True for claims whose opposite is a claim too: a rank, a lead, a bound."""
    return claim.type in (LEADER, RANK, QUALIFICATION) or (
        isinstance(claim.value, Quantity) and claim.value.bound in (ABOVE, BELOW)
    )


def _names_inside(s: _Sentence, claim: Claim, span: re.Match[str]) -> bool:
    """True when every candidate of the claim is named inside the span."""
    inside = {c.id for c in s.cands if span.start() <= c.start < span.end()}
    return bool(claim.candidates) and set(claim.candidates) <= inside


def _denied_claim(
    s: _Sentence, claim: Claim, negations: list[re.Match[str]], denial: re.Match[str]
) -> Claim | None:
    """The claim flipped by a denial that plainly bears on it, or None."""
    between = s.folded[denial.end() : max(denial.end(), claim.anchor)]
    plain = (
        denial.start() < claim.anchor
        and len(between) <= 30
        and not any(denial.end() <= c.start < claim.anchor for c in s.cands)
    ) or _brackets_the_verb(s, claim.anchor, negations, denial)
    if not ((_negatable(claim) or claim.anchor in s.restated) and plain):
        return None
    return replace(claim, negated=True)


def _brackets_the_verb(
    s: _Sentence, anchor: int, negations: list[re.Match[str]], denial: re.Match[str]
) -> bool:
    """ "Fillon ne devance pas Hamon": "ne ... pas" around the one word the claim is read from."""
    ne = [m for m in negations if m.group() in ("ne", "n'") and m.end() <= anchor]
    verb = s.folded[anchor : denial.start()]
    return bool(ne) and not s.folded[ne[-1].end() : anchor].strip() and VERB_ONLY.fullmatch(verb)


def _left_over(
    s: _Sentence, explained: list[tuple[int, int]]
) -> tuple[list[re.Match[str]], list[str]]:
    """The negations and the unknown words of a sentence once the explained spans are blanked."""
    rest = blank(s.folded, explained)
    # the post's own first word after any reply handle, not one that
    opening = LEADING_INTERJECTION.match(blank(s.folded, s.noise) if s.noise else s.folded)
    if opening is not None:  # blanking names left first ("Le Pen non qualifiée")
        rest = rest[: opening.start()] + " " * len(opening.group()) + rest[opening.end() :]
    words = [w for w in unknown_words(rest) if not NEGATION.fullmatch(w) and w != "n"]
    return list(NEGATION.finditer(rest)), words


def _explained_spans(s: _Sentence) -> list[tuple[int, int]]:
    """Spans of a sentence that the reading accounts for."""
    spans = [(c.start, c.end) for c in s.cands]
    spans += [(p.start, p.end) for p in s.places]
    for p in s.places:
        before = LEVEL_BEFORE.search(s.folded, max(0, p.start - 30), p.start)
        if before is not None:
            spans.append((before.start(), p.start))
        after = LEVEL_AFTER.match(s.folded, p.end)
        if after is not None:
            spans.append((p.end, after.end()))
    spans += [(n.start, n.end) for n in s.numbers]
    spans += s.qualifier_spans + s.read_spans
    spans += _level_said_again(s)
    if APPOSITION_HINT.search(s.folded):
        spans += _appositions(s)
    if ("surpri" in s.folded or "quand meme" in s.folded) and not SUPPOSED.search(s.folded):
        spans += [m.span() for m in FEELING.finditer(s.folded)]
    if " y " in s.folded:
        spans += _place_said_again(s)
    spans += _restrictive_only(s.folded)
    if "il y " in s.folded or "there " in s.folded:  # in every match
        spans += [(m.start(), m.end()) for m in EXISTENTIAL.finditer(s.folded)]
    if HARMLESS_HINT.search(s.folded):
        spans += [(m.start(), m.end()) for m in HARMLESS_PHRASES.finditer(s.folded)]
    m = s.source
    if m is not None:
        for w in SOURCE_WORD.finditer(s.text, m.start(1), m.end(1)):
            word = w.group()
            if fold(word) in SOURCE_WORDS or fold(word) in MEDIA or word[0] in "@#":
                spans.append((w.start(), w.end()))
    return spans


# Who a place belongs to, set off after its name: "Hénin-Beaumont, fief de Briois", "Corrèze,
# Hollande's home turf", "the Sarthe, his home turf". It says whose place it is, never which
# part or which voters. Not "terre de", "pays de", "ville de": a land's name follows them as
# often as a man's ("en Gironde, pays du Médoc", "le Nord, terre de Flandre"; run 54).
APPOSITION = re.compile(
    r"\s*,\s*(?:(?:(?:le|son|the)\s+)?(?:fief|bastion)\s+"
    r"(?:de\s+|d'|du\s+)(?P<name>[\w-]+(?:\s+[\w-]+)?)"
    r"|(?P<owner>[\w-]+(?:\s+[\w-]+)?)'s\s+(?:home turf|stronghold|heartland|hometown|home town|"
    r"backyard|fief|bastion)"
    r"|(?:his|her|their|son|sa)\s+(?:home turf|stronghold|heartland|hometown|home town|backyard|"
    r"fief|bastion))(?=\s*(?:[,:.;!)]|$))"
)
APPOSITION_HINT = re.compile(r"fief|bastion|'s|stronghold|home|heartland|backyard")


def _appositions(s: _Sentence) -> list[tuple[int, int]]:
    """Spans of the owners named after a place ("Corrèze, fief de Hollande"): a capitalised
    name, neither a candidate's nor a place's, and no figure."""
    out = []
    for p in s.places:
        m = APPOSITION.match(s.folded, p.end) if p.kind == "place" else None
        if m is None:
            continue
        group = "name" if m.group("name") else "owner" if m.group("owner") else ""
        if group and not all(
            w[:1].isupper() for w in s.text[m.start(group) : m.end(group)].split()
        ):
            continue  # "fief de gauche": no name of whose place it is
        if any(m.start() <= x.start < m.end() for x in (*s.cands, *s.places, *s.numbers)):
            continue  # "la ville de Fillon", "fief de Lyon": a name the claims read
        out.append(m.span())
    return out


def _level_said_again(s: _Sentence) -> list[tuple[int, int]]:
    """Spans of "le département", "the city" that say again the level of every place of the
    sentence, each read one way (a homonym's other readings may be of another level)."""
    places = [p for p in s.places if p.kind == "place"]
    if not places or any(p.alternatives for p in places) or not LEVEL_HINT.search(s.folded):
        return []
    return [
        m.span(1)
        for m in LEVEL_SAID_AGAIN.finditer(s.folded)
        if all(p.level in LEVEL_OF_WORD[m.group(1)] for p in places)
    ]


OVER_RIVAL = re.compile(r"\s+(?:sur|over)\s+")
WIN_OR_ORDER = re.compile(
    ORDER_WORDS.pattern
    + "|"
    + AHEAD_RE.pattern
    + r"|\b(?:l'emport\w*|emport\w*|surclass\w*|ecras\w*|trails?|trailing|behind|derriere|tops?|"
    r"topped|on top of)\b"
)


def _said_after_name(s: _Sentence, claim: Claim) -> bool:
    """True when a votes claim's figure follows its candidate's name at once ("Le Pen : 7,7
    millions")."""
    return any(
        c.id in claim.candidates
        and 0 <= claim.anchor - c.end <= 24
        and NAME_THEN_COUNT.fullmatch(s.folded, c.end, claim.anchor)
        for c in s.cands
    )


# Between a name and its count: nothing, or its rank ("Royal 3e avec 45 voix", "Montebourg (42)").
NAME_THEN_COUNT = re.compile(
    r"[\s:,(]*(?:(?:\d{1,2}(?:e|er|ere|eme|nd|rd|th|st)|premiere?|deuxieme|troisieme|second)"
    r"[\s,]+(?:avec|with)\s+)?"
)


# A capitalised word or two opening a sentence right before a figure: "Nice 26 %", "Beaux 24 %"
OPENER_BEFORE_FIGURE = re.compile(r"\s*([A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?)\s+\d")
CONDITIONAL_VERB = re.compile(r"\b[a-z]{2,}(?:rait|raient)\b")
# "la surprise du soir", "surprising", "l'emporte quand même": how the author feels about the
# figures, unless the sentence supposes them ("la surprise serait que…", "quand même Hamon
# ferait 10 %" is "even if").
FEELING = re.compile(r"\bsurpri(?:se|ses|sing|sed)\b|\bsurprenante?s?\b|\bquand meme\b")
SUPPOSED = re.compile(r"\b[a-z]{2,}(?:rait|raient)\b|\b(?:would|could|might|if|si|s'il|s'ils)\b")


def _place_said_again(s: _Sentence) -> list[tuple[int, int]]:
    """ "Le Pen ne gagne pas l'Aude : Macron y fait 55 %": "y" after the sentence's one place,
    read one way, is that place."""
    places = [p for p in s.places if p.kind == "place"]
    if len(places) != 1 or places[0].alternatives:
        return []
    return [m.span() for m in PLACE_PRONOUN.finditer(s.folded, places[0].end)]


PLACE_PRONOUN = re.compile(r"(?<=\s)y(?=\s)")
LEVEL_HINT = re.compile(r"departement|department|region|ville|city|town|commune|arrondissement")
# "Hamon ne fait que 6 %", "Macron ne devance Le Pen que de 724 voix", "n'est qu'à 19,6 %": "ne …
# que" before a figure says "only", not "not" (none of "pas", "plus", "jamais" between).
RESTRICTIVE_ONLY = re.compile(
    r"\b(?:ne\s+|n')(?:(?!pas\b|plus\b|jamais\b|guere\b|point\b|rien\b|personne\b|aucun)"
    r"[a-z'-]+\s+){1,4}?(qu(?:e\s+|'))(?:(?:de\s+|d'|a\s+)?(?=\d)|"
    # "qu'avec 335 voix d'avance": a margin said as one; "ne devance Fillon qu'avec 21 voix"
    # may give the margin or the votes, and stays unread
    r"avec\s+(?=\d[\d .,]*\s*(?:voix|votes|points?|pts)\s+d'(?:avance|ecart)))"
)


def _restrictive_only(folded: str) -> list[tuple[int, int]]:
    """Spans of the "ne" and the "que" of "ne … que" before a figure (only, not a negation)."""
    if "qu" not in folded:
        return []
    spans = []
    for m in RESTRICTIVE_ONLY.finditer(folded):
        ne_end = m.start() + (3 if folded.startswith("ne", m.start()) else 2)
        spans += [(m.start(), ne_end), m.span(1)]
    return spans


def _corrected_figures(s: _Sentence, claims: list[Claim]) -> list[Claim]:
    """The claims with the figure of a correction read as denied: "Mélenchon fait 26,8 % en
    Ariège, pas 32", "Le Pen is 2nd in Paris, not 5th" (the figure after "pas" ends the sentence
    and denies the claim before it at that figure; a claim read from that figure goes).

    Only where the two figures cannot both hold: "26,8 %, pas 27" may deny a rounding, not the
    figure, and stays unread.
    """
    if not claims or not CORRECTION_HINT.search(s.folded) or len({c.id for c in s.cands}) > 1:
        return claims  # "Macron 24 %, Le Pen 21,3 %, pas 25": whose figure is denied?
    last = s.numbers[-1] if s.numbers else None
    if last is None or not CORRECTION_END.fullmatch(s.folded, last.end):
        return claims
    join = CORRECTION_BEFORE.search(s.folded, max(0, last.start - 20), last.start)
    restate = RESTATED_BEFORE.search(s.folded, max(0, last.start - 20), last.start)
    before = [c for c in claims if 0 <= c.anchor < last.start]
    if (join is None and restate is None) or not before:
        return claims
    claim = max(before, key=lambda c: c.anchor)
    if len({(c.type, c.candidates) for c in claims if c.anchor == claim.anchor}) > 1:
        return claims  # "Macron en tête avec 24 %, pas 20": the share's or the lead's figure?
    if s.folded[_claim_end(s, claim) : (join or restate).start()].strip():
        return claims  # "…dans le Nord, au national, c'est 21,3 %", "; lui, c'est …"
    denied_before = NEGATION.search(s.folded, 0, claim.anchor) is not None
    if join is not None and denied_before:
        return claims  # "Mélenchon n'est pas 3e, pas 4e": a second denial, not a correction
    if join is None and (claim.type not in (PERCENTAGE, VOTES, TURNOUT) or not denied_before):
        return claims  # "Macron fait 24 %, c'est 24,01 %": a restatement, not a correction
    value = _correcting_value(s, claim, last)
    if value is None:
        return claims
    kept = [c for c in claims if not last.start <= c.anchor < last.end]
    if join is not None:
        kind = RANK if claim.type == LEADER else claim.type  # "1er, pas 2e": denied 2nd
        s.read_spans.append((join.start(), last.start))
        return [*kept, replace(claim, type=kind, value=value, negated=True, anchor=last.start)]
    # "Le Pen n'a pas fait 25 %, c'est 30,3 %": the figure said is the claim, the one before
    # it is denied by the negation that precedes it.
    s.read_spans.append((restate.start(), last.start))
    s.restated.add(claim.anchor)
    return [*kept, replace(claim, value=value, anchor=last.start)]


def _claim_end(s: _Sentence, claim: Claim) -> int:
    """Where the words a claim is read from end: its figure, or its place after it."""
    ends = [n.end for n in s.numbers if n.start <= claim.anchor < n.end]
    ends += [p.end for p in s.places if p.start > claim.anchor]
    said = CLAIM_WORDS.match(s.folded, claim.anchor)  # "en tête", "wins"
    ends += [said.end()] if said is not None else []
    return max(ends, default=claim.anchor)


def _corrected_names(s: _Sentence, claims: list[Claim]) -> list[Claim]:
    """The claims with the winner a sentence ends on: "Mélenchon n'est pas en tête, c'est Le
    Pen" (Le Pen leads), "Le Pen won the Var, not Macron" (Macron did not lead there).

    Only for the one lead the sentence claims, and a name that ends the sentence.
    """
    if len({c.id for c in s.cands}) != 2 or not CORRECTED_NAME_HINT.search(s.folded):
        return claims  # "X en tête devant Y, pas Z": not Z first, or not Z second?
    last = s.cands[-1]
    leads = [c for c in claims if c.type == LEADER and c.anchor < last.start]
    if (
        len(leads) != 1
        or last.id in leads[0].candidates
        or any(c.type == LEADER for c in claims if c.anchor >= last.start)
        or not CORRECTION_END.fullmatch(s.folded, last.end)
    ):
        return claims
    claim = leads[0]
    denied_before = NEGATION.search(s.folded, 0, claim.anchor) is not None
    window = max(0, last.start - 24)
    said = RESTATED_BEFORE.search(s.folded, window, last.start)
    denied = CORRECTION_BEFORE.search(s.folded, window, last.start)
    if said is not None and denied_before:
        return [*claims, replace(claim, candidates=(last.id,), anchor=last.start)]
    if denied is not None and not denied_before:
        s.read_spans.append((denied.start(), last.start))
        return [*claims, replace(claim, candidates=(last.id,), negated=True, anchor=last.start)]
    return claims


def _correcting_value(s: _Sentence, claim: Claim, n: NumberMention) -> Quantity | int | None:
    """The figure a correction denies, in the unit of the claim it corrects, when no true value
    could fit both."""
    q = n.quantity
    if any(p.level == "arrondissement" or s.folded[p.start : p.end].isdigit() for p in s.places):
        return None  # "dans le 33, pas 31", "Paris 16e, pas 17e": a place's number, maybe
    if claim.type in (RANK, LEADER):
        rank = claim.value if claim.type == RANK else 1
        return int(q.value) if q.unit == ORDINAL and int(q.value) != rank else None
    if claim.type not in (PERCENTAGE, VOTES, TURNOUT) or claim.base:
        return None  # a gap's sign, a share of another base: left to the editors
    if not isinstance(claim.value, Quantity) or claim.value.bound != EXACT or q.bound != EXACT:
        return None
    unit = claim.value.unit
    if q.unit != unit:
        if q.unit != BARE or unit not in (PERCENT, POINTS) or not RANKS_AT_MOST < q.value <= 100:
            return None  # "Macron 24 %, et pas 1 !": not 1 %, or not first? "pas 30 000": votes
        if SHARE_BASE_WORDS.search(s.folded) or "exprime" in s.folded:
            return None  # "24 % des exprimés, pas 18": of another base, maybe
        digits = s.folded[n.num_start : n.num_end]
        decimals = len(re.split(r"[.,]", digits)[1]) if re.search(r"[.,]\d", digits) else 0
        q = tolerance(q.value, half_unit(q.value, decimals, unit, 1.0), unit, EXACT)
    said = claim.value
    return q if q.misses(said.low, said.high) and said.misses(q.low, q.high) else None


MAN_AFTER = re.compile(r"\s*(?:homme|femme|man|woman)\b")


def _unread_numbers(s: _Sentence, claims: list[Claim]) -> list[NumberMention]:
    """Figures of a sentence that no claim reads: the reading is missing something."""
    anchors = {c.anchor for c in claims}
    named = [(p.start, p.end) for p in s.places]  # "dans le 59" names a place
    out = []
    for n in s.numbers:
        if any(n.start <= a < n.end for a in anchors):
            continue
        if any(a <= n.num_start < b for a, b in named + s.qualifier_spans + s.read_spans):
            continue
        unit, value = n.quantity.unit, n.quantity.value
        after = s.folded[n.end :]
        if unit == ORDINAL and (ORDINAL_BLOCK.match(after) or not claims):
            continue
        if (
            unit == ORDINAL
            and MAN_AFTER.match(after)
            and len({c.candidates for c in claims}) == 1
            and any(c.type == RANK and c.value == value for c in claims)
        ):
            continue  # "Montebourg troisième avec 17 %, le troisième homme c'est lui": again
        if unit == BARE and (YEAR.match(f"{value:g}") or DATE_AFTER.match(after)):
            continue
        if unit in (MONEY, BUREAUX):
            continue
        out.append(n)
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Drop repeated claims ("Je répète…", the same figure twice)."""
    seen: set[tuple] = set()
    out = []
    for c in claims:
        key = (c.type, c.candidates, c.area, c.round, repr(c.value), c.measure)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _read_sentence(
    raw: str, lexicon: Lexicon, lang: str, round: int, last_candidate: str, last_area: str
) -> _Sentence | None:
    """Spell out numbers, fold, and find candidates, places and numbers in one sentence."""
    text = spell_out_numbers(raw, lang)
    folded = fold(text)
    urls, handles, tags = url_spans(folded), handle_spans(folded), hashtag_spans(folded)
    noise = urls + handles + tags
    wrapping = handles + urls
    # "@Nord_Eclair" names a newspaper, not the Nord; a URL's words are no place either.
    mentions = [m for m in lexicon.scan(text, folded) if not _inside(m.start, wrapping)]
    # "EN SOMME, MACRON EN TÊTE", "MA CANDIDATE 30 %", "Cher Macron,": a word or a name?
    shouted = [text[m.start : m.end] for m in mentions if m.shouted]
    mentions = [m for m in mentions if not m.shouted]
    opener = OPENER_BEFORE_FIGURE.match(text)
    if opener is not None and not any(m.start <= opener.start(1) < m.end for m in mentions):
        # "Nice 26 % pour Fillon": the word, or the town of the figure? A town set off ("Nice :
        # 26 %") is read; unset, it is a word not understood rather than no place at all.
        said = opener.group(1)
        if any(p.kind == "place" for p in lexicon.scan(f"{said} :")):
            shouted.append(said)
    cands: list[_Cand] = []
    for m in mentions:
        if m.kind != "candidate":
            continue
        last = cands[-1] if cands else None
        if last is not None and last.id == m.key and not folded[last.end : m.start].strip():
            cands[-1] = replace(last, end=m.end)  # "Marine LePen": one name in two mentions
            continue
        before = folded[max(0, m.start - 40) : m.start]
        cands.append(_Cand(m.key, m.start, m.end, bool(OBJECT_BEFORE.search(before))))
    pronoun = PRONOUN_RE.match(folded)
    if pronoun and last_candidate and (not cands or cands[0].start > pronoun.end()):
        cands.insert(0, _Cand(last_candidate, pronoun.start(), pronoun.end(), False))
    places = [m for m in mentions if m.kind in ("place", "coded")]
    if any(not _inside(p.start, tags) for p in places):
        # "Brittany goes to Macron #Bretagne": the tag repeats the topic, it adds no reading.
        places = [p for p in places if not _inside(p.start, tags)]
    if places:
        measure_words = [(m.start(), m.end()) for m in MEASURE_WORDS.finditer(folded)]
        if measure_words:  # "3,021,499 blank ballots" is no commune called Ballots
            places = [
                m for m in places if not any(a < m.end and m.start < b for a, b in measure_words)
            ]
    keys = {m.key for m in places}
    if {"FE-US", "FE-CA"} <= keys:
        # "aux États-Unis et au Canada" is the 1st constituency of the French abroad
        first = min(m.start for m in places if m.key in ("FE-US", "FE-CA"))
        last = max(m.end for m in places if m.key in ("FE-US", "FE-CA"))
        places = [m for m in places if m.key not in ("FE-US", "FE-CA")]
        places.append(Mention("place", "FE01", first, last, "constituency"))
        places.sort(key=lambda m: m.start)
    for m in FRANCE_HEADING.finditer(folded) if ":" in folded else ():
        # "Montréal 🇫🇷 :" flags the place before it, no heading for the nation
        if not any(
            p.start <= m.start() < p.end
            or (p.end <= m.start() and not folded[p.end : m.start()].strip())
            for p in places
        ):
            places.append(Mention("place", NATIONAL, m.start(), m.end() - 1, "national"))
            places.sort(key=lambda p: p.start)
    # The post's flags, read once: a hint of a country, and the readings they keep.
    flags = [] if raw.isascii() else FLAG_RE.findall(raw)
    countries = _flag_countries(flags, lexicon)
    flag_area = countries[0] if countries else ""
    source = ATTRIBUTION_RE.search(folded)
    sourced: list[str] = []  # "d'après les résultats de Paris": the area, or the source's?
    if source is not None:  # "via la presse suisse": the source's country, not the area
        sourced = [
            text[p.start : p.end] for p in places if source.start(1) <= p.start < source.end(1)
        ]
        places = [p for p in places if not source.start(1) <= p.start < source.end(1)]
    if flag_area and not any(p.kind == "place" for p in places) and source is None:
        places.append(Mention("place", flag_area, len(folded), len(folded), "country"))
    if LOCAL_BUREAU_RE.search(folded):
        places = [
            Mention("place", UNKNOWN_BUREAU, m.start(), m.end(), "bureau")
            for m in LOCAL_BUREAU_RE.finditer(folded)
        ]
    places, hints, unresolved = _narrowed_by_code(places, folded, lexicon, text)
    if flags:
        places, flagged = _narrowed_by_flags(places, countries, len(flags), lexicon, text)
        unresolved += flagged
    # "Nice, Macron at 24%", "Gap: 2.7 pts ahead": the English words, or the towns? "Aix",
    # "Argelès": the village of that name, or the larger town people shorten to it?
    abroad = any(getattr(lexicon.place(p.key), "level", "") in ABROAD_LEVELS for p in places)
    worded = [
        p
        for p in places
        if p.kind == "place"
        and (
            _town_or_word(p, folded)
            or lexicon.shortened(p, folded)
            or _like_abroad(p, folded, lexicon, abroad)
        )
    ]
    unresolved += [text[p.start : p.end] for p in worded]
    places = [p for p in places if p not in worded]
    # "Hollande en tête en Hollande": after "en", "in", the name is a land's, not the man's.
    unresolved += [text[c.start : c.end] for c in cands if LAND_BEFORE.search(folded, 0, c.start)]
    unresolved += sourced
    places, districts = _districts(places, folded, text, lexicon)
    unresolved += districts
    # "ce dimanche 23 avril", "on May 7": days, read once for places and figures alike
    days = list(DAY_OF_MONTH.finditer(folded)) if DIGIT.search(folded) else []
    months = [m.span(2) for m in days if m.group(2)]  # "LE 23 AVRIL": no commune of Avril
    places = [p for p in places if not any(a <= p.start < b for a, b in months)]
    for m in HASHTAG.finditer(text) if "#" in text and not places else ():
        named = lexicon.scan(m.group(1))  # "#Marseille Mélenchon en tête": topic or area?
        if any(t.kind == "place" for t in named) and not any(
            p.start >= m.start() and p.end <= m.end() for p in places
        ):
            unresolved.append(m.group())
    for m in HANDLE.finditer(text) if "@" in text and not places else ():
        # "@Toulouse Mélenchon en tête": the city's own account addressed, or its result?
        if any(t.kind == "place" for t in lexicon.scan(m.group()[1:].replace("_", " "))):
            unresolved.append(m.group())
    for m in DISTRICT_ALONE.finditer(folded):
        unresolved.append(text[m.start() : m.end()].strip())  # "dans le 16e": of which town?
    near = [p for p in places if NEAR_PLACE.search(folded, max(0, p.start - 30), p.start)]
    unresolved += [text[p.start : p.end] for p in near]  # "autour de Lille", "entre Lille et Lens"
    places = [p for p in places if p not in near]
    for m in CONSTITUENCY.finditer(folded):
        # "la 3e circonscription de l'Aisne": no figures are published for it; the
        # département named after it is not its area.
        unresolved.append(text[m.start() : m.end()].strip())
        places = [p for p in places if not (m.start() <= p.start < m.end() + 25)]
    for m in UNPUBLISHED_PLACE.finditer(folded):
        if any(
            NAMED_AFTER.fullmatch(folded, m.end(), p.start) for p in places if p.start >= m.end()
        ):
            continue  # "dans son village de Lourdios-Ichère": the place is named
        unresolved.append(text[m.start() : m.end()].strip())
        places = [p for p in places if not m.start() <= p.start < m.end()]
    places, joined = _joined_places(places, folded, text)
    unresolved += joined
    for p in [p for p in places if p.level == "commune"]:
        if COUNTRY_BEFORE.search(folded, max(0, p.start - 12), p.start) or (
            # "aux Saintes": an article the commune's name has not (the islands, not Saintes)
            PLURAL_ARTICLE_BEFORE.search(folded, max(0, p.start - 6), p.start)
            and not _named_with_article(lexicon, p)
        ):
            # "en Beauce", "dans le Perche": a land, never the village Beaucé or Perche
            unresolved.append(text[p.start : p.end])
            places.remove(p)
    for p in [p for p in places if PART_BEFORE.search(folded, max(0, p.start - 24), p.start)]:
        # "le Cap Corse", "la banlieue de Lyon", "le nord de la France": a part of the place
        unresolved.append(text[p.start : p.end])
        places.remove(p)
    narrowed = [(p, _narrowed_by_words(p, folded, lexicon)) for p in places]
    # "la commune de Loire": no reading is of the level named (the village goes unlisted)
    unresolved += [text[p.start : p.end] for p, kept in narrowed if kept is None]
    places = [kept for _, kept in narrowed if kept is not None]
    if NATIONAL_SCOPE.search(folded):  # "leads the primary": the whole election is a reading
        places = [_with_national(p) for p in places]
    codes = [(p.start, p.end) for p in places if CODE_TEXT.fullmatch(folded, p.start, p.end)]
    codes += [(p.start, p.end) for p in places if p.level == "arrondissement"]  # "Paris 16e"
    # "#1erTour", a URL's digits, "(974)", the "59" of "le 59", a thread's "1/3"
    thread = _thread_marks(folded)
    unread = noise + hints + codes + thread
    times = time_spans(folded)
    numbers = parse_numbers(folded, times)
    # A day is no figure (another round's day is a doubt)
    dates = [m.span() for m in days] + [m.span() for m in _numeric_dates(folded)]
    unread += dates
    numbers = [n for n in numbers if not any(a <= n.num_start < b for a, b in unread)]
    consumed, partial = _partial_spans(folded)
    numbers = [
        n
        for n in numbers
        if not any(s <= n.num_start < e for s, e in consumed)
        and not any(s <= n.num_start < e for s, e, _ in times)
    ]
    qualifiers = Qualifiers(
        partial=partial,
        hedged=bool(HEDGE_RE.search(folded)),
        attribution=_attribution(text, source),
        time=times[0][2].strip() if times else "",
    )
    has_results = any(n.quantity.unit in (PERCENT, VOTES_UNIT) for n in numbers)
    round_two = _reports_round_two(folded) and not TOUR1_RE.search(folded)
    rnd = 2 if round_two and has_results else round
    if rnd == 2 and TOUR1_RE.search(folded):
        rnd = 1  # "au premier tour, Macron avait 24 %" on the night of round 2
    spans = consumed + hints + dates + thread
    spans += [(start, end) for start, end, _ in times]
    return _Sentence(
        text,
        folded,
        cands,
        places,
        numbers,
        qualifiers,
        rnd,
        last_area,
        spans,
        unresolved,
        shouted=shouted,
        round_two_named=round_two,
        noise=noise,
        source=source,
    )


def _joined_places(
    places: list[Mention], folded: str, text: str
) -> tuple[list[Mention], list[str]]:
    """Places that name another place together or with the words around them, set apart.

    "Nord-Pas-de-Calais" is neither the Nord nor the Pas-de-Calais, "outre-Manche" is not the
    Manche, "la capitale du Nord" is Lille, "Nantes Métropole" is more than Nantes.
    """
    out: list[str] = []
    named = [p for p in places if p.kind == "place"]
    parted = {
        id(p)
        for p in named
        if PLACE_OF.search(folded, max(0, p.start - 25), p.start)
        or PLACE_PART_AFTER.match(folded, p.end)
        or (
            p.level in ("departement", "region")
            and PLURAL_BEFORE.search(folded, max(0, p.start - 6), p.start)
            and folded[p.start : p.end].split("-")[0].split()[0][-1:] not in ("s", "x")
        )
    }
    for a, b in itertools.pairwise(named):
        if PLACE_JOIN.fullmatch(folded, a.end, b.start) and a.key != b.key:
            parted.update((id(a), id(b)))
    for m in JOINED_CODES.finditer(folded):
        out.append(text[m.start() : m.end()].strip(" ("))
        parted.update(id(p) for p in named if m.start() <= p.start < m.end())
    out += [text[p.start : p.end] for p in named if id(p) in parted]
    return [p for p in places if id(p) not in parted], out


def _town_or_word(p: Mention, folded: str) -> bool:
    """True for "Nice" or "Gap" opening a sentence the way the English words do (after the
    handles a reply opens with: "@x Faux : …" answers @x, it names no village)."""
    return p.start == LEADING_HANDLES.match(folded).end() and bool(WORD_TOWN.match(folded, p.start))


def _named_with_article(lexicon: Lexicon, p: Mention) -> bool:
    """True when a commune's name opens with its article ("Les Abymes": "aux Abymes")."""
    place = lexicon.place(p.key)
    return place is not None and bool(article_of(fold(place.name)))


def _names_of(name: str) -> tuple[str, ...]:
    """A commune's name folded, with and without its article ("le detroit", "detroit")."""
    folded = fold(name)
    article = article_of(folded)
    return (folded, folded[len(article) :]) if article else (folded,)


def _said_where(folded: str, place: Mention, lexicon: Lexicon) -> bool:
    """True when a département or région is said in brackets after a place: "Cologne (32)",
    "Valence (Drôme)"; not a country or a share ("Cologne (Allemagne)", "Cologne (45 %)")."""
    m = QUALIFIED_AFTER.match(folded, place.end)
    if m is None:
        return False
    readings = (place.key, *place.alternatives)
    if DEPARTEMENT_CODE.fullmatch(m.group(1)):
        areas = [m.group(1).upper()]
    else:
        named = lexicon.scan(m.group(1).title())
        areas = [p.key for p in named if p.kind == "place" and p.level in ("departement", "region")]
    # "Liège (Meuse)": no commune of the name lies there; the place is not said, only misnamed
    return any(lexicon.inside(r, a) for r in readings for a in areas)


def _like_abroad(p: Mention, folded: str, lexicon: Lexicon, abroad: bool) -> bool:
    """True for "Cologne", "Bologne", "La Haye", "Saint-Sébastien": the largest commune of that
    very name is named like a much larger city abroad, which no reading is; "Valence" beside a
    place abroad (`abroad`); not when the place is said ("Cologne (32)", "Cologne (Gers)")."""
    if not NAMED_LIKE_ABROAD or _said_where(folded, p, lexicon):
        return False
    readings = [lexicon.place(k) for k in (p.key, *p.alternatives)]
    if any(r is None or r.level in ABROAD_LEVELS for r in readings):
        return False  # the city abroad is a reading already ("Montréal")
    said = folded[p.start : p.end]
    same = [r for r in readings if r.level == "commune" and said in _names_of(r.name)]
    largest = max(same, key=lambda r: r.population, default=None)
    if largest is None:
        return False
    return largest.code in NAMED_LIKE_ABROAD or (largest.code in TOWNS_LIKE_ABROAD and abroad)


def _narrowed_by_code(
    places: list[Mention], folded: str, lexicon: Lexicon, text: str
) -> tuple[list[Mention], list[tuple[int, int]], list[str]]:
    """ "Saint-Denis (974)": the code in brackets keeps the readings that lie in that département.

    Returns the places, the spans of the codes so read, and the places that no reading fits:
    "Saint-Ouen (93)" where no Saint-Ouen known lies in the 93 names neither the town nor the
    département.
    """
    out: list[Mention] = []
    hints: list[tuple[int, int]] = []
    unresolved: list[str] = []
    skip: set[int] = set()
    for i, p in enumerate(places):
        if i in skip:
            continue
        code = places[i + 1] if i + 1 < len(places) else None
        if (
            code is not None
            and p.kind == "place"
            and OPENING_BRACKET.fullmatch(folded, p.end, code.start)
            and CODE_TEXT.fullmatch(folded, code.start, code.end)
        ):
            readings = [k for k in (p.key, *p.alternatives) if lexicon.inside(k, code.key)]
            hints.append((code.start - 1, code.end + 1))
            skip.add(i + 1)
            if readings:
                out.append(replace(p, key=readings[0], alternatives=tuple(readings[1:])))
            else:
                unresolved.append(text[p.start : code.end + 1])
            continue
        if (
            code is not None
            and p.kind == "place"
            and code.kind == "place"
            and WIDER_AFTER.fullmatch(folded, p.end, code.start)
            and not ALSO_AFTER.match(folded, code.end)
        ):
            readings = [k for k in (p.key, *p.alternatives) if lexicon.inside(k, code.key)]
            if readings and code.key not in readings:
                out.append(replace(p, key=readings[0], alternatives=tuple(readings[1:])))
                hints.append((code.start, code.end))
                skip.add(i + 1)
                continue
        out.append(p)
    return out, hints, unresolved


def _districts(
    places: list[Mention], folded: str, text: str, lexicon: Lexicon
) -> tuple[list[Mention], list[str]]:
    """ "Paris 16e", "le 13e arrondissement de Marseille": the arrondissement, never the town.

    A district the store has no figures for leaves the place unresolved.
    """
    kept: list[Mention] = []
    unresolved: list[str] = []
    for p in places:
        after = DISTRICT_AFTER.match(folded, p.end) if p.kind == "place" else None
        before = DISTRICT_BEFORE.search(folded, max(0, p.start - 40), p.start)
        m = after or (before if p.kind == "place" else None)
        if m is None:
            kept.append(p)
            continue
        numbers = [int(x) for x in re.findall(r"\d+", m.group())]
        start, end = (p.start, m.end()) if after else (m.start(), p.end)
        districts = [_arrondissement(p, k, lexicon) for k in numbers[: 1 if after else None]]
        if None in districts:
            unresolved.append(text[start:end].strip())
            continue
        kept += [Mention("place", d, start, end, "arrondissement") for d in districts]
        while after and (more := MORE_DISTRICT.match(folded, end)):  # "Marseille 15e et 16e"
            other = _arrondissement(p, int(more.group(1)), lexicon)
            if other is None:
                unresolved.append(text[start : more.end()].strip())
                break
            kept.append(Mention("place", other, more.start(1), more.end(), "arrondissement"))
            end = more.end()
    return kept, unresolved


def _arrondissement(p: Mention, number: int, lexicon: Lexicon) -> str | None:
    """The arrondissement code of "Paris 16e" when the store knows it."""
    return next(
        (code for key in (p.key, *p.alternatives) if (code := lexicon.district(key, number))),
        None,
    )


def _with_national(p: Mention) -> Mention:
    """A place that the post's "the primary" or "la présidentielle" may widen to the nation."""
    if p.kind != "place" or p.key == NATIONAL or NATIONAL in p.alternatives:
        return p
    return replace(p, alternatives=(*p.alternatives, NATIONAL))


def _thread_marks(folded: str) -> list[tuple[int, int]]:
    """ "1/3" opening or closing a post in a thread: its place in the thread, not a figure."""
    if "/" not in folded:  # in every mark: most posts skip the scan
        return []
    return [m.span(1) if m.group(1) else m.span(2) for m in THREAD_MARK.finditer(folded)]


def _narrowed_by_words(p: Mention, folded: str, lexicon: Lexicon) -> Mention | None:
    """ "Le département de la Vienne", "the Aube department": a level word keeps its readings;
    None when no reading is of the level it names ("la commune de Loire").

    A bare name keeps every reading: the outside evaluators read "dans l'Aube" as the
    département and the two villages called Aube, and a careful reader may.
    """
    if p.kind != "place":
        return p
    readings = [p.key, *p.alternatives]
    levels = {k: getattr(lexicon.place(k), "level", "") for k in readings}
    before = LEVEL_BEFORE.search(folded, max(0, p.start - 30), p.start)
    after = LEVEL_AFTER.match(folded, p.end)
    word = (before or after).group() if before or after else ""
    wanted = next((lv for w, lv in LEVEL_OF_WORD.items() if w in word), None)
    if (
        wanted is None
        and "commune" not in levels.values()
        and levels[p.key] == "departement"
        and not p.key.startswith("9")  # "à Mayotte", "à La Réunion": islands take "à"
        and TOWN_PREPOSITION.search(folded, max(0, p.start - 3), p.start)
        and not ARTICLE_START.match(folded, p.start)
    ):
        # "à Loire": a town, and none is listed; "à Vienne" keeps all its readings, as the
        # outside evaluators read it.
        wanted = ("commune",)
    if wanted is None:
        return p
    kept = [k for k in readings if levels[k] in wanted]
    if not kept:
        # A known level that is none of the readings; unknown levels (a country's) pass.
        return None if all(levels.values()) and set(wanted) & NARROWABLE else p
    return replace(p, key=kept[0], alternatives=tuple(kept[1:]))


NARROWABLE = frozenset(("commune", "departement", "region"))
TOWN_PREPOSITION = re.compile(r"(?<![\w'])a\s+$")
ARTICLE_START = re.compile(r"(?:la|le|les|l')\b")


def _reports_round_two(folded: str) -> bool:
    """True when "second tour" names the round of the figures, not a qualification for it.

    "Hollande 56,57 % au second tour" reports round 2; "à 22 %, il passe au second tour" gives a
    round-1 figure and a qualification.
    """
    return any(
        not QUALIFYING_VERB.search(folded, max(0, m.start() - 25), m.start())
        for m in TOUR2_RE.finditer(folded)
    )


def _flag_countries(flags: list[tuple[str, str]], lexicon: Lexicon) -> list[str]:
    """The countries of flag emojis (🇨🇦, as FLAG_RE finds them) that the lexicon has, France's
    aside: the French abroad and at home both fly it."""
    countries = []
    for pair in flags:
        iso = "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in pair)
        if iso != "FR" and lexicon.has_place(f"FE-{iso}"):
            countries.append(f"FE-{iso}")
    return countries


TOWN_LEVELS = frozenset(("commune", "city", "arrondissement", "departement", "region"))


def _narrowed_by_flags(
    places: list[Mention], countries: list[str], flags: int, lexicon: Lexicon, text: str
) -> tuple[list[Mention], list[str]]:
    """ "Montréal 🇨🇦": a flag keeps the readings of a homonym that lie in its country, as
    "Montréal, Canada" does; a flag of no reading's country leaves the place unresolved
    ("Lagos 🇵🇹": the town in Portugal, neither the consulate in Nigeria nor the village of the
    Pyrénées). `flags` counts every flag of the sentence, France's too. Returns the places
    and those unresolved."""
    if len(set(countries)) != flags:
        # "Montréal 🇫🇷 : … Montréal 🇨🇦 : …", "🇨🇦🇺🇸": which flag is whose place?
        return places, []
    out, unresolved = [], []
    for p in places:
        readings = (p.key, *p.alternatives)
        # a reading in the flag's country, or holding it ("Amérique du Nord 🇨🇦🇺🇸")
        kept = [
            k
            for k in readings
            if any(lexicon.inside(k, c) or lexicon.inside(c, k) for c in countries)
        ]
        if p.kind == "place" and p.alternatives and kept:
            p = replace(p, key=kept[0], alternatives=tuple(kept[1:]))
        elif (
            p.kind == "place"
            and countries
            and not kept
            # a constituency abroad holds its countries though the tree does not say so
            and all(getattr(lexicon.place(k), "level", "") in TOWN_LEVELS for k in readings)
        ):
            unresolved.append(text[p.start : p.end])
            continue
        out.append(p)
    return out, unresolved


def _partial_spans(folded: str) -> tuple[list[tuple[int, int]], str]:
    """Spans of partial-count qualifiers and their text."""
    if not PARTIAL_HINT.search(folded):
        return [], ""
    spans = [(m.start(), m.end()) for m in PARTIAL_RE.finditer(folded)]
    text = "; ".join(folded[s:e].strip(" ()") for s, e in spans)
    return spans, text


def _attribution(text: str, m: re.Match[str] | None) -> str:
    """Who the post says the figures come from, by the match of its words of attribution."""
    if m is None:
        return ""
    words = text[m.start(1) : m.end(1)].strip(" ,:")
    return " ".join(words.split()[:5])


def _clause_of(folded: str, anchor: int, breaks: re.Pattern[str] | None = None) -> tuple[int, int]:
    """The clause (between commas, semicolons and conjunctions) that holds a position."""
    start, end = 0, len(folded)
    for m in (breaks or CLAUSE_BREAK).finditer(folded):
        if m.end() <= anchor:
            start = m.end()
        elif m.start() >= anchor:
            end = m.start()
            break
    return start, end


def _area_for(s: _Sentence, anchor: int) -> tuple[str, tuple[str, ...]]:
    """The area a claim speaks of, and the other areas a careful reader could take.

    A place in the claim's own clause wins; otherwise the sentence's only place; otherwise
    the previous sentence's place, else national. Where the text allows several places, each
    is a reading, and the verifier gives a strong label only when they all agree.
    """
    places = [p for p in s.places if p.kind == "place"]
    if not places:  # most claims: no clause to find
        return (s.area_default, s.default_readings) if s.area_default else (NATIONAL, ())
    start, end = _clause_of(s.folded, anchor)
    chosen = [p for p in places if start <= p.start < end] or places
    if len({p.key for p in chosen}) > 1:
        before = [p for p in chosen if p.end <= anchor]
        first = before[-1] if before else chosen[0]
    else:
        first = chosen[0]
    others = [p.key for p in chosen if p.key != first.key]
    for p in chosen:
        others.extend(p.alternatives)
    others = [k for k in dict.fromkeys(others) if k != first.key]
    carried = first.end <= start and not any(start <= p.start < end for p in places)
    last_name = max((c for c in s.cands if c.end <= first.start), key=lambda c: c.end, default=None)
    if (
        carried
        and last_name is not None
        and (
            any(c.start >= first.end for c in s.cands)
            or not PLACE_OF_THE_NAMES.fullmatch(s.folded, last_name.end, first.start)
            or NATION_WORDS.search(s.folded, first.end)
            or not FIGURES_AFTER_PLACE.fullmatch(s.folded, first.end, start)
        )
    ):
        # "Macron gagne Paris, Le Pen 21,3 %": the figure may be Paris's or the nation's; a
        # place that opens the sentence ("Paris : Macron 35 %, Fillon 26 %") heads it all, and
        # so does one said right after every name ("Macron devance Le Pen à Paris, 34,8 %
        # contre 5 %"), not one in an aside ("…, encore plus à Paris, 24 % contre 21 %").
        others.append(NATIONAL)
    elif first.start >= end and (
        JOINED_CLAUSE.search(s.folded, anchor, first.start)
        or (
            _has_verb(s.folded, *_clause_of(s.folded, first.start))
            and not _has_verb(s.folded, start, end)
        )
    ):
        # "Macron 24 %, et Le Pen 5 % à Paris", "Macron 24 %, Le Pen en tête dans l'Aisne":
        # the place may be the later clause's alone.
        others.append(s.area_default or NATIONAL)
    if ASIDE_BEFORE.search(s.folded, max(0, first.start - 30), first.start) or ASIDE_AFTER.match(
        s.folded, first.end
    ):
        # "Macron devance Le Pen, même à Paris : 24 % contre 21 %": the nation's figures with
        # Paris aside, or Paris's?
        others.append(NATIONAL)
    return first.key, tuple(k for k in dict.fromkeys(others) if k != first.key)


def _has_verb(folded: str, start: int, end: int) -> bool:
    """True when a stretch of text holds a verb of lead, order or vote of its own."""
    return any(r.search(folded, start, end) for r in (LEADER_RE, AHEAD_RE, PLACE_VOTES_RE))


def _claim(
    s: _Sentence,
    kind: str,
    cands: tuple[str, ...],
    anchor: int,
    value=None,
    measure="",
    rnd: int | None = None,
) -> Claim:
    """A claim of a sentence with its area, round, qualifiers and fragment."""
    area, alternatives = _area_for(s, anchor)
    return Claim(
        type=kind,
        candidates=cands,
        area=area,
        alternatives=alternatives,
        round=rnd or (2 if s.round_two_named and kind != QUALIFICATION else s.round),
        value=value,
        qualifiers=s.qualifiers,
        fragment=s.text.strip(),
        measure=measure,
        round_said=_round_said(s.folded),
        anchor=anchor,
    )


def _subject_before(s: _Sentence, pos: int) -> _Cand | None:
    """The nearest candidate before a position that is not the object of a comparison."""
    subjects = [c for c in s.cands if c.end <= pos and not c.is_object]
    return subjects[-1] if subjects else None


def _owner_by_pour(s: _Sentence, n: NumberMention) -> bool:
    """True for "24 pour Hollande": a number directly followed by "pour" and a candidate."""
    after = [c for c in s.cands if c.start >= n.end]
    return bool(after) and FOR_WORD.fullmatch(s.folded, n.end, after[0].start) is not None


def _owner(s: _Sentence, n: NumberMention) -> _Cand | None:
    """The candidate a number belongs to."""
    after = [c for c in s.cands if c.start >= n.end]
    if after:
        between = s.folded[n.end : after[0].start]
        if re.fullmatch(
            r"\s*(?:des (?:voix|suffrages)\s*)?(?:pour|a|to|for|en faveur de)\s*", between
        ):
            return after[0]
    before = [c for c in s.cands if c.end <= n.start]
    if before:
        prev = before[-1]
        intro = s.folded[max(0, n.start - 8) : n.start]
        gap = s.folded[prev.end : n.start]
        if INNER_PRONOUN.search(gap):
            return None  # "Macron devance Le Pen, il obtient 24 %": whose figure is not said
        if (
            prev.is_object
            and ("," in gap or ":" in gap)
            and len(_unique([c.id for c in before])) > 1
        ):
            return None  # "Macron devant Le Pen, 24 %": the winner's figure or the other's
        agent = BY_BEFORE.search(s.folded, max(0, prev.start - 6), prev.start) is not None
        if (prev.is_object or agent) and re.search(r"\b(?:avec|with|at|on|a)\s*$", intro):
            # "Macron bat Le Pen avec 66 %": the subject's figure; "Fillon topped by Macron on
            # 26.4%", "Macron devant Le Pen à 21 %": the subject's, or the other's?
            subject = _subject_before(s, prev.start)
            if agent or subject is None or not re.search(r"\b(?:avec|with)\s*$", intro):
                return None
            return subject
        if re.match(r"^\s*contre\s*$", s.folded[max(0, n.start - 10) : n.start]) and len(gap) > 12:
            return None
        return prev
    if after:
        return after[0]
    return None


def _claims_of(s: _Sentence) -> list[Claim]:
    """Every claim of one sentence."""
    if area_comparison.HINT.search(s.folded):
        compared = _comparison_claims(s)
        if compared:
            return compared
    out: list[Claim] = []
    used_numbers: set[int] = set()
    out += _gap_claims(s, used_numbers)
    out += _measure_claims(s, used_numbers)
    out += _score_pairs(s, used_numbers)
    out += _one_sided_scores(s, used_numbers)
    out += _sum_claims(s, used_numbers)
    out += _number_claims(s, used_numbers)
    out += _leader_and_pair_claims(s, out)
    out += _rank_claims(s, out)
    out += _qualification_claims(s)
    return _coordinated(s, out)


def _comparison_claims(s: _Sentence) -> list[Claim]:
    """ "Macron fait mieux à Paris qu'à Lyon": the comparison, and the shares said in brackets
    ("à Marseille (24,8 %) qu'à Lyon (22,8 %)"); [] for any other sentence."""
    places = [p for p in s.places if p.kind == "place"]
    if len(s.cands) != 1 or len(places) != 2 or places[0].key == places[1].key:
        return []
    cand = s.cands[0]
    spans = [(p.start, p.end) for p in places]
    found = area_comparison.compared(s.folded, (cand.start, cand.end), *spans)
    if found is None:
        return []
    s.read_spans.extend(found.read)
    rnd = 2 if s.round_two_named else s.round
    said = _round_said(s.folded)
    if rnd == 2 and any(found.shares) and not said:
        # "Macron fait mieux à Paris (34,8 %) qu'à Lyon (30,3 %)" on the night of round 2:
        # tonight's shares, or a reminder of round 1's? Nothing in the sentence tells.
        s.unresolved.append(s.text[spans[0][0] : spans[1][1]].strip())
    better, worse = places[found.better], places[found.worse]
    claims = [
        Claim(
            COMPARISON,
            (cand.id,),
            better.key,
            rnd,
            qualifiers=s.qualifiers,
            fragment=s.text.strip(),
            alternatives=better.alternatives,
            compared=(worse.key, *worse.alternatives),
            round_said=said,
            anchor=cand.start,
        )
    ]
    for place, span in zip(places, found.shares, strict=True):
        figure = next((n for n in s.numbers if span and span[0] <= n.num_start < span[1]), None)
        if figure is not None:
            claims.append(
                Claim(
                    PERCENTAGE,
                    (cand.id,),
                    place.key,
                    rnd,
                    figure.quantity,
                    qualifiers=s.qualifiers,
                    fragment=s.text.strip(),
                    alternatives=place.alternatives,
                    round_said=said,
                    anchor=figure.start,
                )
            )
    return claims


def _coordinated(s: _Sentence, claims: list[Claim]) -> list[Claim]:
    """ "X en tête dans l'Aube et dans la Marne": a claim without a figure, once per place.

    Only places joined by "et", "and" or a comma, with nothing but a preposition between, share
    the claim, before or after the place it was read at ("Fréjus et Brignoles votent Macron");
    "mais pas dans le Nord" after them denies it there.
    """
    places = [p for p in s.places if p.kind == "place"]
    out: list[Claim] = []
    for claim in claims:
        out.append(claim)
        if isinstance(claim.value, Quantity) or claim.type == QUALIFICATION:
            continue
        at = next((i for i, p in enumerate(places) if p.key == claim.area), None)
        if at is None:
            continue
        first = at
        while first > 0 and COORDINATED.fullmatch(
            s.folded, places[first - 1].end, places[first].start
        ):
            first -= 1
            out.append(
                replace(claim, area=places[first].key, alternatives=places[first].alternatives)
            )
        last = at
        while last + 1 < len(places) and COORDINATED.fullmatch(
            s.folded, places[last].end, places[last + 1].start
        ):
            last += 1
            out.append(
                replace(claim, area=places[last].key, alternatives=places[last].alternatives)
            )
        if last + 1 < len(places) and claim.anchor < places[last + 1].start:
            but = BUT_NOT.fullmatch(s.folded, places[last].end, places[last + 1].start)
            if but is not None and not claim.negated:
                s.qualifier_spans.append(but.span())
                nxt = places[last + 1]
                out.append(
                    replace(claim, area=nxt.key, alternatives=nxt.alternatives, negated=True)
                )
    return out


def _gap_claims(s: _Sentence, used: set[int]) -> list[Claim]:
    """Gaps between candidates, in points or votes ("douze points d'avance", "coude à coude")."""
    out = []
    for i, n in enumerate(s.numbers):
        q = n.quantity
        tail = s.folded[n.end : n.end + 30]
        is_gap = q.unit == POINTS or (
            q.unit in (PERCENT, VOTES_UNIT) and (GAP_AFTER.match(tail) or _gap_context(s, n))
        )
        if not is_gap or _distance_after(s, n) is not None:
            continue  # "1,3 point derrière Le Pen", "à 1,3 point de Le Pen": _distance_gaps
        if tail.startswith((" :", ":")) and not blank(s.folded, s.noise)[: n.start].strip():
            continue  # "2 points : Macron devant Mélenchon, …" heads a list
        pair = _gap_pair(s, n) or _lead_margin(s, n)
        if pair is None:
            continue
        used.add(i)
        # A gap said in per cent may be points or relative ("de 12,7 %"): the verdict reads both.
        unit = q.unit if q.unit in (POINTS, PERCENT) else VOTES_UNIT
        value = replace(q, unit=unit)
        measure = "absolute" if GAP_VERB.search(s.folded) and pair[1] != RUNNER_UP else "signed"
        out.append(_claim(s, GAP, pair, n.start, value, measure))
    out += _distance_gaps(s, used)
    out += _named_gaps(s, used)
    close = CLOSE_RE.search(s.folded) if not out else None
    if close is not None:
        group = _close_group(s, close.start())
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                value = CLOSE_OR_NEXT if close.group("next") else CLOSE
                out.append(_claim(s, GAP, (a, b), close.start(), value, "absolute"))
    far = FAR_RE.search(s.folded) if not out else None
    pair = _unique([c.id for c in s.cands])
    if far is not None and len(pair) == 2:  # "X largement devant Y": only between two names
        out.append(_claim(s, GAP, tuple(pair), far.start(), FAR, "absolute"))
    margin = (close or far) if not out and len(pair) == 1 else None
    if margin is not None and LEADER_RE.search(s.folded):
        # "Le Pen l'emporte de justesse", "Macron largement en tête": the margin of the lead,
        # over whoever of the others comes second.
        value = CLOSE if margin is close else FAR
        out.append(_claim(s, GAP, (pair[0], RUNNER_UP), margin.start(), value, "absolute"))
    return out


def _lead_margin(s: _Sentence, n: NumberMention) -> tuple[str, str] | None:
    """ "Macron wins by 1,853 votes", "l'emporte avec 4 000 voix d'avance": the lead's margin.

    With one candidate in the sentence, a figure said as the margin of a win or a lead is the
    gap over whoever of the others comes second; a margin over anything else ("d'avance sur la
    droite", "by 5 points over 2012") is not read.
    """
    ids = _unique([c.id for c in s.cands])
    if len(ids) != 1 or LEAD_MARGIN_OVER.match(s.folded, n.end):
        return None
    start, _ = _clause_of(s.folded, n.start)
    before = s.folded[start : n.start]
    said = LEAD_MARGIN_AFTER.match(s.folded, n.end) or (
        (GAP_BEFORE.search(before + " ") or DE_AT_END.search(before))
        and LEAD_MARGIN_VERB.search(before)
    )
    return (ids[0], RUNNER_UP) if said else None


def _close_group(s: _Sentence, pos: int) -> list[str]:
    """The candidates a close-race word speaks of: the two of the sentence, or a list before it.

    With three or more candidates only a list right before the word counts ("Le Pen, Macron et
    Mélenchon au coude à coude"), so that "Fillon loin derrière" elsewhere is never part of it.
    """
    ids = _unique([c.id for c in s.cands])
    if len(ids) == 2:
        return ids
    verb = AHEAD_RE.match(s.folded, pos)  # "Mélenchon edges out Macron": the verb's two sides
    subject = _subject_before(s, pos) if verb is not None else None
    if verb is not None and subject is not None and subject.start >= _clause_of(s.folded, pos)[0]:
        obj = next((c for c in s.cands if 0 <= c.start - verb.end() <= 2), None)
        return [subject.id, obj.id] if obj is not None and obj.id != subject.id else []
    before = [c for c in s.cands if c.end <= pos]
    group: list[_Cand] = []
    for c in reversed(before):
        nxt = group[-1].start if group else pos
        if group and not LIST_JOIN.fullmatch(s.folded, c.end, nxt):
            break
        if not group and len(s.folded[c.end : pos].split()) > 4:
            break
        group.append(c)
    found = _unique([c.id for c in reversed(group)])
    return found if len(found) >= 2 else []


def _named_gaps(s: _Sentence, used: set[int]) -> list[Claim]:
    """ "Écart Macron / Le Pen : plus d'1,5 million de voix": a gap named before its two sides.

    The figure after "écart", "gap", "margin" with two candidates between is their gap, never
    one candidate's count; with fewer than two it is left unread (the word stays a doubt).
    """
    out = []
    for m in GAP_NOUN.finditer(s.folded):
        named = [c for c in s.cands if c.start >= m.end()]
        figures = [
            (i, n)
            for i, n in enumerate(s.numbers)
            if n.start >= m.end()
            and i not in used
            and n.quantity.unit in (VOTES_UNIT, POINTS, PERCENT)
        ]
        if not figures:
            continue
        i, n = figures[0]
        between = [c for c in named if c.end <= n.start]
        ids = _unique([c.id for c in between])
        used.add(i)
        if len(ids) != 2:
            continue
        unit = VOTES_UNIT if n.quantity.unit == VOTES_UNIT else POINTS
        s.qualifier_spans.append(m.span())
        out.append(_claim(s, GAP, tuple(ids), n.start, replace(n.quantity, unit=unit), "absolute"))
    return out


def _distance_after(s: _Sentence, n: NumberMention) -> tuple[re.Match[str], _Cand] | None:
    """The distance words after a figure and the candidate right after them ("derrière Le Pen")."""
    m = DISTANCE_TO.match(s.folded, n.end)
    after = [c for c in s.cands if c.start >= n.end]
    if m is None or not after or after[0].start != m.end():
        return None
    return m, after[0]


def _distance_gaps(s: _Sentence, used: set[int]) -> list[Claim]:
    """ "150 000 voix devant Mélenchon", "465 000 derrière Le Pen", "à 600 000 voix de Le Pen".

    A figure of votes or points between the subject and another candidate is the gap between
    them: signed when "devant" or "derrière" says who leads, absolute for "à N voix de".
    """
    out = []
    votes_said = any(n.quantity.unit == VOTES_UNIT for n in s.numbers)
    for i, n in enumerate(s.numbers):
        q = n.quantity
        if i not in used and q.unit == PERCENT:
            distance = _distance_after(s, n)
            if distance is not None and not _figure_after(s, distance[1]):
                used.add(i)  # "Mélenchon 0,4 % derrière Fillon": his share, or their gap?
            continue
        if i in used or not (
            q.unit in (VOTES_UNIT, POINTS) or (q.unit == BARE and q.value >= 1000 and votes_said)
        ):
            continue
        distance = _distance_after(s, n)
        subject = _subject_before(s, n.start)
        if distance is None or subject is None or distance[1].id == subject.id:
            continue
        m, other = distance[0], distance[1].id
        word = m.group("word")
        if word in ("de", "d'") and not re.search(
            r"\ba\s*$", s.folded[max(0, n.start - 4) : n.start]
        ):
            continue  # only "à N voix de X" is a distance; "N voix de X" may be X's votes
        if word == "from" and not m.group().strip().startswith(("point", "pt", "vote")):
            continue  # "2.7 points from Macron" is a distance; "300 from Macron" may be votes
        ahead = word in ("devant", "ahead of", "de plus que", "more than", "plus que", "plus qu'")
        unsigned = word in ("de", "d'", "from")  # "à 2,7 points de Le Pen": ahead or behind
        pair = (subject.id, other) if ahead or unsigned else (other, subject.id)
        unit = POINTS if q.unit == POINTS else VOTES_UNIT
        measure = "absolute" if unsigned else "signed"
        used.add(i)
        s.qualifier_spans.append(m.span())  # "short of", "de moins que": read
        out.append(_claim(s, GAP, pair, n.start, replace(q, unit=unit), measure))
    return out


def _figure_after(s: _Sentence, cand: _Cand) -> bool:
    """True when a figure follows a candidate's name at once ("devant Le Pen (21 %)")."""
    return any(
        0 <= n.start - cand.end <= 4 and not s.folded[cand.end : n.start].strip(" :(,")
        for n in s.numbers
    )


def _measure_claims(s: _Sentence, used: set[int]) -> list[Claim]:
    """Abstention, blancs, nuls and exprimés ("6 300 bulletins nuls", "abstention : 31 %")."""
    out = []
    for i, n in enumerate(s.numbers):
        q = n.quantity
        if i in used or q.unit not in (PERCENT, BARE, COUNT, VOTES_UNIT) or q.value > 1e9:
            continue
        if any(p.start <= n.num_start < p.end for p in s.places):
            continue  # "dans le 26" names a place
        after = measure_after(s.folded, n.end)
        if after is not None and any(m.end <= n.start for m in s.numbers) and _base_of_ratio(s, n):
            after = None  # "12 M d'électeurs sur 47,6 M d'inscrits se sont abstenus": the 12 M
        if q.unit != PERCENT and _counted_per_base(s, n):
            continue  # "Sur 1000 inscrits, 254 se sont abstenus": a rate, not a count
        if after is not None:
            measure, words = after[0], (n.end, after[1])
        elif RATIO_BASE_BEFORE.search(s.folded, max(0, n.start - 20), n.start):
            # "11 025 blancs ou nuls sur les 2 661 231 votants": the base is no blancs
            if not VOTANTS_UNIT.search(s.folded, n.num_start, n.end):
                continue
            measure, words = VOTANTS, (n.num_start, n.end)
        else:
            floor = max(
                [c.end for c in s.cands if c.end <= n.start]
                + [
                    m.end
                    for m in s.numbers
                    if m.end <= n.start
                    # "abstention au 2nd tour : 35 %": the round's ordinal names no figure
                    and not (m.quantity.unit == ORDINAL and ORDINAL_BLOCK.match(s.folded[m.end :]))
                ]
                + [0]
            )
            before = measure_before(s.folded, n.start, floor)
            if before is None or (q.unit == BARE and q.value < 10):
                continue
            measure, words = before[0], (before[1], before[2])
        if q.unit == PERCENT and (q.value > 100 or measure == EXPRIMES):
            continue  # "24 % des suffrages exprimés" is a candidate's share
        if (
            q.unit != PERCENT
            and measure != ABSTENTION
            and INSCRITS_UNIT.search(s.folded, n.num_start, n.end)
        ):
            continue  # "participation : 77,8 % des 47,6 millions d'inscrits": the roll
        if (
            measure in (RATE, VOTANTS, EXPRIMES)
            and q.unit != PERCENT
            and VOICES_UNIT.search(s.folded, n.num_start, n.end)
            and words[0] < n.start
        ):
            continue  # "participation … 31,4 millions de voix": the votants or the exprimés?
        if q.unit != PERCENT:
            q = replace(q, unit=COUNT)
            if THOUSANDS_COMMA.fullmatch(s.folded, n.num_start, n.num_end):
                # "Blank ballots 659,997": a count has no decimals, so the comma is English.
                whole = float(s.folded[n.num_start : n.num_end].replace(",", ""))
                wide = tolerance(whole, half_unit(whole, 0, COUNT, 1.0), COUNT, q.bound)
                q = replace(wide, low_open=q.low_open, high_open=q.high_open)
        if measure == RATE and q.unit != PERCENT:
            measure = VOTANTS  # "participation : 34,9 millions" counts votants
        after_words = max(n.end, words[1]) if words[0] >= n.end else n.end
        if q.unit == PERCENT and measure in SPOILT and VOICES_BASE.match(s.folded, after_words):
            continue  # "Blancs : 9,6 % des voix": of the votants, or of the exprimés?
        used.add(i)
        s.qualifier_spans.append(words)  # the measure's words are read, and where the
        s.qualifier_spans += [  # sentence names the same measure again ("ne se sont pas déplacés")
            m.span() for m in MEASURE_WORDS.finditer(s.folded) if m.lastgroup == measure
        ]
        kind = TURNOUT if measure in (ABSTENTION, RATE, VOTANTS) else VOTES
        claim = _claim(s, kind, (), n.start, q, measure)
        base = SHARE_BASE.match(s.folded, after_words)
        if base is None and words[0] >= n.end:  # "11,5 % des votants ont voté blanc ou nul"
            base = SHARE_BASE.match(s.folded, n.end, words[1])
        if base is not None and q.unit == PERCENT and measure in SPOILT:
            said = base.group()
            s.qualifier_spans.append(base.span())
            claim = replace(
                claim,
                base="inscrits"
                if "inscrit" in said or "registered" in said
                else "exprimes"
                if "exprime" in said or "valid" in said
                else "votants",
            )
        out.append(claim)
    return out


def _named_beside(s: _Sentence, n: NumberMention, word: re.Pattern[str]) -> bool:
    """True when a word names a figure: right after or before it, no other figure between."""
    after = word.search(s.folded, n.end, n.end + 40)
    if after is not None and not any(ch.isdigit() for ch in s.folded[n.end : after.start()]):
        return True
    before = [m for m in word.finditer(s.folded, max(0, n.start - 40), n.start)]
    return bool(before) and not any(ch.isdigit() for ch in s.folded[before[-1].end() : n.start])


def _gap_context(s: _Sentence, n: NumberMention) -> bool:
    """True for "devance X de 9 points", "N voix séparent"."""
    before = s.folded[max(0, n.start - 50) : n.start]
    after = s.folded[n.end : n.end + 20]
    return bool(
        GAP_BEFORE.search(before + " ")
        or (
            DE_AT_END.search(before)
            and (AHEAD_RE.search(before) or LEAD_MARGIN_VERB.search(before))
        )
        or GAP_AFTER_FIGURE.match(after)
    )


def _gap_pair(s: _Sentence, n: NumberMention) -> tuple[str, ...] | None:
    """The two candidates a gap is between, leader first."""
    ids = _unique([c.id for c in s.cands])
    if len(ids) < 2:
        return None
    subject = _subject_before(s, n.start)
    listed = subject is not None and any(subject.end <= m.start < n.start for m in s.numbers)
    if listed and not GAP_VERB.search(s.folded):
        return None  # "Macron 66 %, Le Pen 34 % : 32 points d'avance": whose lead is not said
    # "Devant Le Pen de 2,7 points : Macron": with no subject before the figure, the first name
    # that is no object of an order word is the subject.
    free = [c.id for c in s.cands if not c.is_object]
    first = subject.id if subject is not None else (free[0] if free else ids[0])
    start, end = _clause_of(s.folded, n.start)
    # The other one is named in the figure's clause if anyone is ("Mélenchon quatrième, Macron
    # devant Le Pen de 2,7 points": Le Pen, not Mélenchon).
    near = [c.id for c in s.cands if start <= c.start < end and c.id != first]
    second = near[0] if near else next(i for i in ids if i != first)
    passive = subject is not None and BY_BEFORE.search(s.folded, 0, subject.start)
    if subject is not None and not passive and not GAP_VERB.search(s.folded, start, end):
        # "Fillon tops Le Pen by 1,317 votes": a word no rule reads stands between the two
        # names, and the nearer one is not the subject for sure.
        earlier = [c for c in s.cands if start <= c.start < subject.start and c.id != first]
        between = s.folded[earlier[-1].end : subject.start] if earlier else ""
        if earlier and ":" not in between and not LIST_JOIN.fullmatch(between):
            return None
    # "Le Pen derrière Macron de 2,7 points", "Behind Macron, Le Pen by 3": the object of
    # "behind" is the one ahead, wherever the figure stands.
    behind = any(
        c.id == second and c.is_object and BEHIND_OBJECT.search(s.folded, 0, c.start)
        for c in s.cands
    )
    # "…, Poutou trails" says nothing of this pair; in "Mélenchon devancé de 150 000 voix par
    # Fillon" the agent is the one ahead.
    by = [
        c
        for c in s.cands
        if c.id == second
        and start <= c.start < end
        and BY_BEFORE.search(s.folded, max(start, c.start - 6), c.start)
    ]
    verb = PASSIVE_VERB.search(s.folded, start, n.start) if by else None
    if by and (verb is None or _passive(s, verb, by[0]) is None):
        return None  # "d'avance sur le score obtenu par Le Pen": whose figure, whose lead?
    agent = bool(by)
    if agent or behind or BEHIND_RE.search(s.folded, start, end):
        first, second = second, first
    return (first, second)


def _unique(ids: list[str]) -> list[str]:
    """Ids in first-seen order without repeats."""
    return list(dict.fromkeys(ids))


def _sum_claims(s: _Sentence, used: set[int]) -> list[Claim]:
    """ "Mélenchon + Hamon : 26 %", "Royal and Valls together 12.6%", "Fillon et Le Pen
    cumulent 41,3 % à eux deux": one share of the names together.

    Only where every name of the sentence is in the sum, joined by "+" (or by "et"/"and" with a
    word of sum), and one share follows them.
    """
    if len(s.cands) < 2 or not SUM_HINT.search(s.folded):
        return []
    names = s.cands
    plus = all(SUM_PLUS.fullmatch(s.folded, a.end, b.start) for a, b in itertools.pairwise(names))
    joined = all(
        SUM_AND.fullmatch(s.folded, a.end, b.start) or SUM_PLUS.fullmatch(s.folded, a.end, b.start)
        for a, b in itertools.pairwise(names)
    )
    ids = [c.id for c in names]
    if not joined or len(set(ids)) != len(ids):
        return []
    after = [(i, n) for i, n in enumerate(s.numbers) if n.start >= names[-1].end and i not in used]
    if len(after) < 1 or after[0][1].quantity.unit != PERCENT:
        return []
    i, n = after[0]
    head = SUM_BEFORE_FIGURE.fullmatch(s.folded, names[-1].end, n.start)
    if head is None or (not plus and not head.group("verb")):
        return []
    tail = SUM_AFTER_FIGURE.match(s.folded, n.end)
    ends = [(m.start(), m.end()) for m in SUM_TOGETHER.finditer(s.folded, n.end, tail.end())]
    rest = [k for k, m in enumerate(s.numbers) if k != i]  # "X + Y : 24 % et 21 %": each
    if any(k not in used and not any(a <= s.numbers[k].start < b for a, b in ends) for k in rest):
        return []  # another figure among the names: whose is which?
    used.add(i)
    used.update(k for k in rest if any(a <= s.numbers[k].start < b for a, b in ends))
    s.read_spans.extend([(names[0].start, n.start), *ends])
    return [_claim(s, PERCENTAGE, tuple(ids), n.start, n.quantity, SUM)]


def _out_of_the_roll(s: _Sentence, n: NumberMention) -> bool:
    """True for "35,5 millions d'électeurs sur 47,6 millions d'inscrits": those who voted, unless
    a measure follows the roll ("… sur 47,6 millions d'inscrits se sont abstenus")."""
    after = next((m for m in s.numbers if m.start >= n.end), None)
    return (
        after is not None
        and OUT_OF.fullmatch(s.folded, n.end, after.start) is not None
        and INSCRITS_UNIT.search(s.folded, after.num_start, after.end) is not None
        and measure_after(s.folded, after.end) is None
    )


def _base_of_ratio(s: _Sentence, n: NumberMention) -> bool:
    """True for the whole a figure is counted out of: "N électeurs sur M inscrits", "25 % des
    47,6 millions d'inscrits", "Sur 1000 inscrits, 254 se sont abstenus", "for every 1,000"."""
    before = [m for m in s.numbers if m.end <= n.start]
    start = before[-1].end if before else max(0, n.start - 30)
    return (
        RATIO_BASE_BEFORE.search(s.folded, start, n.start) is not None
        or PARTITIVE_BEFORE.search(s.folded, max(0, n.start - 10), n.start) is not None
        or bool(before and SHARE_OF_BEFORE.fullmatch(s.folded, before[-1].end, n.start))
    )


def _the_roll(s: _Sentence, n: NumberMention) -> bool:
    """True for "47,6 millions d'inscrits": the area's registered voters, not a change of them,
    a part of them counted so far, those who voted, or the base of a ratio."""
    return (
        n.quantity.value >= 100
        and n.quantity.value.is_integer()  # "296.496 inscrits": no one is a fraction of a voter
        and not _part_or_change_of_roll(s, n)
        and not ROLL_CHANGE_AFTER.match(s.folded, n.end)
        and not VOTED.match(s.folded, n.end)
        and not (_base_of_ratio(s, n) and _per_base(s, n))
    )


def _part_or_change_of_roll(s: _Sentence, n: NumberMention) -> bool:
    """True when the sentence speaks of a part counted so far ("Bureaux dépouillés :") or the
    words before the figure of a change ("en hausse de 2 millions d'inscrits")."""
    return bool(
        s.qualifiers.partial
        or ROLL_PART.search(s.folded)
        or ROLL_CHANGE_BEFORE.search(s.folded, max(0, n.start - 30), n.start)
    )


def _per_base(s: _Sentence, n: NumberMention) -> bool:
    """True for the whole of a rate: "Sur 1000 inscrits, …", "10 sur 100 inscrits", "des 47,6
    millions d'inscrits, 25 % …" (no figure before it), not "77,8 % des 47,6 millions"."""
    value = n.quantity.value
    round_base = value >= 100 and math.log10(value).is_integer()
    return round_base or not any(m.end <= n.start for m in s.numbers)


def _those_who_voted(s: _Sentence, n: NumberMention, after: re.Pattern[str], least: int) -> bool:
    """True for a count followed by a verb of voting ("37 millions d'inscrits ont voté", "over
    3 million people voted"): votants; not before a candidate ("… voted for Hollande", his
    votes), nor a part counted, a rate's base or a change."""
    return (
        n.quantity.value >= least
        and n.quantity.value.is_integer()
        and after.match(s.folded, n.end) is not None
        and not any(c.start >= n.end for c in s.cands)
        and not _part_or_change_of_roll(s, n)
        and not _base_of_ratio(s, n)
    )


def _counted_per_base(s: _Sentence, n: NumberMention) -> bool:
    """True for a figure after the base of a ratio that no part precedes ("Sur 1000 inscrits,
    254 se sont abstenus"): counted per that base, not in the area."""
    return any(m.end <= n.start and _base_of_ratio(s, m) and _per_base(s, m) for m in s.numbers)


def _number_claims(s: _Sentence, used: set[int]) -> list[Claim]:
    """Percentages, vote counts and turnout figures."""
    out = []
    has_percent = any(n.quantity.unit == PERCENT for n in s.numbers)
    glued = [n for n in s.numbers if n.quantity.unit == BARE and _glued_candidate(s, n)]
    # "Macron 1, Le Pen 2, Fillon 3": small whole numbers may be ranks as well as shares
    ranks_too = all(n.quantity.value <= 11 and n.quantity.value.is_integer() for n in glued)
    bare_pairs = 0 if ranks_too and not has_percent else len(glued)
    taken: set[tuple[str, str]] = set()
    sentence_units = {n.quantity.unit for n in s.numbers}
    # Only a list of small whole counts lends its unit to small figures: after "8,66 millions
    # de voix", "Le Pen 7,68" is in millions and "Aubry 806" may be in thousands.
    counts = [n.quantity for n in s.numbers if n.quantity.unit == VOTES_UNIT]
    small_counts = all(q.value < 1000 and q.value.is_integer() for q in counts) and all(
        n.quantity.value.is_integer() for n in glued
    )
    largest = max((q.value for q in counts), default=0.0)
    for i, n in enumerate(s.numbers):
        if i in used:
            continue
        q = n.quantity
        unit = q.unit
        if (
            unit == BARE
            and q.value <= 100
            and _glued_candidate(s, n)
            and (has_percent or bare_pairs >= 2)
        ):
            q = replace(q, unit=PERCENT)
            unit = PERCENT
        elif (
            unit == BARE
            # "Aubry 154 votes, Hollande 88"; never "20 743 128 voix, Le Pen 10 638" (thousands?)
            and ((q.value >= 1000 and q.value * 1000 > largest) or (small_counts and not ranks_too))
            and VOTES_UNIT in sentence_units
            and PERCENT not in sentence_units
            and _glued_candidate(s, n)
        ):
            # "Macron 8 656 346 voix, Le Pen 7 678 491": the list shares its unit
            q = replace(q, unit=VOTES_UNIT)
            unit = VOTES_UNIT
        elif unit == BARE and _owner_by_pour(s, n) and sentence_units & {PERCENT, VOTES_UNIT}:
            # "26 voix pour Aubry et 24 pour Hollande": the unit is shared
            unit = PERCENT if PERCENT in sentence_units else VOTES_UNIT
            q = replace(q, unit=unit)
        tail = s.folded[n.end : n.end + 40]
        head = s.folded[max(0, n.start - 40) : n.start]
        if GAP_AFTER.match(tail):
            continue  # "2 000 voix d'avance" with one candidate named: a gap, left unread
        if unit == PERCENT:
            if q.value > 100:
                continue
            of_inscrits = OF_INSCRITS.match(tail)
            turnout_said = TURNOUT_TAIL.match(tail) or re.search(
                r"(?:participation|turnout)\b[^.;]{0,25}$", head
            )
            owner = _owner(s, n)
            if of_inscrits and owner is not None and not turnout_said:
                # "Macron : 43,6 % des inscrits" is his share of the roll, never the turnout;
                # "Macron élu, 74,6 % des inscrits" could be either, and stays unread.
                voted_for = owner.start >= n.end and VOTED_FOR.fullmatch(
                    s.folded, n.end, owner.start
                )
                if not voted_for and not OWN_SHARE.fullmatch(s.folded, owner.end, n.start):
                    continue
                if (owner.id, PERCENTAGE) not in taken:
                    taken.add((owner.id, PERCENTAGE))
                    s.qualifier_spans.append((n.end, n.end + of_inscrits.end()))
                    out.append(
                        replace(_claim(s, PERCENTAGE, (owner.id,), n.start, q), base="inscrits")
                    )
                continue
            if turnout_said or (
                of_inscrits and ROLL_SHARE_ENDS.match(tail, of_inscrits.end()) is not None
            ):
                out.append(_claim(s, TURNOUT, (), n.start, q, RATE))
                continue
            if of_inscrits:
                continue  # "15 % des inscrits sont en Île-de-France": a share of the roll, not turnout
            base = SHARE_OF.match(tail)  # "23,4 % des votants": not a share of exprimés
            if owner is None or (owner.id, PERCENTAGE) in taken:
                continue
            taken.add((owner.id, PERCENTAGE))
            claim = _claim(s, PERCENTAGE, (owner.id,), n.start, q)
            if base is not None:
                claim = replace(claim, base="ballots")  # "des votants" is often said of exprimés
            out.append(claim)
        elif unit == VOTES_UNIT:
            by = re.search(r"\b(?:de|d'|by)\s*$", head)
            if by and (q.bound == "" or MARGIN_VERB.search(head)):
                continue  # "rate le second tour de 600 000 voix", "le devance d'environ 2 100 voix"
            if _distance_to_candidate(s, n):
                continue  # "à 600 000 voix de Le Pen": a distance, left unread
            owner = _owner(s, n)
            if not q.value.is_integer() and q.value < 1000:
                continue  # "et 10,6 pour Le Pen" after millions: no one has a tenth of a vote
            if owner is not None and not EXPRIMES_RE.search(tail):
                if (owner.id, VOTES) in taken:
                    continue
                taken.add((owner.id, VOTES))
                out.append(_claim(s, VOTES, (owner.id,), n.start, q, CANDIDATE_VOTES))
            elif _named_beside(s, n, EXPRIMES_RE):
                out.append(_claim(s, VOTES, (), n.start, q, EXPRIMES))
            elif BALLOTS_UNIT.search(s.folded, n.num_start, n.end) and (
                VOTING_CONTEXT.search(s.folded) or EXPRIMES_RE.search(s.folded)
            ):
                # "35,5 millions de bulletins": ballots cast; "31,4 millions de voix" may be the
                # votants or the exprimés, left unread
                out.append(_claim(s, TURNOUT, (), n.start, q, VOTANTS))
            # else "à 154 voix près": votes of nobody in particular, left unread
        elif unit == COUNT:
            if INSCRITS_UNIT.search(s.folded, n.num_start, n.end):
                if _the_roll(s, n):  # "47,6 millions d'inscrits": the roll, no count of voters
                    out.append(_claim(s, TURNOUT, (), n.start, q, INSCRITS))
                elif _those_who_voted(s, n, VOTED, 100):  # "37 millions d'inscrits ont voté"
                    out.append(_claim(s, TURNOUT, (), n.start, q, VOTANTS))
                continue
            if _counted_per_base(s, n):
                continue  # "Sur 1000 inscrits, 777 ont voté": a rate, not a count
            if q.value < 10 or not VOTING_CONTEXT.search(s.folded):
                continue  # "70 000 personnes à Marseille" at a rally is not turnout
            if (
                ROLL_WORDS.search(s.folded, n.start, n.end)
                and not VOTED.search(s.folded, n.end)
                and not _out_of_the_roll(s, n)
            ):
                continue  # "47,6 millions d'électeurs": the roll as much as those who voted
            out.append(_claim(s, TURNOUT, (), n.start, q, VOTANTS))
        elif (
            unit == BARE
            and q.value >= 10000
            and re.search(r"\b(?:cap|seuil|barre)\b", head)
            and TURNOUT_WORDS.search(s.folded)
        ):
            out.append(_claim(s, TURNOUT, (), n.start, replace(q, unit=COUNT), VOTANTS))
        elif unit == BARE and _those_who_voted(
            s, n, PEOPLE_VOTED, 1000
        ):  # "More than 2.5 million voted"
            s.read_spans.append(PEOPLE_VOTED.match(s.folded, n.end).span())
            out.append(_claim(s, TURNOUT, (), n.start, replace(q, unit=COUNT), VOTANTS))
    return out


def _score_pairs(s: _Sentence, used: set[int]) -> list[Claim]:
    """ "Macron beats Le Pen, 24pct to 21pct": two figures after two candidates, in their order.

    Only with exactly two candidates before the pair and none after it, and only shares (one of
    them in percent, or both bare and summing to at most 100) or two vote counts.
    """
    out: list[Claim] = []
    for i in range(len(s.numbers) - 1):
        a, b = s.numbers[i], s.numbers[i + 1]
        if i in used or i + 1 in used or not PAIR_JOIN.fullmatch(s.folded, a.end, b.start):
            continue
        before = _unique([c.id for c in s.cands if c.end <= a.start])
        if len(before) != 2 or any(c.start >= a.start for c in s.cands):
            continue
        if TRAILS_RE.search(s.folded, 0, a.start) or PASSIVE_AFTER.search(s.folded, 0, a.start):
            continue  # "Le Pen derrière Macron, 24 contre 21": in which order the figures go
        if " | " in s.folded:
            continue  # "X devant Y ? Non : 34,8 contre 26,5": the winner's figure may come first
        last = max((c for c in s.cands if c.end <= a.start), key=lambda c: c.end)
        if WON_SCORE.fullmatch(s.folded, last.end, a.start):
            continue  # "Face à Le Pen, Macron l'emporte 66-34": the split is the winner's
        ranks = len(ORDINAL_WORDS.findall(s.folded, 0, a.start)) + sum(
            n.quantity.unit == ORDINAL and n.end <= a.start for n in s.numbers
        )
        if ranks >= 2 or ORDERED_BEFORE.search(s.folded, 0, a.start):
            continue  # "Macron 2e, Mélenchon 1er, 30-25", "second to Macron, 24 to 21"
        unit = _pair_unit(a.quantity, b.quantity, s.round)
        if unit is None:
            continue
        kind, measure = (PERCENTAGE, "") if unit == PERCENT else (VOTES, CANDIDATE_VOTES)
        for cand, n in zip(before, (a, b), strict=True):
            out.append(_claim(s, kind, (cand,), n.start, replace(n.quantity, unit=unit), measure))
        used.update((i, i + 1))
    return out


# Between a winner's name and its score: the verb of winning alone ("Macron l'emporte 66-34").
WON_SCORE = re.compile(r"\s+(?:" + SHARE_WON.pattern + r")\s*[:,]?\s*")
SCORE_JOIN = re.compile(r"\s*(?:-|–|to|a)\s*")


def _one_sided_scores(s: _Sentence, used: set[int]) -> list[Claim]:
    """ "Macron l'emporte 66-34", "66 à 34 pour Macron": a second round's split, the winner's
    figure first; the other figure, the other finalist's, is what is left of 100.

    Only with one candidate named in the sentence, right before the pair with a verb of winning
    or right after it with "pour", and two figures summing to 100 within rounding.
    """
    if s.round != 2 or len({c.id for c in s.cands}) != 1 or len(s.numbers) < 2:
        return []
    cand = s.cands[0]
    if cand.is_object:
        return []  # "Le vote contre Le Pen l'emporte 66-34": she is what was voted against
    out: list[Claim] = []
    for i in range(len(s.numbers) - 1):
        a, b = s.numbers[i], s.numbers[i + 1]
        if i in used or i + 1 in used or not SCORE_JOIN.fullmatch(s.folded, a.end, b.start):
            continue
        x, y = a.quantity, b.quantity
        if {x.unit, y.unit} - {PERCENT, BARE} or x.bound or y.bound:
            continue
        # A split sums to 100 within the rounding of its two figures, and the winner's is larger.
        if abs(x.value + y.value - 100) > x.high - x.value + y.high - y.value or x.value <= y.value:
            continue
        won = cand.end <= a.start and WON_SCORE.fullmatch(s.folded, cand.end, a.start)
        if won and re.search(r"(?:rai[st]?|raient|ra|ront)\b", won.group().strip()):
            continue  # "l'emporterait 60-40", "cartonnera": would or will, not did
        owned = cand.start >= b.end and FOR_WORD.fullmatch(s.folded, b.end, cand.start)
        if won or owned:
            out.append(_claim(s, PERCENTAGE, (cand.id,), a.start, replace(x, unit=PERCENT)))
            s.qualifier_spans.append((b.start, b.end))  # read with the first: what is left
            used.update((i, i + 1))
    return out


def _pair_unit(x: Quantity, y: Quantity, rnd: int) -> str | None:
    """The unit two paired figures share, or None when they are not two shares or two counts.

    Two bare figures summing to about 100 in a first round are a head-to-head split ("51-49",
    "66-34"), not two shares of the round; "2 contre 1" is a ratio.
    """
    units = {x.unit, y.unit}
    if units <= {PERCENT, BARE} and PERCENT in units and x.value <= 100 and y.value <= 100:
        return PERCENT
    if units == {BARE} and x.value + y.value <= 100.5 and max(x.value, y.value) >= 10:
        return PERCENT if rnd == 2 or x.value + y.value < 90 else None
    if units <= {VOTES_UNIT, BARE} and VOTES_UNIT in units and min(x.value, y.value) >= 1000:
        return VOTES_UNIT
    return None


def _distance_to_candidate(s: _Sentence, n: NumberMention) -> bool:
    """True for "à 600 000 voix de Le Pen": a figure followed by "de" and a candidate."""
    after = [c for c in s.cands if c.start >= n.end]
    return bool(after) and FROM_WORD.fullmatch(s.folded, n.end, after[0].start)


def _glued_candidate(s: _Sentence, n: NumberMention) -> bool:
    """True for list-style "Hollande 27-28 / Sarkozy 25-26", a bare number right after a name."""
    before = [c for c in s.cands if c.end <= n.start]
    return bool(before) and GLUE.fullmatch(s.folded, before[-1].end, n.start) is not None


def _leader_and_pair_claims(s: _Sentence, so_far: list[Claim]) -> list[Claim]:
    """ "X en tête", "X gagne", and "X devant Y" / "X bat Y"."""
    out: list[Claim] = []
    # A signed gap already says who is ahead; an absolute one ("de peu", "séparés par") does not.
    gap_pairs = {c.candidates[:2] for c in so_far if c.type == GAP and c.measure != "absolute"}
    leaders: set[str] = set()
    pairs: list[tuple[str, str, int]] = []
    for m in AHEAD_RE.finditer(s.folded):
        obj = next((c for c in s.cands if c.start >= m.end() and c.start - m.end() < 30), None)
        subject = _subject_before(s, m.start())
        if obj is not None and subject is not None and obj.id != subject.id:
            # "Macron devancé par Le Pen"; never "leads by 2.7 points, Le Pen second"
            passive = _passive(s, m, obj)
            if passive is None:
                continue  # "battu, de fait, par Fillon", "devant les 21 % obtenus par": unread
            for o in _listed_from(s, obj):  # "devant Poutou et Asselineau": each of them
                if o.id != subject.id:
                    pairs.append(
                        (o.id, subject.id, m.start()) if passive else (subject.id, o.id, m.start())
                    )
        elif (
            obj is None
            and subject is not None
            and m.group() in ("devant", "leads", "leading")
            and not UNREAD_OBJECT.match(s.folded, m.end())  # "devant @JLMelenchon", "devant 🌹"
            and not ({c.id for c in s.cands} | s.named_before) - {subject.id}
        ):
            leaders.add(subject.id)
            out.append(_claim(s, LEADER, (subject.id,), m.start()))
    for m in LEADER_RE.finditer(s.folded):
        subject = _subject_before(s, m.start())
        if subject is None:
            after = [c for c in s.cands if c.start >= m.end() and c.start - m.end() < 40]
            subject = after[0] if after else None
        if subject is None or subject.id in leaders:
            continue
        if any(n.start <= m.start() < n.end for n in s.numbers):
            continue  # "22 % tops": a bound of the figure
        if any(
            0 <= c.start - m.end() <= 2 and not s.folded[m.end() : c.start].strip() for c in s.cands
        ):
            continue  # "X leads Y": ahead of one rival, not first of all ("en tête, Y 2e" is)
        over = OVER_RIVAL.match(s.folded, m.end())
        if over is not None and any(c.start == over.end() for c in s.cands):
            continue  # "l'emporte sur Fillon", "wins over Fillon": over him, not first of all
        won = [n for n in s.numbers if 0 <= n.start - m.end() <= 3]
        if won and not s.folded[m.end() : won[0].start].strip():
            continue  # "won 12 %", "remporte 30 % des voix": a share won, not the lead
        if (
            won
            and SHARE_WON.fullmatch(m.group())
            and LEAD_THEN_FIGURE.fullmatch(s.folded, m.end(), won[0].start)
        ):
            # "Le Pen gagne : 33,9 %": she wins, with that share, or won that share?
            claim = _claim(s, LEADER, (subject.id,), m.start())
            leaders.add(subject.id)
            out.append(replace(claim, doubts=(f"expression : {s.text[m.start() : won[0].end]}",)))
            continue
        if m.group() in ("took", "takes") and TAKES_NOT_LEAD.match(s.folded, m.end()):
            continue  # "took second place", "takes 20 %": a rank or a share, not the lead
        if re.match(
            r"^\s*(?:du nombre|des selfies|de la|en nombre)", s.folded[m.end() : m.end() + 20]
        ):
            continue
        if COUNT_OF_AREAS.match(s.folded[m.end() : m.end() + 40]) or EVERYWHERE.search(s.folded):
            continue  # "en tête dans 47 départements", "partout sauf…": not one area's leader
        leaders.add(subject.id)
        claim = _claim(s, LEADER, (subject.id,), m.start())
        if m.group().startswith(("elu", "elected")):  # the nation elects, whatever place is near
            claim = replace(claim, area=NATIONAL, alternatives=())
        out.append(claim)
    for m in ELECTED_RE.finditer(s.folded) if s.round == 2 else ():
        # "Macron élu avec 66 %": the winner of the deciding round, never of a first round.
        subject = _subject_before(s, m.start())
        if subject is not None and subject.id not in leaders:
            leaders.add(subject.id)
            s.qualifier_spans.append(m.span())
            # Elected by the nation, whatever place another clause names ("Macron élu
            # président, Le Pen en tête dans l'Aisne").
            claim = _claim(s, LEADER, (subject.id,), m.start())
            out.append(replace(claim, area=NATIONAL, alternatives=()))
    for m in LOSES_RE.finditer(s.folded):
        # "Le Pen gagne l'Aisne mais perd la Somme": no lead in the place lost.
        subject = _in_clause_before(s, m.start()) or [_subject_before(s, m.start())]
        winner = next((c for c in s.cands if c.start >= m.end()), None)
        if (
            subject[-1] is not None
            and winner is not None
            and winner.id != subject[-1].id
            and LOST_TO.fullmatch(s.folded, m.end(), winner.start)
        ):
            s.qualifier_spans.append(m.span())
            pairs.append((winner.id, subject[-1].id, m.start()))  # the one she lost to is ahead
            continue
        lost = next((p for p in s.places if p.kind == "place" and p.start >= m.end()), None)
        if (
            subject[-1] is None
            or lost is None
            or not LOST_GAP.fullmatch(s.folded, m.end(), lost.start)
        ):
            continue
        s.qualifier_spans.append(m.span())
        claim = _claim(s, LEADER, (subject[-1].id,), lost.start)
        out.append(replace(claim, area=lost.key, alternatives=lost.alternatives, negated=True))
    for m in PLACE_VOTES_RE.finditer(s.folded):
        voter = _place_voting(s, m)
        if voter is not None and voter.id not in leaders:
            leaders.add(voter.id)
            out.append(_claim(s, LEADER, (voter.id,), m.start()))
    for m in TRAILS_RE.finditer(s.folded):
        obj = next((c for c in s.cands if c.start >= m.end() and c.start - m.end() < 30), None)
        subject = _subject_before(s, m.start())
        if obj is not None and subject is not None and obj.id != subject.id:
            pairs.append((obj.id, subject.id, m.start()))  # "X derrière Y": Y ahead of X
    for first, second, pos in pairs:
        if (first, second) in gap_pairs or first in leaders:
            s.implied.add(second)  # the lead says it already
            continue
        out.append(_claim(s, RANK, (first, second), pos, AHEAD))
    return out


def _place_voting(s: _Sentence, m: re.Match[str]) -> _Cand | None:
    """The candidate a place votes for: "Nice vote Le Pen", "Brittany goes to Macron".

    The place must be the verb's subject (just before it, no candidate between) and the
    candidate its object (right after it).
    """
    places = [p for p in s.places if p.kind == "place" and p.end <= m.start()]
    if not places or not SUBJECT_GAP.fullmatch(s.folded, places[-1].end, m.start()):
        return None
    if any(places[-1].end <= c.start < m.start() for c in s.cands):
        return None
    after = [c for c in s.cands if c.start >= m.end()]
    if not after or not OBJECT_GAP.fullmatch(s.folded, m.end(), after[0].start):
        return None
    return after[0]


def _rank_claims(s: _Sentence, so_far: list[Claim]) -> list[Claim]:
    """ "Montebourg troisième", "3e place pour X", "Baylet bon dernier"."""
    out = []
    leaders = {c.candidates[0] for c in so_far if c.type == LEADER}
    for n in s.numbers:
        if n.quantity.unit != ORDINAL or ORDINAL_BLOCK.match(s.folded[n.end :]):
            continue
        if _ranks_nothing(s, n.start, n.end):
            continue
        cand = _rank_owner(s, n.start, n.end)
        if cand is not None and not re.match(r"\s*(?:homme|man)\b", s.folded[n.end :]):
            out.append(_rank_or_leader(s, cand, int(n.quantity.value), n.start, leaders))
    # "le troisième homme": the idiom of French politics for the third placed, man or woman
    third = re.search(r"\b3(?:eme|e|rd) (?:homme|man)\b", s.folded)
    if third and not out and s.cands and not any(p.kind == "place" for p in s.places):
        # the national race's: beside a place ("le 3e homme, 29 % à Toulouse") it is a nickname
        near = min(s.cands, key=lambda c: abs(c.start - third.start()))
        out.append(_claim(s, RANK, (near.id,), third.start(), 3))
    for m in s.ordinals:
        if ORDINAL_BLOCK.match(s.folded[m.end() :]) or _ranks_nothing(s, m.start(), m.end()):
            continue
        cand = _rank_owner(s, m.start(), m.end())
        if cand is None:
            continue
        value = 1 if m.group("first") else 2 if m.group("second") else NTH.get(m.group(), LAST)
        out.append(_rank_or_leader(s, cand, value, m.start(), leaders))
    return [c for c in out if c is not None]


def _ranks_nothing(s: _Sentence, start: int, end: int) -> bool:
    """True for an ordinal that ranks no candidate of the whole field ("une première").

    The "1er" of "Lyon 1er" names an arrondissement: it is part of the place.
    """
    return bool(
        RANK_NOT_HERE_BEFORE.search(s.folded, 0, start)
        or RANK_NOT_HERE_AFTER.match(s.folded, end)
        or any(p.start <= start < p.end for p in s.places)
    )


def _rank_or_leader(s: _Sentence, cand: str, value, pos: int, leaders: set[str]) -> Claim | None:
    """Rank 1 is a leader claim."""
    if value == 1:
        if cand in leaders:
            return None
        leaders.add(cand)
        return _claim(s, LEADER, (cand,), pos)
    return _claim(s, RANK, (cand,), pos, value)


def _rank_owner(s: _Sentence, start: int, end: int) -> str | None:
    """The candidate an ordinal describes: glued after a name, or "3e place ... X"."""
    before = [c for c in s.cands if c.end <= start]
    if before and FOR_PLACE.search(s.folded, 0, start):
        return _contest_winner(s, start)
    if before and RANK_GLUE.match(s.folded[before[-1].end : start]):
        glue = s.folded[before[-1].end : start]
        if "," in glue and len({c.id for c in before}) > 1 and before[-1].start > 0:
            comma = s.folded.rfind(",", 0, before[-1].start)
            if comma > before[0].start:
                return None  # "Mélenchon, devancé par Fillon, 4e": which of the two is 4th
        return before[-1].id
    after = [c for c in s.cands if c.start >= end and c.start - end < 90]
    if after and PLACE_BEFORE_CANDIDATE.match(s.folded[end : after[0].start]):
        return after[0].id
    if after and re.fullmatch(r"\s*[:,]?\s*", s.folded[end : after[0].start]):
        return after[0].id
    return None


def _contest_winner(s: _Sentence, pos: int) -> str | None:
    """ "Valls beats Royal for fourth place": the rank the one ahead takes, or None."""
    start, _ = _clause_of(s.folded, pos)
    verbs = [m for m in AHEAD_RE.finditer(s.folded, start, pos)]
    if len(verbs) != 1:
        return None
    m = verbs[0]
    subject = _subject_before(s, m.start())
    obj = next((c for c in s.cands if m.end() <= c.start < pos), None)
    if subject is None or obj is None or subject.start < start or subject.id == obj.id:
        return None
    passive = _passive(s, m, obj)
    if passive is None:
        return None
    return obj.id if passive else subject.id


def _passive(s: _Sentence, verb: re.Match[str], obj: _Cand) -> bool | None:
    """True for "Macron devancé par Le Pen", "devancé ce soir par", "beaten tonight by"; False
    with no "par"/"by" before the name; None when one stands there but may end other words
    ("devant les 21,3 % obtenus par Le Pen", "battu, de fait, par Fillon", "beats … by").
    """
    if BY_BEFORE.search(s.folded, max(verb.end(), obj.start - 6), obj.start) is None:
        return False
    if not PASSIVE_VERB.fullmatch(verb.group()) or OBTAINED.search(s.folded, verb.end(), obj.start):
        return None
    return True


def _in_clause_before(s: _Sentence, pos: int) -> list[_Cand]:
    """Candidates before a position, back to the last comma, semicolon or colon.

    "Macron et Le Pen qualifiés, Fillon et Mélenchon éliminés": each verb takes its own pair.
    """
    breaks = [m.end() for m in re.finditer(r"[,;:]", s.folded[:pos])]
    start = breaks[-1] if breaks else 0
    return [c for c in s.cands if start <= c.start and c.end <= pos]


def _listed_from(s: _Sentence, first: _Cand) -> list[_Cand]:
    """A candidate and those listed right after it: "Poutou et Asselineau", "X, Y and Z"."""
    out = [first]
    for c in s.cands:
        if c.start > out[-1].start and LIST_JOIN.fullmatch(s.folded, out[-1].end, c.start):
            if AHEAD_RE.match(s.folded[c.end : c.end + 30].lstrip()):
                break  # "devant Mélenchon et Le Pen devant Hamon": a clause of its own
            out.append(c)
    return out


def _listed_to(s: _Sentence, last: _Cand) -> list[_Cand]:
    """A candidate and those listed right before it: "Fillon et Mélenchon (à la trappe)"."""
    out = [last]
    for c in reversed(s.cands):
        if c.end < out[-1].start and LIST_JOIN.fullmatch(s.folded, c.end, out[-1].start):
            out.append(c)
    return out[::-1]


def _qualification_claims(s: _Sentence) -> list[Claim]:
    """ "X et Y au second tour", "Valls éliminé", "Pas de 2nd tour pour Ségo"."""
    out = []
    done: set[str] = set()
    folded = s.folded
    eliminations = ELIM_RE.finditer(folded) if any(w in folded for w in ELIM_WORDS) else ()
    for m in eliminations:
        before = _in_clause_before(s, m.start())
        if not before:
            after = [c for c in s.cands if c.start >= m.end()]
            before = after[:1]
        plural = m.group().endswith("s") or (before and len(_listed_to(s, before[-1])) > 1)
        targets = _unique([c.id for c in before]) if plural else [before[-1].id] if before else []
        for cid in targets:
            if cid not in done:
                done.add(cid)
                out.append(_claim(s, QUALIFICATION, (cid,), m.start(), ELIMINATED, rnd=1))
    results = any(n.quantity.unit in (PERCENT, VOTES_UNIT) for n in s.numbers)
    qualifications = QUAL_RE.finditer(folded) if any(w in folded for w in QUAL_WORDS) else ()
    for m in qualifications:
        if results and s.round == 2 and TOUR2_RE.search(m.group()):
            continue  # "Hollande 56,57 % au second tour" reports round 2, not a qualification
        # A negation ("n'est pas qualifié", "pas de second tour pour X") is read for the whole
        # sentence by _polarity, which flips the label; here every match states a qualification.
        before = _in_clause_before(s, m.start())
        after = [c for c in s.cands if c.start >= m.end() and c.start - m.end() < 40]
        targets = _unique([c.id for c in before]) if before else _unique([c.id for c in after[:2]])
        if not targets:
            continue
        value = QUALIFIED
        for cid in targets:
            if cid not in done:
                done.add(cid)
                out.append(_claim(s, QUALIFICATION, (cid,), m.start(), value, rnd=1))
    return out


def claim_summary(claim: Claim) -> str:
    """A compact text form of a claim, for logs and test messages."""
    value = claim.value
    if isinstance(value, Quantity):
        value = (
            f"{value.value:g}{'%' if value.unit == PERCENT else ''}[{value.low:g},{value.high:g}]"
        )
    return f"{claim.type}({','.join(claim.candidates)}; {claim.area}; r{claim.round}; {value})"
