"""Verify stage: the words the verifier understands; any other word in a post leaves it unconfirmed.

A strong label needs a reading of the whole post. After the candidates, places, numbers, partial
counts and the words of the claim types are accounted for, each remaining word must be one of
these: words that never change what a result claim asserts (articles, prepositions, the verbs
and nouns of results). A word that can change it ("jeunes", "sondage", "faux", "crois",
"pourrait") is deliberately absent, so the post goes to the editors with that word. Grow this
list only with words that cannot turn a claim into another one.
"""

from __future__ import annotations

import re


def words_of(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of a text."""
    return frozenset(text.split())


# Words of French results posts that keep a claim what it is.
FRENCH = words_of(
    """
    a au aux avec chez contre dans de des du en entre et face la le les l d s c qu j m t un une
    par pour sur vers ou ce cet cette ces se son sa ses leur leurs mon ma mes notre nos votre vos
    il elle ils elles on nous vous je tu me moi lui eux qui que dont est sont
    ete etre ont eu fait font fera faire realise realisent obtient obtiennent
    obtenu obtenus obtenue recueille recueillent recueilli recolte recoltent engrange totalise
    totalisent atteint atteignent arrive arrivent arrivee arrives termine terminent finit
    finissent reste restent place placent classe classee classes passe passent
    resultat resultats officiel officiels officielle officielles definitif definitifs
    definitive definitives final finaux finale finales complet complets complete completes
    voix suffrages bulletin bulletins vote votes exprimes valables
    votants participation inscrits inscrit electeurs
    bureau bureaux depouilles depouille depouillement compte comptes decompte
    tour premier premiere second seconde deuxieme
    dernier derniere dernieres derniers rang position score scores pourcentage
    points point pts pt pourcent
    tete devant gagne gagnent gagnant gagnante vainqueur vainqueurs victoire
    remporte remportent emporte emportent
    avance ecart retard
    qualifie qualifies qualifiee qualifiees qualification elimine elimines eliminee eliminees
    candidat candidats candidate candidates
    presidentielle presidentielles primaire primaires election elections scrutin
    citoyenne socialiste ps
    soir nuit dimanche annee
    officiellement confirme confirmes selon apres egalement mais taux rond revenue revient
    homme role effondre participe sera seront serons
    serait seraient aurait auraient obtiendrait obtiendraient arriverait arriveraient
    gagnerait remporterait emporterait devancerait menerait recueillerait totaliserait
    ferait realiserait battrait deferait dominerait caracolerait
    recolterait recolteraient depasserait depasseraient atteindrait atteindraient
    terminerait termineraient finirait finiraient passerait passeraient resterait resteraient
    engrangerait engrangeraient totaliseraient devanceraient meneraient gagneraient
    remporteraient emporteraient feraient battraient deferaient domineraient realiseraient
    recueilleraient
    voici voila donc ainsi alors aussi meme deja encore enfin bref
    hexagone metropole outre mer francais
    plus moins environ pres autour barre cap seuil
    tous toutes tout toute ds cc parmi via
    bravo tristesse rageant dur dure deception decu decue catastrophe incroyable
    enorme dingue ouf magnifique superbe felicitations fier fiere fiers joie honte courage
    soiree militants continue
    donne donnent rassemble rassemblent rassemble pese pesent represente representent
    source sources chiffre chiffres ministere interieur logique france
    votent vote choisi choisit choisissent bascule basculent affrontera affronteront affronte
    affrontent republique correction rectificatif erratum
    """
)

# Words of English results posts that keep a claim what it is.
ENGLISH = words_of(
    """
    the a an of in at on with and or by for to from as is are was were has have had be been
    it its his her he she they their this that these those who which
    leads lead leading leader ahead wins win won winner winning victory tops topped first
    second last place finishes finished finish come comes came takes took
    gets got scores scored scoring secures secured receives received
    votes vote ballots ballot percent per cent points point pts share turnout voters votants
    registered valid cast
    result results official final count counted counting
    polling station stations precinct precincts constituency
    round runoff run off qualifies qualified qualify through eliminated out
    presidential primary election elections
    tonight night sunday
    over against versus vs
    so also even already still now go goes went make makes made socialist but
    isn doesn didn wasn aren hasn don does did do
    more less than about around roughly
    all every cc among between via turned
    wow great amazing sad classic tonight congrats congratulations
    gave gives give source breaking fwiw tbh ouch france french figures numbers mark
    threshold barrier voted face faces facing advance advances
    advanced ministry interior thread correction erratum
    """
)

# Feelings and verdicts on a result, in either language: they say what the author thinks of the
# figures, never which figures, where, among whom or compared with what. Deliberately absent:
# words of size or margin ("landslide", "raclée"), of comparison with other elections
# ("historique", "record", "jamais"), of disbelief ("unbelievable"), and group names that could
# be a population ("insoumis", "patriots", "socialists").
COMMENTARY = words_of(
    """
    disaster disastrous rejoice sorry scary stuff terrible awful horrible shocking stunning
    stunned crazy brutal yikes oof phew damn omg yay hooray woohoo kudos proud happy glad
    delighted relieved relief thrilled gutted devastated heartbreaking heartbroken depressing
    grim bleak nice fantastic brilliant superb epic humiliating humiliation embarrassing
    debacle terrifying worrying sigh meh
    desastre desastreux berezina genial chapeau merci helas malheureusement heureusement quel
    quelle quels quelles dommage triste colere effrayant flippant terrifiant inquietant choc
    choquant siderant sidere waouh youpi hourra vive bof pfff pff
    humiliant soulagement soulage soulagee content contente contents
    heureux heureuse ravi ravie degoute degoutee degoutes navrant pathetique lamentable
    triomphe honteux honteuse scandaleux scandaleuse shameful disgraceful
    """
)

# Hashtag words that change what a post asserts: a tag made of one of these is not ignored.
TAGS_THAT_MATTER = words_of(
    """
    fake fakenews faux intox hoax rumeur rumour rumor sondage sondages poll polls estimation
    estimations humour humor blague joke troll parodie satire parody prono pronostic
    pronostics prediction debunk desintox decodeurs checknews infox fauxinfo vraioufaux
    """
)

# Emojis that only say how the author feels, or point at the figures: any other emoji (🤔 🤞 🔮
# 🥇 ❌ 😉 📈…) may doubt, mock, wish, rank or compare, so it leaves the post to the editors.
HARMLESS_EMOJIS = frozenset(
    "😢😭😬😱😳😮😲😯🙂😀😃😄😁😊🥳🎉🎊👏🙌💪🔥❤♥💔💙💚💛🧡💜🖤🤍😡🤬😤😞😔😟😕🙁☹😩"
    "😫😖😣🤯🥺😐😑😶😅😓🗳📊📢📣🚨⚠🔴🔵⚪⚫🟢🟡🟠🟣🟤🟦🟥⬛⬜🌹☀🌞✅✔☑👍👀👉👇🔗📌📍⏰🚀✊→"
)
# Emoji and pictograph code points; flags (regional indicator pairs) are read as places apart.
EMOJI = re.compile(
    "[\U0001f000-\U0001f1e5\U0001f200-\U0001f3fa\U0001f400-\U0001faff\u2600-\u27bf"
    "\u2b00-\u2bff\u203c\u2049\u203d\u2753-\u2757"
    # arrows and triangles of a trend: "Fillon ↓ 20 %", "Le Pen ▲ 21,3 %"
    "\u2190-\u21ff\u25b2-\u25b5\u25bc-\u25bf\u2934\u2935]"
)

URL = re.compile(r"https?://\S+|www\.\S+")
HANDLE = re.compile(r"@\w+")
HASHTAG = re.compile(r"#(\w+)")
WORD = re.compile(r"[a-z]+")
YEAR = re.compile(r"^(?:19|20)\d\d$")

KNOWN = FRENCH | ENGLISH | COMMENTARY


def unread_emojis(text: str) -> list[str]:
    """Emojis of a post that may change what it asserts (any but the harmless ones)."""
    return [ch for ch in EMOJI.findall(text) if ch not in HARMLESS_EMOJIS]


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans replaced by spaces (positions kept)."""
    chars = list(text)
    for start, end in spans:
        start, end = max(0, start), min(len(chars), end)
        if start < end:  # a slice of spaces as long as the span: positions kept
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the links of a text."""
    # A test for the letters every link begins with spares most posts the scan.
    if "http" not in text and "www" not in text:
        return []
    return [m.span() for m in URL.finditer(text)]


def handle_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the @handles of a text."""
    return [m.span() for m in HANDLE.finditer(text)] if "@" in text else []


def hashtag_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the hashtags of a text."""
    return [m.span() for m in HASHTAG.finditer(text)] if "#" in text else []


def noise_spans(folded: str) -> list[tuple[int, int]]:
    """URLs, handles and hashtags: the wrapping of a post, not its assertion."""
    return url_spans(folded) + handle_spans(folded) + hashtag_spans(folded)


def unknown_words(rest: str) -> list[str]:
    """Words the verifier does not know in what is left of a folded sentence once read."""
    return [w for w in WORD.findall(rest) if w not in KNOWN]
