"""Show stage: the site's two languages (French by default, English on a switch) and local times."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import g, request

from primaries.web.tally_phrases import TALLY_PHRASES

LANG_COOKIE = "lang"

# One entry per phrase of the interface: French first, English second.
PHRASES: dict[str, tuple[str, str]] = {
    "site_title": ("Résultats et rumeurs", "Results and rumours"),
    "skip": ("Aller au contenu", "Skip to content"),
    "home": ("Accueil", "Home"),
    "search": ("Rechercher", "Search"),
    "search_placeholder": (
        "Département, commune, ville consulaire, bureau…",
        "Département, commune, consular city, bureau…",
    ),
    "search_results": ("Résultats de la recherche", "Search results"),
    "no_match": ("Aucun lieu ne correspond.", "No place matches."),
    "as_of": ("Au", "As of"),
    "more_than": ("plus de", "more than"),
    "less_than": ("moins de", "less than"),
    "bureaux": ("bureaux", "polling stations"),
    "bureaux_reported": ("Bureaux dépouillés", "Polling stations reported"),
    "no_results_yet": ("aucun résultat pour l'instant", "no results yet"),
    "round": ("Tour", "Round"),
    "round_n": ("{n}er tour", "Round {n}"),
    "round_n2": ("{n}e tour", "Round {n}"),
    "national": ("Résultats nationaux", "National results"),
    "candidate": ("Candidat", "Candidate"),
    "votes": ("Voix", "Votes"),
    "share": ("% exprimés", "% of valid votes"),
    "turnout": ("Participation", "Turnout"),
    "inscrits": ("Inscrits", "Registered"),
    "votants": ("Votants", "Voters"),
    "exprimes": ("Exprimés", "Valid votes"),
    "blancs": ("Blancs", "Blank"),
    "nuls": ("Nuls", "Spoilt"),
    "map_title": ("Candidat en tête par département", "Leading candidate by département"),
    "map_waiting": ("pas encore de résultats", "no results yet"),
    "map_no_geography": (
        "Cette élection ne publie ses résultats qu'à l'échelle nationale : il n'y a pas de carte "
        "par département.",
        "This election publishes its results nationally only: there is no map by département.",
    ),
    "map_tiles": ("Sans contour sur la carte", "Not drawn on the map"),
    # The early-count caution (primaries/representativeness.py) and its classes of places.
    "caution_title": (
        "Premiers résultats, à lire avec prudence.",
        "Early figures: read with care.",
    ),
    "caution_body": (
        "Les bureaux dépouillés ne ressemblent pas encore à l'ensemble : {counted} % de leurs "
        "inscrits sont {place}, contre {registry} % pour l'ensemble des bureaux.",
        "The polling stations counted are not yet like the whole: {counted} % of their "
        "registered voters are {place}, against {registry} % across all polling stations.",
    ),
    "caution_measure": (
        "La mesure : répartis par taille de commune (en inscrits ; outre-mer et étranger à "
        "part), les inscrits des bureaux dépouillés s'écartent de {distance} {distance_unit} de "
        "ceux de l'ensemble (distance de variation totale). Autant de bureaux tirés au hasard "
        "s'en écarteraient d'environ {expected} {expected_unit}, et de plus de {bound} "
        "{bound_unit} moins d'une fois sur cent.",
        "The measure: spread by commune size (in registered voters; overseas and abroad "
        "apart), the registered voters of the stations counted are {distance} {distance_unit} "
        "away from the whole (total variation distance). As many stations drawn at random "
        "would be about {expected} {expected_unit} away, and more than {bound} {bound_unit} "
        "less than once in a hundred.",
    ),
    "point": ("point", "point"),
    "points": ("points", "points"),
    "caution_detail": (
        "Le détail, en part des inscrits",
        "In detail, as shares of registered voters",
    ),
    "caution_class": ("Lieux", "Places"),
    "caution_counted": ("Bureaux dépouillés", "Stations counted"),
    "caution_registry": ("Ensemble des bureaux", "All stations"),
    "class_lt500": ("Communes de moins de 500 inscrits", "Communes under 500 registered"),
    "class_500-2000": ("Communes de 500 à 2 000 inscrits", "Communes of 500 to 2,000"),
    "class_2000-10000": ("Communes de 2 000 à 10 000 inscrits", "Communes of 2,000 to 10,000"),
    "class_10000-50000": (
        "Communes de 10 000 à 50 000 inscrits",
        "Communes of 10,000 to 50,000",
    ),
    "class_50000+": ("Communes de 50 000 inscrits et plus", "Communes of 50,000 and more"),
    "class_overseas": ("Outre-mer", "Overseas"),
    "class_abroad": ("Français de l'étranger", "French abroad"),
    "place_lt500": (
        "dans des communes de moins de 500 inscrits",
        "in communes of under 500 registered voters",
    ),
    "place_500-2000": (
        "dans des communes de 500 à 2 000 inscrits",
        "in communes of 500 to 2,000 registered voters",
    ),
    "place_2000-10000": (
        "dans des communes de 2 000 à 10 000 inscrits",
        "in communes of 2,000 to 10,000 registered voters",
    ),
    "place_10000-50000": (
        "dans des communes de 10 000 à 50 000 inscrits",
        "in communes of 10,000 to 50,000 registered voters",
    ),
    "place_50000+": (
        "dans des communes de 50 000 inscrits et plus",
        "in communes of 50,000 registered voters or more",
    ),
    "place_overseas": ("outre-mer", "overseas"),
    "place_abroad": ("à l'étranger", "abroad"),
    "map_click": (
        "Touchez ou cliquez un département pour ouvrir sa page.",
        "Tap or click a département to open its page.",
    ),
    "chart_title": ("Voix par candidat", "Votes by candidate"),
    "claims": ("Rumeurs et affirmations", "Rumours and claims"),
    "claims_none": ("Aucune affirmation relevée.", "No claim collected yet."),
    "claim": ("Affirmation", "Claim"),
    "all_claims": ("Toutes les affirmations", "All claims"),
    "confirmed": ("Confirmé", "Confirmed"),
    "unconfirmed": ("Non confirmé", "Unconfirmed"),
    "contradicted": ("Démenti", "Contradicted"),
    "machine_verdict": ("Vérification automatique", "Automatic check"),
    "newsroom_verdict": ("Avis de la rédaction", "Newsroom's verdict"),
    "verdict_history": ("Historique des verdicts", "Verdict history"),
    "evidence": ("Les chiffres officiels", "The official figures"),
    "claimed": ("Ce que dit l'affirmation", "What the claim says"),
    "official": ("Chiffres officiels", "Official figures"),
    "posts": ("Publications", "Posts"),
    "spread": ("Diffusion", "Spread"),
    "accounts": ("comptes", "accounts"),
    "reach": ("portée", "reach"),
    "first_seen": ("Vue pour la première fois", "First seen"),
    "by_machine": ("machine", "machine"),
    "since": ("depuis", "since"),
    "until": ("jusqu'à", "until"),
    "area": ("Lieu", "Area"),
    "type": ("Type", "Type"),
    "label": ("Verdict", "Verdict"),
    "sub_areas": ("Détail", "Breakdown"),
    "bureau_table": ("Bureaux de vote", "Polling stations"),
    "filter": ("Filtrer", "Filter"),
    "all": ("Tous", "All"),
    "reported": ("Dépouillé", "Reported"),
    "not_reported": ("Non dépouillé", "Not reported"),
    "with_anomalies": ("Avec anomalies", "With anomalies"),
    "anomalies": ("Anomalies du flux", "Feed anomalies"),
    "download_csv": ("Télécharger en CSV", "Download CSV"),
    "bureaux_range": (
        "Bureaux {first} à {last} sur {total} (le CSV les contient tous)",
        "Polling stations {first} to {last} of {total} (the CSV holds them all)",
    ),
    "page_previous": ("Page précédente", "Previous page"),
    "page_next": ("Page suivante", "Next page"),
    "pages": ("Pages du tableau", "Table pages"),
    "code": ("Code", "Code"),
    "name": ("Nom", "Name"),
    "status": ("Statut", "Status"),
    "leader": ("En tête", "Leading"),
    "source_failed": (
        "Collecte de « {source} » en échec depuis {since} ({ago}) : {reason} ; chiffres au {time}.",
        "Fetching “{source}” has failed since {since} ({ago}): {reason}; figures as of {time}.",
    ),
    "source_late": (
        "« {source} » n'a pas été mis à jour depuis {ago}.",
        "“{source}” has not been updated for {ago}.",
    ),
    "ago_min": ("il y a {n} min", "{n} min ago"),
    "minutes": ("{n} min", "{n} min"),
    "tip": ("Signaler une publication", "Report a post"),
    "tip_intro": (
        "Vous avez vu passer un chiffre ou une rumeur ? Envoyez-nous le lien ou le texte.",
        "Seen a figure or a rumour? Send us its link or its text.",
    ),
    "tip_text": ("Texte de la publication", "Text of the post"),
    "tip_url": ("Lien (facultatif)", "Link (optional)"),
    "tip_author": ("Votre nom ou pseudo (facultatif)", "Your name or handle (optional)"),
    "send": ("Envoyer", "Send"),
    "tip_thanks": (
        "Merci : la rédaction relira votre signalement avant toute publication.",
        "Thank you: the newsroom will review your tip before anything is published.",
    ),
    "tip_empty": ("Il faut un texte.", "Some text is needed."),
    "language": ("English", "Français"),
    "editor": ("Rédaction", "Newsroom"),
    "login": ("Connexion", "Sign in"),
    "logout": ("Déconnexion", "Sign out"),
    "username": ("Identifiant", "User name"),
    "password": ("Mot de passe", "Password"),
    "bad_login": ("Identifiant ou mot de passe incorrect.", "Wrong user name or password."),
    "queue": ("File des affirmations", "Claim queue"),
    "audit": ("Journal des actions", "Audit log"),
    "users": ("Comptes", "Accounts"),
    "assign": ("Prendre", "Take"),
    "unassign": ("Rendre", "Give back"),
    "assigned": ("Attribuée à", "Assigned to"),
    "only_mine": ("Seulement les miennes", "Only mine"),
    "note": ("Note", "Note"),
    "add_note": ("Ajouter la note", "Add note"),
    "override": ("Corriger le verdict", "Override the label"),
    "override_reason": ("Raison (obligatoire)", "Reason (required)"),
    "withdraw": ("Retirer l'avis de la rédaction", "Withdraw the newsroom's verdict"),
    "reason_needed": ("Une raison est obligatoire.", "A reason is required."),
    "saved": ("Enregistré.", "Saved."),
    "when": ("Quand", "When"),
    "who": ("Qui", "Who"),
    "what": ("Quoi", "What"),
    "why": ("Pourquoi", "Why"),
    "order_spread": ("Par diffusion", "By spread"),
    "order_recent": ("Les plus récentes", "Most recent"),
    "open": ("Ouvrir", "Open"),
    "public_page": ("Page publique", "Public page"),
    "not_found": ("Page introuvable", "Page not found"),
    "forbidden": ("Accès refusé", "Access denied"),
    "too_many": (
        "Trop de requêtes, réessayez dans une minute.",
        "Too many requests, try again in a minute.",
    ),
    "bad_request": ("Requête invalide (formulaire expiré ?).", "Bad request (form expired?)."),
    "server_error": ("Erreur du serveur", "Server error"),
    "feed_atom": ("Flux Atom des verdicts", "Atom feed of verdicts"),
    "unavailable": (
        "Service momentanément indisponible, réessayez bientôt.",
        "Briefly unavailable, try again soon.",
    ),
    "api": ("API", "API"),
    "live": ("Mise à jour automatique", "Live updates"),
    "round_compare": ("1er tour et 2nd tour", "Round 1 and round 2"),
    "no_figures": (
        "Pas encore de chiffres officiels pour ce lieu.",
        "No official figures for this area yet.",
    ),
    "claim_types": ("Type d'affirmation", "Claim type"),
    "part_n": ("Partie {n}", "Part {n}"),
    "colon": (" : ", ": "),
    "same_as_part": ("ceux de la partie {n}", "as in part {n}"),
    "post": ("Publication", "Post"),
    "how_read": ("Comment la publication a été lue", "How the post was read"),
    "post_label": ("Verdict de la publication", "The post's verdict"),
    "post_rule": (
        "Démentie si une partie l'est, confirmée si toutes le sont, sinon non confirmée.",
        "Contradicted if any part is, confirmed if all are, else unconfirmed.",
    ),
    "tips_pending": ("Signalements à relire", "Tips waiting for review"),
    "tips_none": ("Aucun signalement en attente.", "No tip waiting."),
    "approve": ("Publier", "Approve"),
    "reject": ("Rejeter", "Reject"),
    "pending": ("En attente de relecture", "Waiting for review"),
    "leading_now": ("En tête", "Leading"),
    "rumour_notes": ("Notes sur les rumeurs", "Rumour notes"),
    "rumour_notes_help": (
        "Une note courte sur un récit qui revient (résultats publiés à l'étranger avant 20 h, "
        "« les inscrits ont changé entre les tours », une erreur d'infographie télé), à "
        "attacher aux publications auxquelles elle répond : elle s'affiche sur leurs pages.",
        "A short note on a narrative that keeps coming back (results published abroad before "
        "8 pm, “registered voters changed between rounds”, a TV graphic error), to attach to "
        "the posts it answers: it shows on their pages.",
    ),
    "note_title": ("Titre", "Title"),
    "note_body": ("Texte", "Text"),
    "add_rumour_note": ("Écrire la note", "Write the note"),
    "notes_none": ("Aucune note.", "No note yet."),
    "attach_note": ("Attacher une note sur une rumeur", "Attach a rumour note"),
    "attach": ("Attacher", "Attach"),
    "newsroom_note": ("Note de la rédaction", "Newsroom note"),
    "buzz_title": ("Le bruit à côté du décompte", "The buzz beside the count"),
    "buzz_note": (
        "Part de chaque candidat dans les mentions des publications relevées (et dans leur "
        "portée), à côté de son score officiel. Les publications ne sont pas des votes : une "
        "rumeur, une blague ou un démenti comptent autant ; cela dit de qui l'on parle, jamais "
        "qui gagne.",
        "Each candidate's share of the mentions in the posts collected (and of their reach), "
        "beside their official share. Posts are not votes: a rumour, a joke or a denial count "
        "the same; this says who is talked about, never who is winning.",
    ),
    "buzz_posts": ("{n} publications nommant un candidat", "{n} posts naming a candidate"),
    "webhooks": ("Webhooks", "Webhooks"),
    "webhooks_help": (
        "Chaque changement de verdict est envoyé en POST (JSON), signé : l'en-tête "
        "X-Primaries-Signature vaut sha256=HMAC-SHA256(secret, horodatage + « . » + corps), "
        "l'horodatage est dans X-Primaries-Timestamp. Quatre essais par envoi, avec attente "
        "croissante ; chaque essai est consigné.",
        "Each label change is POSTed as JSON, signed: the X-Primaries-Signature header is "
        "sha256=HMAC-SHA256(secret, timestamp + '.' + body), the timestamp in "
        "X-Primaries-Timestamp. Four attempts per change with growing waits; every attempt "
        "is logged.",
    ),
    "webhook_url": ("Adresse (https://…)", "URL (https://…)"),
    "webhook_add": ("Ajouter", "Add"),
    "webhook_secret": (
        "Secret de signature, affiché cette fois seulement : {secret}",
        "Signing secret, shown this once only: {secret}",
    ),
    "webhooks_none": ("Aucun webhook.", "No webhook."),
    "deliveries": ("Derniers envois", "Latest deliveries"),
    "follow": ("Suivre", "Follow"),
    "following": (
        "Suivie : vous serez prévenu si son verdict change",
        "Following: you will be told if its label changes",
    ),
    "follow_feed": ("Flux Atom de ce verdict", "Atom feed of this verdict"),
    "label_changed": ("Verdict changé : {before} → {after}", "Label changed: {before} → {after}"),
    "override_proposed": (
        "Proposé : publié quand un second éditeur l'aura approuvé.",
        "Proposed: published once a second editor approves it.",
    ),
    "overrides_waiting": (
        "Corrections en attente d'un second éditeur",
        "Overrides waiting for a second editor",
    ),
    "overrides_none": ("Aucune correction en attente.", "No override waiting."),
    "proposed_by": ("proposé par {who}", "proposed by {who}"),
    "needs_second": ("en attente d'un autre éditeur", "waiting for another editor"),
    "publish_alone": (
        "Publier seul, sans second éditeur (administrateur ; la raison est conservée)",
        "Publish alone, without a second editor (admin; the reason is kept)",
    ),
    "two_person_note": (
        "Règle des deux personnes : un second éditeur doit approuver la correction.",
        "Two-person rule: a second editor must approve the override.",
    ),
    "to_decide": ("À trancher", "Needs a decision"),
    "to_decide_help": (
        "Publications non confirmées, les plus diffusées d'abord.",
        "Unconfirmed posts, the most spread first.",
    ),
    "show_doubted": ("les voir seules", "show them alone"),
    "only_doubted": ("Avec des mots non lus", "With unread words"),
    "doubts_label": ("Non compris", "Not understood"),
    "order": ("Ordre", "Order"),
    "quoted": ("« {q} »", "“{q}”"),
    "role": ("Rôle", "Role"),
    "active": ("actif", "active"),
    "sources": ("Sources", "Sources"),
    "error": ("Erreur", "Error"),
    "last_ok": ("Dernier succès", "Last success"),
    "results_from": ("Résultats officiels : {authority}", "Official results: {authority}"),
    "top_claims": ("Les rumeurs les plus partagées", "The most shared rumours"),
}

# Phrases with a count: (French one, French many), (English one, English many). French takes
# the singular for 0 and 1 ("0 publication"), English for 1 only ("0 posts").
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "doubted_n": (
        (
            "{n} avec des mots que le vérificateur n'a pas lus",
            "{n} avec des mots que le vérificateur n'a pas lus",
        ),
        (
            "{n} with words the verifier could not read",
            "{n} with words the verifier could not read",
        ),
    ),
    "posts_n": (("{n} publication", "{n} publications"), ("{n} post", "{n} posts")),
    "accounts_n": (("{n} compte", "{n} comptes"), ("{n} account", "{n} accounts")),
    "bureaux_counted": (
        ("{n} bureau dépouillé sur {total}", "{n} bureaux dépouillés sur {total}"),
        ("{n} of {total} polling stations counted", "{n} of {total} polling stations counted"),
    ),
}

# The keys of a claim's value as the verifier writes them, in words.
VALUE_KEYS: dict[str, tuple[str, str]] = {
    "value": ("Valeur", "Value"),
    "measure": ("Mesure", "Measure"),
    "partial": ("Dépouillement partiel", "Partial count"),
    "time": ("Heure citée", "Time of day quoted"),
    "attribution": ("Source citée", "Source quoted"),
    "hedged": ("Au conditionnel", "Hedged"),
    "negated": ("Nié par le message", "Denied by the post"),
    "alternatives": ("Autres lectures du lieu", "Other readings of the place"),
    "compared": ("Comparé à", "Compared with"),
    "doubts": ("Non compris", "Not understood"),
}
# Words of the claimed values and measures that are not numbers.
CLAIMED_WORDS: dict[str, tuple[str, str]] = {
    "ahead": ("devant", "ahead"),
    "qualified": ("qualifié", "qualified"),
    "eliminated": ("éliminé", "eliminated"),
    "last": ("dernier", "last"),
    "close": ("coude à coude", "neck and neck"),
    "far": ("large écart", "wide gap"),
    "close_or_next": ("proches ou voisins au classement", "close or next in the order"),
    "candidate": ("voix du candidat", "the candidate's votes"),
    "exprimes": ("suffrages exprimés", "valid votes"),
    "votants": ("votants", "voters"),
    "inscrits": ("inscrits", "registered voters"),
    "rate": ("taux de participation", "turnout rate"),
    "abstention": ("abstention", "abstention"),
    "blancs": ("bulletins blancs", "blank ballots"),
    "nuls": ("bulletins nuls", "void ballots"),
    "blancs_nuls": ("blancs et nuls", "blank and void ballots"),
    "sum": ("total des candidats nommés", "the named candidates together"),
    "yes": ("oui", "yes"),
}
UNITS = {"percent": " %", "points": " pts"}

LEVELS: dict[str, tuple[str, str]] = {
    "national": ("France", "France"),
    "zone": ("Zone", "Zone"),
    "group": ("Ensemble", "Group"),
    "region": ("Région", "Region"),
    "departement": ("Département", "Département"),
    "constituency": ("Circonscription", "Constituency"),
    "country": ("Pays", "Country"),
    "commune": ("Commune", "Commune"),
    "arrondissement": ("Arrondissement", "Arrondissement"),
    "bureau": ("Bureau de vote", "Polling station"),
}

CLAIM_TYPES: dict[str, tuple[str, str]] = {
    "leader": ("En tête / vainqueur", "Leader / winner"),
    "percentage": ("Pourcentage", "Percentage"),
    "votes": ("Nombre de voix", "Vote count"),
    "rank": ("Classement", "Rank"),
    "turnout": ("Participation", "Turnout"),
    "qualification": ("Qualification", "Qualification"),
    "unread": ("Non lu", "Not read"),
    "gap": ("Écart", "Gap"),
    "comparison": ("Comparaison entre deux lieux", "Comparison of two places"),
}


def choose_language(languages: tuple[str, ...]) -> str:
    """The page's language: ?lang=, else the cookie, else the first configured (French)."""
    asked = request.args.get("lang") or request.cookies.get(LANG_COOKIE)
    return asked if asked in languages else languages[0]


def lang() -> str:
    """The language of the current request."""
    return g.get("lang", "fr")


def _pick(table: dict[str, tuple[str, str]], key: str) -> str:
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if lang() == "en" else pair[0]


def t(key: str, **values: object) -> str:
    """A phrase of the interface in the page's language, with its {placeholders} filled."""
    text = _pick(PHRASES, key)
    return text.format(**values) if values else text


def tn(key: str, count: int | None, **values: object) -> str:
    """A phrase with a count, singular or plural as the page's language wants it."""
    french, english = PLURALS[key]
    count = count or 0
    if lang() == "en":
        text = english[0] if count == 1 else english[1]
    else:
        text = french[0] if count < 2 else french[1]
    return text.format(n=number(count), **values)


def level_name(level: str) -> str:
    """An area level in words."""
    return _pick(LEVELS, level)


def claim_reading(value: dict, place_names: dict[str, str]) -> list[tuple[str, str]]:
    """How the verifier read a claim, as (what, in words) rows in the page's language.

    `value` is the claim's stored value: the figure, its measure, its qualifiers, the negation,
    the other readings of the place (named through `place_names`) and the words not understood.
    """
    said = {**(value.get("qualifiers") or {}), **value}
    rows = [
        ("value", _claimed(said.get("value"))),
        ("measure", _pick(CLAIMED_WORDS, said.get("measure") or "")),
    ]
    rows += [(key, str(said.get(key) or "")) for key in ("partial", "time", "attribution")]
    rows += [
        (key, _pick(CLAIMED_WORDS, "yes") if said.get(key) else "") for key in ("hedged", "negated")
    ]
    rows.append(
        ("alternatives", ", ".join(place_names.get(c, c) for c in said.get("alternatives") or ()))
    )
    rows.append(("compared", " / ".join(place_names.get(c, c) for c in said.get("compared") or ())))
    rows.append(
        (
            "doubts",
            (" ; " if lang() == "fr" else "; ").join(map(doubt_text, said.get("doubts") or ())),
        )
    )
    shown = [(_pick(VALUE_KEYS, key), text) for key, text in rows if text]
    return [(key, text) for key, text in shown if text not in ("absolute", "signed")]


def _claimed(value: object) -> str:
    """A claimed figure in words: "24 % (23,5 à 24,5)", "plus de 50 %", "devant"."""
    if isinstance(value, dict):
        unit = UNITS.get(value.get("unit", ""), "")
        low, high, shown = value.get("low"), value.get("high"), value.get("value")
        digits = 0 if float(shown or 0).is_integer() else 2
        text = f"{number(shown, digits)}{unit}"
        # Stored JSON writes an open end as null; the verifier's own values use infinity.
        if high is None or high == float("inf"):
            return f"{t('more_than')} {text}"
        if low is None or low == float("-inf"):
            return f"{t('less_than')} {text}"
        if isinstance(low, int | float) and isinstance(high, int | float):
            bound_digits = 2 if unit else 0  # shares to the hundredth, counts to the vote
            return f"{text} ({number(low, bound_digits)} – {number(high, bound_digits)}{unit})"
        return text
    if value is None or value == "":
        return ""
    return _pick(CLAIMED_WORDS, str(value))


def claim_type_name(kind: str) -> str:
    """A claim type in words."""
    return _pick(CLAIM_TYPES, kind)


def round_name(n: int) -> str:
    """ "1er tour" / "Round 1"."""
    return t("round_n" if n == 1 else "round_n2", n=n)


def number(value: int | float | None, digits: int = 0) -> str:
    """A number the way the page's language writes it (12 345,6 / 12,345.6)."""
    if value is None:
        return "–"
    text = f"{value:,.{digits}f}"
    if lang() == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def local_time(when: datetime | None, tz_name: str, fmt: str = "%H:%M") -> str:
    """A stored UTC time shown in the election's time zone."""
    if when is None:
        return "–"
    return when.astimezone(ZoneInfo(tz_name)).strftime(fmt)


def local_datetime(when: datetime | None, tz_name: str) -> str:
    """Date and time in the election's time zone, in the page's language."""
    return local_time(when, tz_name, "%d/%m/%Y %H:%M" if lang() == "fr" else "%Y-%m-%d %H:%M")


# --- Reasons stored as data ({"key", "params"}, primaries.reasons), worded in either language ---

REASONS: dict[str, tuple[str, str]] = {
    "coded": (
        "Message codé : laissé aux éditeurs, pas d'étiquette automatique.",
        "Coded post: left to the editors, no automatic label.",
    ),
    "prediction": (
        "Pronostic, pas un résultat : rien à vérifier.",
        "A prediction, not a result: nothing to check.",
    ),
    "doubts": (
        "Lecture incertaine, laissée aux éditeurs : {doubts}.",
        "Uncertain reading, left to the editors: {doubts}.",
    ),
    "readings_differ": (
        "Le lieu se lit de plusieurs façons ({places}), qui ne donnent pas la même étiquette.",
        "The place can be read several ways ({places}), which do not give the same label.",
    ),
    "needs_national": (
        "Qualification pour le second tour : il faut les résultats nationaux, pas encore là.",
        "Round-2 qualification depends on national results, not available yet.",
    ),
    "no_figures": (
        "Aucun résultat officiel pour {place} ({round}) pour l'instant.",
        "No official figures for {place} ({round}) yet.",
    ),
    "round_one": (
        "Conforme aux chiffres du premier tour, et le message ne dit pas de quel tour il parle.",
        "Consistent with round 1's figures, and the post does not say which round it means.",
    ),
    "not_running": (
        "{candidate} n'a aucune voix dans ce tour : le message parle sans doute d'un autre tour.",
        "{candidate} has no votes in this round: the post is likely about another round.",
    ),
    "stations": ("bureaux", "polling stations"),
    "unknown_place": ("ce lieu", "this place"),
    "denied": (" (le message le nie)", " (the post denies it)"),
    "between": ("entre {low} et {high}", "between {low} and {high}"),
    "share": (
        "score final {span}, {verdict} l'affirmation",
        "final share {span}, {verdict} the claim",
    ),
    "inscrits_share": (
        "part des inscrits finale {span}, {verdict} l'affirmation",
        "final share of registered voters {span}, {verdict} the claim",
    ),
    "gap": ("écart final {span}, {verdict} l'affirmation", "final gap {span}, {verdict} the claim"),
    "rate": (
        "taux de participation final {span}, {verdict} l'affirmation",
        "final turnout rate {span}, {verdict} the claim",
    ),
    "count": (
        "{what} final {span}, {verdict} l'affirmation",
        "final {what} {span}, {verdict} the claim",
    ),
    "rank": (
        "rang final possible entre {best} et {worst} (affirmé : {claimed})",
        "possible final rank between {best} and {worst} (claimed: {claimed})",
    ),
    "rate_unpublished": (
        "l'autorité ne publie pas le nombre d'inscrits",
        "the authority does not publish registered voters",
    ),
    "not_published": (
        "l'autorité ne publie pas les {what} à part",
        "the authority does not publish {what} separately",
    ),
    "abstention": (
        "abstention finale {span}, {verdict} l'affirmation",
        "final abstention {span}, {verdict} the claim",
    ),
    "spoilt_share": (
        "part finale des {what} parmi les votants {span}, {verdict} l'affirmation",
        "final share of {what} among voters {span}, {verdict} the claim",
    ),
    "comparison": (
        "score final {span}, contre {there_span} pour {there} ({there_reported}/{there_total} "
        "bureaux) ; {verdict}",
        "final share {span}, against {there_span} in {there} ({there_reported}/{there_total} "
        "polling stations); {verdict}",
    ),
}
# The words of a check's outcome, by the label of the claim as the post states it.
VERDICT_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "interval": {
        "confirmed": ("conforme à", "consistent with"),
        "contradicted": ("incompatible avec", "inconsistent with"),
        "unconfirmed": ("pas encore tranché pour", "not yet decided for"),
    },
    "leader": {
        "confirmed": (
            "l'avance dépasse les bulletins restant à compter",
            "the lead exceeds every ballot left to count",
        ),
        "contradicted": (
            "un autre candidat est devant, hors d'atteinte",
            "another candidate is ahead beyond reach",
        ),
        "unconfirmed": ("l'issue reste ouverte", "the outcome is still open"),
    },
    "order": {
        "confirmed": ("l'ordre ne peut plus changer", "the order can no longer change"),
        "contradicted": ("l'ordre est inverse", "the order is the other way round"),
        "unconfirmed": ("l'ordre peut encore changer", "the order can still change"),
    },
    "comparison": {
        "confirmed": (
            "plus haut ici, quoi qu'il reste à compter",
            "higher here, whatever is left to count",
        ),
        "contradicted": ("pas plus haut ici", "not higher here"),
        "unconfirmed": (
            "l'ordre des deux scores peut encore changer",
            "the two shares may still swap places",
        ),
    },
    "qualification": {
        "confirmed": (
            "la qualification est mathématiquement acquise",
            "qualification is mathematically settled",
        ),
        "eliminated": (
            "l'élimination est mathématiquement acquise",
            "elimination is mathematically settled",
        ),
        "contradicted": (
            "l'affirmation est mathématiquement exclue",
            "the claim is mathematically excluded",
        ),
        "unconfirmed": ("la qualification reste ouverte", "qualification is still open"),
    },
}
# What a count claim counts, in words.
COUNTED: dict[str, tuple[str, str]] = {
    "candidate": ("nombre de voix", "vote count"),
    "exprimes": ("nombre de suffrages exprimés", "number of valid votes"),
    "votants": ("nombre de votants", "number of voters"),
    "inscrits": ("nombre d'inscrits", "number of registered voters"),
    "blancs": ("nombre de bulletins blancs", "number of blank ballots"),
    "nuls": ("nombre de bulletins nuls", "number of void ballots"),
    "blancs_nuls": ("nombre de blancs et nuls", "number of blank and void ballots"),
}
# Ballots some feeds do not publish apart, in words.
SPOILT_WORDS: dict[str, tuple[str, str]] = {
    "blancs": ("bulletins blancs", "blank ballots"),
    "nuls": ("bulletins nuls", "void ballots"),
    "blancs_nuls": ("blancs et nuls", "blank and void ballots"),
}
# The kinds of doubt the extractor records ("mot : jeunes"), the post's own words kept as they are.
DOUBT_KINDS: dict[str, tuple[str, str]] = {
    "mot": ("mot", "word"),
    "chiffre": ("chiffre", "figure"),
    "expression": ("expression", "phrase"),
    "pronom sans candidat": ("pronom sans candidat", "pronoun with no candidate"),
    "phrase non lue": ("phrase non lue", "sentence not read"),
    "heure": ("heure", "time of day"),
    "compte partiel": ("compte partiel", "partial count"),
    "lieu": ("lieu", "place"),
    "négation": ("négation", "negation"),
    "population": ("population non publiée", "population not published"),
    "alternative": ("alternative entre candidats", "candidates given as alternatives"),
    "autre élection": ("comparaison avec une autre élection", "comparison with another election"),
    "candidat non lu": ("candidat cité sans affirmation lue", "candidate named, no claim read"),
    "hypothèse": ("hypothèse ou restriction", "hypothesis or restriction"),
    "pronom": ("pronom ambigu", "ambiguous pronoun"),
    "quantificateur": ("affirmation sur chaque zone", "claim about every area"),
    "rang": ("rang non rattaché", "rank word with no candidate"),
    "réponse": ("réponse non comprise", "answer not understood"),
    "élection entière": ("issue de toute l'élection", "outcome of the whole election"),
    "source": ("estimation ou sondage, pas le décompte", "estimate or poll, not the count"),
    "temps": ("autre moment que le décompte actuel", "another moment than the current count"),
    "emoji": ("emoji qui peut changer le sens", "emoji that may change the meaning"),
    "ordre": ("ordre des candidats non lu", "order of the candidates not read"),
    "désignation": (
        "candidat désigné sans être nommé",
        "a candidate referred to, not named",
    ),
    "base": ("base du pourcentage incertaine", "base of the percentage uncertain"),
    "fil": (
        "suite d'un fil, contexte plus haut",
        "later post of a thread, context above",
    ),
    "majuscules": ("en capitales, nom ou mot ordinaire", "in capitals, a name or an ordinary word"),
    "tour": (
        "tour nommé plus haut : ce chiffre est-il du même ?",
        "round named above: is this one's?",
    ),
}
_FLIP = {"confirmed": "contradicted", "contradicted": "confirmed"}


def _say(pair: tuple[str, str], language: str | None = None) -> str:
    return pair[1] if (language or lang()) == "en" else pair[0]


def doubt_text(doubt: str | list | tuple, language: str | None = None) -> str:
    """One doubt of the extractor in words: its kind translated, the post's words quoted."""
    kind, words = doubt if isinstance(doubt, list | tuple) else _split_doubt(str(doubt))
    pair = DOUBT_KINDS.get(kind)
    if pair is None:  # a kind this table does not know yet: say it was not understood
        pair = ("non compris", "not understood")
        words = f"{kind} : {words}".strip(" :") if words else kind
    name = _say(pair, language)
    if not words:
        return name
    return f"{name} : « {words} »" if (language or lang()) == "fr" else f"{name}: “{words}”"


def _split_doubt(doubt: str) -> tuple[str, str]:
    kind, sep, words = doubt.partition(" : ")
    return (kind, words) if sep else (doubt, "")


def _num_in(value: float | int | None, digits: int, language: str) -> str:
    if value is None:
        return "–"
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\u202f").replace(".", ",") if language == "fr" else text


def reason_text(reason: dict | None, tz: str, language: str | None = None) -> str:
    """A verdict's reason, stored as a key and its figures, in the page's (or given) language."""
    language = language or lang()
    key = (reason or {}).get("key") or ""
    params = (reason or {}).get("params") or {}
    if key in ("coded", "prediction", "needs_national", "round_one"):
        return _say(REASONS[key], language)
    place = params.get("place") or _say(REASONS["unknown_place"], language)
    if key == "doubts":
        words = " ; " if language == "fr" else "; "
        doubts = words.join(doubt_text(d, language) for d in params.get("doubts") or ())
        return _say(REASONS["doubts"], language).format(doubts=doubts)
    if key == "readings_differ":
        named = [_place_named(p, language) for p in params.get("places") or ()]
        places = ", ".join(named) or place
        return _say(REASONS["readings_differ"], language).format(places=places)
    if key == "not_running":
        return _say(REASONS[key], language).format(candidate=params.get("candidate", ""))
    if key == "no_figures":
        rnd = params.get("round") or 1
        name = _say(PHRASES["round_n" if rnd == 1 else "round_n2"], language).format(n=rnd)
        return _say(REASONS["no_figures"], language).format(place=place, round=name)
    if key not in _WHY and key != "figures":
        return ""
    return _figures_reason(key, params, place, tz, language)


def _place_named(place: str | list, language: str) -> str:
    """ "Corrèze (Département)": a reading's place with its level, homonyms apart."""
    if isinstance(place, str):
        return place
    name, level = [*place, None, None][:2]
    return f"{name} ({_say(LEVELS[level], language)})" if level in LEVELS else str(name)


def _figures_reason(key: str, params: dict, place: str, tz: str, language: str) -> str:
    """ "Paris, 896/896 bureaux, 23/04 21:47 : Macron 34,83 %, Fillon 26,45 % ; why."""
    when = ""
    if params.get("as_of"):
        moment = datetime.fromisoformat(params["as_of"]).astimezone(ZoneInfo(tz))
        when = moment.strftime("%d/%m %H:%M" if language == "fr" else "%m/%d %H:%M")
    percent = " %" if language == "fr" else "%"
    shares = ", ".join(
        f"{n} {_num_in(p, 2, language)}{percent}" for n, p in params.get("shares") or ()
    )
    reported = _num_in(params.get("reported"), 0, language)
    total = _num_in(params.get("total"), 0, language)
    head = f"{place}, {reported}/{total} {_say(REASONS['stations'], language)}"
    head += f", {when}" if when else ""
    head += (" : " if language == "fr" else ": ") + shares if shares else ""
    label = params.get("label") or "unconfirmed"
    stated = _FLIP.get(label, label) if params.get("negated") else label
    why = _WHY[key](params, stated, language) if key in _WHY else ""
    text = f"{head} ; {why}" if why and language == "fr" else f"{head}; {why}" if why else head
    if params.get("negated"):
        text += _say(REASONS["denied"], language)
    return text + "."


def _span(params: dict, unit: str, digits: int, language: str) -> str:
    low, high = params.get("low"), params.get("high")
    if low == high:
        return f"{_num_in(low, digits, language)}{unit}"
    return _say(REASONS["between"], language).format(
        low=f"{_num_in(low, digits, language)}{unit}",
        high=f"{_num_in(high, digits, language)}{unit}",
    )


def _interval_why(key: str, unit: str, digits: int) -> Any:
    def why(params: dict, stated: str, language: str) -> str:
        shown = unit
        if key in ("gap", "abstention"):
            percent = params.get("unit") in ("points", "percent")
            shown = (" pts" if key == "gap" else " %") if percent else ""
            digits_now = 2 if shown else 0
        else:
            digits_now = digits
        if shown == " %" and language == "en":
            shown = "%"
        what = _say(COUNTED.get(params.get("measure") or "", ("", "")), language)
        if key == "spoilt_share":
            what = _say(SPOILT_WORDS.get(params.get("measure") or "", ("", "")), language)
        if key == "count" and not what:
            what = _say(
                CLAIMED_WORDS.get(params.get("measure") or "", ("total", "total")), language
            )
        return _say(REASONS[key], language).format(
            span=_span(params, shown, digits_now, language),
            verdict=_say(VERDICT_WORDS["interval"][stated], language),
            what=what,
        )

    return why


def _rank_why(params: dict, stated: str, language: str) -> str:
    claimed = params.get("claimed")
    shown = _say(CLAIMED_WORDS["last"], language) if claimed == "last" else str(claimed)
    return _say(REASONS["rank"], language).format(
        best=params.get("best"), worst=params.get("worst"), claimed=shown
    )


def _comparison_why(params: dict, stated: str, language: str) -> str:
    """ "score final 34,83 %, contre 30,2 % pour Lyon (…) ; plus haut ici"."""
    percent = " %" if language == "fr" else "%"
    there = {"low": params.get("there_low"), "high": params.get("there_high")}
    return _say(REASONS["comparison"], language).format(
        span=_span(params, percent, 2, language),
        there_span=_span(there, percent, 2, language),
        there=params.get("there") or "–",
        there_reported=_num_in(params.get("there_reported"), 0, language),
        there_total=_num_in(params.get("there_total"), 0, language),
        verdict=_say(VERDICT_WORDS["comparison"][stated], language),
    )


def _qualification_why(params: dict, stated: str, language: str) -> str:
    eliminated = stated == "confirmed" and params.get("claimed") == "eliminated"
    return _say(VERDICT_WORDS["qualification"]["eliminated" if eliminated else stated], language)


_WHY: dict[str, Any] = {
    "share": _interval_why("share", " %", 2),
    "inscrits_share": _interval_why("inscrits_share", " %", 2),
    "gap": _interval_why("gap", "", 0),
    "rate": _interval_why("rate", " %", 2),
    "count": _interval_why("count", "", 0),
    "rank": _rank_why,
    "comparison": _comparison_why,
    "qualification": _qualification_why,
    "leader": lambda p, stated, language: _say(VERDICT_WORDS["leader"][stated], language),
    "order": lambda p, stated, language: _say(VERDICT_WORDS["order"][stated], language),
    "rate_unpublished": lambda p, stated, language: _say(REASONS["rate_unpublished"], language),
    "abstention": _interval_why("abstention", "", 0),
    "spoilt_share": _interval_why("spoilt_share", " %", 2),
    "not_published": lambda p, stated, language: _say(REASONS["not_published"], language).format(
        what=_say(SPOILT_WORDS.get(p.get("measure") or "", ("", "")), language)
    ),
}


# --- A post's parts, each in one line and in rows, in the page's language ---

PART_PHRASES: dict[str, tuple[str, str]] = {
    "leads": ("{who} en tête", "{who} leads"),
    "ahead": ("{who} devant {other}", "{who} ahead of {other}"),
    "ranked": ("{who} {n}e", "{who} ranked {n}"),
    "last": ("{who} dernier", "{who} last"),
    "gap": ("écart {who} – {other} : {value}", "gap {who} – {other}: {value}"),
    "close": ("{who} et {other} au coude à coude", "{who} and {other} neck and neck"),
    "far": ("large écart entre {who} et {other}", "wide gap between {who} and {other}"),
    "close_or_next": (
        "{who} et {other} proches ou voisins au classement",
        "{who} and {other} close or next in the order",
    ),
    "qualified": ("{who} qualifié pour le second tour", "{who} through to round 2"),
    "eliminated": ("{who} éliminé", "{who} eliminated"),
    "turnout": ("participation {value}", "turnout {value}"),
    "of_inscrits": ("des inscrits", "of registered voters"),
    "runner_up": ("son premier poursuivant", "the runner-up"),
    "of_votants": ("des votants", "of those who voted"),
    "unread": ("{who} : phrase non comprise", "{who}: sentence not understood"),
    "comparison": (
        "score de {who} plus élevé que pour {there}",
        "{who}'s share higher than in {there}",
    ),
    "denied": ("{what} (nié par le message)", "{what} (denied by the post)"),
    "unknown_place": ("lieu non reconnu", "place not recognised"),
    "asserted": ("affirmé", "asserted"),
    "denied_by_post": ("nié par le message", "denied by the post"),
    "polarity": ("Sens", "Polarity"),
    "precision": ("Précision", "Precision"),
    "claim_kind": ("Affirmation", "Claim"),
    "part": ("Partie {n}", "Part {n}"),
}
COUNTED_UNITS: dict[str, tuple[str, str]] = {"votes": ("voix", "votes")}
PRECISIONS: dict[str, tuple[str, str]] = {
    "": ("chiffre arrondi : {low} à {high}", "rounded figure: {low} to {high}"),
    "about": ("« environ » : {low} à {high}", "“about”: {low} to {high}"),
    "above": ("borne basse : plus de {value}", "lower bound: more than {value}"),
    "below": ("borne haute : moins de {value}", "upper bound: less than {value}"),
    "just_below": ("« frôle » : {low} à {high}", "“just under”: {low} to {high}"),
    "just_over": ("« à peine plus de » : {low} à {high}", "“just over”: {low} to {high}"),
    "just_under": ("« à peine moins de » : {low} à {high}", "“just under”: {low} to {high}"),
    "near": ("« près de » : {low} à {high}", "“near”: {low} to {high}"),
    "range": ("fourchette : {low} à {high}", "range: {low} to {high}"),
}


def _name_of(candidate: str, names: dict[str, str]) -> str:
    """A candidate's name, or "the runner-up" for the other side of a lead's margin."""
    return _part_say("runner_up") if candidate == "*" else names.get(candidate, "–")


def _part_say(key: str, **values: object) -> str:
    return _pick(PART_PHRASES, key).format(**values)


def _figure(value: object) -> str:
    """A claimed figure without its bounds: "35 %", "2 000 000"."""
    if not isinstance(value, dict):
        return _claimed(value)
    unit = UNITS.get(value.get("unit", ""), "")
    shown = value.get("value")
    digits = 0 if float(shown or 0).is_integer() else 2
    low, high = value.get("low"), value.get("high")
    if value.get("bound") == "range" and isinstance(low, int | float) and low != high:
        # The interval as read, its tolerance included: "entre 17 et 18 %" is 16,5 – 18,5 %.
        shown_digits = 0 if float(low).is_integer() and float(high).is_integer() else 1
        return f"{number(low, shown_digits)} – {number(high, shown_digits)}{unit}"
    prefix = {"above": t("more_than") + " ", "below": t("less_than") + " "}.get(
        value.get("bound", ""), ""
    )
    return f"{prefix}{number(shown, digits)}{unit}"


def part_place(part: dict) -> str:
    """Where a part is about, by name (never a bare code)."""
    named = ((part.get("reason") or {}).get("params") or {}).get("place")
    return part.get("area_name") or named or _part_say("unknown_place")


def part_summary(part: dict, names: dict[str, str]) -> str:
    """ "Paris : Macron 35 %" — one part of a post in a few words."""
    stored = part.get("value") or {}
    who_ids = list(part.get("candidates") or ())
    # A sum ("Mélenchon + Hamon : 26 %") is of every name; any other claim of its first.
    together = stored.get("measure") == "sum"
    if together:
        who = " + ".join(_name_of(c, names) for c in who_ids)
    else:
        who = " ".join(names.get(c, "") for c in who_ids[:1]).strip() or "–"
    other = _name_of(who_ids[1], names) if len(who_ids) > 1 else "–"
    value = stored.get("value")
    kind = part.get("type")
    if kind == "leader":
        what = _part_say("leads", who=who)
    elif kind == "rank":
        what = _rank_summary(value, who, other)
    elif kind == "gap":
        key = value if value in ("close", "far", "close_or_next") else "gap"
        what = _part_say(key, who=who, other=other, value=_figure(value))
    elif kind == "qualification":
        what = _part_say("eliminated" if value == "eliminated" else "qualified", who=who)
    elif kind == "turnout" or (kind == "votes" and not who_ids):
        measure = _pick(CLAIMED_WORDS, stored.get("measure") or "votants")
        what = (
            f"{_figure(value)} {measure}"
            if kind == "votes"
            else _part_say("turnout", value=_figure(value))
        )
    elif kind == "votes":
        what = f"{who} {_figure(value)} {_pick(COUNTED_UNITS, 'votes')}"
    elif kind == "unread":
        what = _part_say("unread", who=who)
    elif kind == "comparison":
        there = part.get("compared_name") or _part_say("unknown_place")
        what = _part_say("comparison", who=who, there=there)
    else:
        what = f"{who} {_figure(value)}"
        if stored.get("base") in ("inscrits", "votants"):
            what += " " + _part_say("of_" + stored["base"])
    if stored.get("negated"):
        what = _part_say("denied", what=what)
    separator = " : " if lang() == "fr" else ": "
    return f"{part_place(part)}{separator}{what}"


def _rank_summary(value: object, who: str, other: str) -> str:
    if value == "ahead":
        return _part_say("ahead", who=who, other=other)
    if value == "last":
        return _part_say("last", who=who)
    return _part_say("ranked", who=who, n=value)


def part_reading(
    part: dict, place_names: dict[str, str], names: dict[str, str]
) -> list[tuple[str, str]]:
    """How one part of a post was read, as (what, in words) rows: candidate, claim, measure,
    figure, precision, place, round, polarity, then the qualifiers and the doubts."""
    stored = part.get("value") or {}
    rows = [
        (t("candidate"), ", ".join(_name_of(c, names) for c in part.get("candidates") or ()) or ""),
        (_part_say("claim_kind"), claim_type_name(part.get("type") or "")),
        (t("area"), _place_with_level(part)),
        (t("round"), round_name(int(part.get("round") or 1))),
        (
            _part_say("polarity"),
            _part_say("denied_by_post" if stored.get("negated") else "asserted"),
        ),
        (_part_say("precision"), _precision(stored.get("value"))),
    ]
    value_row = _pick(VALUE_KEYS, "value")
    rest = [
        (key, _figure(stored.get("value")) if key == value_row else text)
        for key, text in claim_reading(stored, place_names)
        if key != _pick(VALUE_KEYS, "negated")
    ]
    said = {value_row, _pick(VALUE_KEYS, "measure")}
    figure = [(key, text) for key, text in rest if key in said]
    others = [(key, text) for key, text in rest if key not in said]
    return [(key, text) for key, text in rows[:2] + figure + rows[2:] + others if text]


def _place_with_level(part: dict) -> str:
    if not part.get("area_name"):
        return part_place(part)  # a place the store has no figures for, or none recognised
    level = part.get("area_level")
    if not level or level == "national":  # "France (France)" says nothing more
        return part["area_name"]
    return f"{part['area_name']} ({level_name(level)})"


def _precision(value: object) -> str:
    """How exact the claimed figure is, in words (nothing for words such as "ahead")."""
    if not isinstance(value, dict):
        return ""
    unit = UNITS.get(value.get("unit", ""), "")
    low, high = value.get("low"), value.get("high")
    # Enough digits to show the bounds exactly: "20,01 %" read to the hundredth is 20,005 – 20,015.
    digits = 2 if unit else 0
    while digits < 4 and any(
        isinstance(x, int | float) and abs(x * 10**digits - round(x * 10**digits)) > 1e-6
        for x in (low, high)
    ):
        digits += 1
    pattern = _pick(PRECISIONS, value.get("bound", "") if value.get("bound") in PRECISIONS else "")
    if high is None or low is None:
        pattern = _pick(PRECISIONS, "above" if high is None else "below")
    return pattern.format(
        low=f"{number(low, digits)}{unit}",
        high=f"{number(high, digits)}{unit}",
        value=_figure({**value, "bound": ""}),
    )


# The officials' bureau table: its filters, its lists of bureaux not yet reported, its CSVs.
PHRASES.update(
    {
        "bureaux_waiting": (
            "Bureaux non encore dépouillés : {n}",
            "Polling stations not yet reported: {n}",
        ),
        "bureaux_all_in": (
            "Tous les bureaux sont dépouillés.",
            "Every polling station has reported.",
        ),
        "csv_french": ("CSV pour tableur français", "CSV for French spreadsheets"),
        "csv_french_short": ("CSV (tableur français)", "CSV (French spreadsheets)"),
        "apply_filter": ("Afficher", "Show"),
        "no_bureau_matches": ("Aucun bureau ne correspond.", "No polling station matches."),
        "bureaux_order": (
            "Filtre et tri portent sur tous les bureaux, pas seulement cette page.",
            "Filter and order apply to every polling station, not only this page.",
        ),
        "show_all": ("Tous", "All"),
        "show_reported": ("Dépouillés", "Reported"),
        "show_not_reported": ("Non dépouillés", "Not reported"),
        "show_turnout_lt60": ("Participation < 60 %", "Turnout < 60%"),
        "show_turnout_60_70": ("Participation 60–70 %", "Turnout 60–70%"),
        "show_turnout_70_80": ("Participation 70–80 %", "Turnout 70–80%"),
        "show_turnout_80_90": ("Participation 80–90 %", "Turnout 80–90%"),
        "show_turnout_90": ("Participation ≥ 90 %", "Turnout ≥ 90%"),
    }
)


# The rehearsal band: test data must never be taken for results.
PHRASES.update(
    {
        "rehearsal": ("RÉPÉTITION", "REHEARSAL"),
        "rehearsal_band": (
            "données de test (autorité simulée ou source de test), pas des résultats officiels",
            "test data (a simulated authority or a test source), not official results",
        ),
        "rehearsal_notice": (
            "RÉPÉTITION : données de test (autorité simulée ou source de test), "
            "pas des résultats officiels",
            "REHEARSAL: test data (a simulated authority or a test source), not official results",
        ),
    }
)


# The bureaux of an area by status.
PHRASES.update(
    {
        "status_counts": ("Bureaux par statut :", "Polling stations by status:"),
        "status_not_reported": ("non dépouillés", "not reported"),
        "status_provisional": ("provisoires", "provisional"),
        "status_validated": ("validés", "validated"),
        "status_corrected": ("dont corrigés", "of which corrected"),
        "status_quarantined": ("en quarantaine", "quarantined"),
        "status_cancelled": ("annulés", "cancelled"),
        "show_quarantined": ("En quarantaine", "Quarantined"),
        "bureau_provisional": ("Provisoire", "Provisional"),
        "bureau_validated": ("Validé", "Validated"),
        "bureau_corrected": ("corrigé", "corrected"),
        "bureau_quarantined": ("En quarantaine", "Quarantined"),
        "bureau_cancelled": ("Annulé par l'autorité", "Cancelled by the authority"),
        "quarantine_explained": (
            "chiffres gardés et affichés, mais non comptés : ils échouent à un contrôle "
            "d'intégrité",
            "figures kept and shown, but not counted: they fail an integrity check",
        ),
        "quarantine_note": (
            "En quarantaine : chiffres gardés et affichés dans la liste des bureaux, mais non "
            "comptés, car ils échouent à un contrôle d'intégrité.",
            "Quarantined: figures kept and shown in the list of polling stations, but not "
            "counted, as they fail an integrity check.",
        ),
        "quarantine_could_change": (
            "Bureaux en quarantaine ({n}, {inscrits} inscrits) : ils pourraient changer {what}. "
            "Leurs chiffres échouent à un contrôle d'intégrité et ne sont pas comptés.",
            "Quarantined polling stations ({n}, {inscrits} registered) could change {what}. "
            "Their figures fail an integrity check and are not counted.",
        ),
        "quarantine_what_lead": ("qui arrive en tête", "who leads"),
        "quarantine_what_qualification": (
            "qui se qualifie pour le second tour",
            "who qualifies for round 2",
        ),
        "quarantine_and": (" et ", " and "),
        "check_negative": ("nombres négatifs", "negative counts"),
        "check_arithmetic": (
            "votants ({votants}) ≠ blancs + nuls + exprimés ({total})",
            "voters ({votants}) ≠ blank + void + valid votes ({total})",
        ),
        "check_votes_sum": (
            "somme des voix ({sum_votes}) ≠ exprimés ({exprimes})",
            "the candidates' votes ({sum_votes}) ≠ valid votes ({exprimes})",
        ),
        "check_over_inscrits": (
            "{votants} votants pour {inscrits} inscrits",
            "{votants} voters for {inscrits} registered",
        ),
    }
)
PHRASES.update(TALLY_PHRASES)  # the tally-sheet pages' phrases (web.tally)


def failed_check(check: dict[str, Any]) -> str:
    """An integrity check a quarantined bureau fails, in words, with its numbers."""
    kind, details = check.get("kind", ""), check.get("details") or {}
    if kind == "arithmetic":
        total = sum(int(details.get(k) or 0) for k in ("blancs", "nuls", "exprimes"))
        return t("check_arithmetic", votants=number(details.get("votants")), total=number(total))
    if kind == "votes_sum":
        return t(
            "check_votes_sum",
            sum_votes=number(details.get("sum_votes")),
            exprimes=number(details.get("exprimes")),
        )
    if kind == "over_inscrits":
        return t(
            "check_over_inscrits",
            votants=number(details.get("votants")),
            inscrits=number(details.get("inscrits")),
        )
    return t("check_negative")


def quarantine_warning(effect: dict[str, Any]) -> str:
    """What an area's quarantined bureaux could change, as one sentence ("" when nothing)."""
    what = effect.get("could_change") or ()
    if not what:
        return ""
    return t(
        "quarantine_could_change",
        n=number(effect.get("bureaux")),
        inscrits=number(effect.get("inscrits")),
        what=t("quarantine_and").join(t(f"quarantine_what_{w}") for w in what),
    )


def duration(seconds: float | None) -> str:
    """A delay short enough for a status line: "45 s", "12 min", "3 h 05", "12 j"."""
    if seconds is None:
        return "–"
    seconds = int(seconds)
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 3 * 3600:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h {seconds % 3600 // 60:02d}"
    return f"{number(seconds // 86400)} {'j' if lang() == 'fr' else 'days'}"


# Where the figures come from: the source, its snapshots' times, and whether it is late.
PHRASES.update(
    {
        "provenance": ("Source des chiffres", "Where these figures come from"),
        "provenance_bureaux": ("{n} bureaux", "{n} polling stations"),
        "published_at": ("publiés à", "published"),
        "not_published_at": (
            "heure de publication non donnée par la source",
            "publication time not given by the source",
        ),
        "fetched_at": ("récupérés à", "fetched"),
        "first_fetched_at": ("les plus anciens à", "the oldest at"),
        "last_success": ("dernière collecte réussie", "last good fetch"),
        "late": ("en retard", "late"),
        "late_detail": (
            "aucune collecte réussie depuis {ago}, alors que la source est interrogée toutes les "
            "{interval} (en retard après {limit})",
            "no good fetch for {ago}, though the source is polled every {interval} "
            "(late after {limit})",
        ),
        "unscheduled": (
            "source chargée à la main, hors calendrier de collecte",
            "source loaded by hand, outside the collection schedule",
        ),
        "provenance_none": (
            "Aucun chiffre officiel reçu pour l'instant.",
            "No official figures received yet.",
        ),
    }
)


# What changed between two times: bureaux new, corrected, quarantined; labels that changed.
PHRASES.update(
    {
        "changes": ("Ce qui a changé", "What changed"),
        "changes_here": ("Ce qui a changé ici", "What changed here"),
        "changes_intro": (
            "Bureaux arrivés, corrigés ou mis en quarantaine, et verdicts modifiés, entre deux "
            "heures (heure de {tz}).",
            "Polling stations that reported, were corrected or were quarantined, and labels "
            "that changed, between two times ({tz} time).",
        ),
        "changes_window": ("Du {since} au {until}", "From {since} to {until}"),
        "changes_since": ("Depuis", "Since"),
        "changes_until": ("Jusqu'à", "Until"),
        "changes_minutes": ("ou les dernières (minutes)", "or the last (minutes)"),
        "changes_time_hint": (
            "AAAA-MM-JJTHH:MM, ou HH:MM pour aujourd'hui ; vide : maintenant",
            "YYYY-MM-DDTHH:MM, or HH:MM for today; empty: now",
        ),
        "changes_last": ("Dernières {n} min", "Last {n} min"),
        "changes_show": ("Afficher", "Show"),
        "changes_none": ("Aucun changement dans cette période.", "No change in this window."),
        "change_new": ("Bureaux nouveaux", "New polling stations"),
        "change_corrected": ("Bureaux corrigés", "Corrected polling stations"),
        "change_quarantined": ("Bureaux en quarantaine", "Quarantined polling stations"),
        "change_cancelled": ("Bureaux annulés", "Cancelled polling stations"),
        "change_validated": (
            "Bureaux validés (mêmes chiffres)",
            "Polling stations validated (same figures)",
        ),
        "change_label": ("Verdicts modifiés", "Labels that changed"),
        "change_more": (
            "… et {n} de plus : voir tout ce type de changement, page par page, ou le CSV",
            "… and {n} more: see every change of this kind, page by page, or the CSV",
        ),
        "change_all_kinds": ("Tous les types de changement", "Every kind of change"),
        "change_moved": ("Ce qui a changé", "What moved"),
        "change_time": ("Heure", "Time"),
        "change_previous": ("avant", "before"),
        "change_becomes": ("devient", "becomes"),
        "source": ("Source", "Source"),
        "change_revision": ("Révision", "Revision"),
        "change_by_machine": ("vérification automatique", "automatic check"),
        "change_by_newsroom": ("rédaction", "newsroom"),
        "change_by": ("Par", "By"),
        "change_post": ("Publication", "Post"),
        "change_page": ("Page {page} sur {pages}", "Page {page} of {pages}"),
        "csv_international": ("CSV international", "International CSV"),
        "window_bad_time": (
            "« {name} » doit être une heure comme 2017-04-23T20:15 ou 20:15.",
            "“{name}” must be a time such as 2017-04-23T20:15 or 20:15.",
        ),
        "window_both": (
            "Donnez « since » ou « minutes », pas les deux.",
            "Give “since” or “minutes”, not both.",
        ),
        "window_bad_minutes": (
            "« minutes » doit être un nombre entier entre 1 et {most}.",
            "“minutes” must be a whole number from 1 to {most}.",
        ),
        "window_too_long": (
            "La période ne peut pas dépasser {most} jours.",
            "The window cannot be longer than {most} days.",
        ),
        "window_order": (
            "Le début de la période doit précéder sa fin.",
            "The window must start before it ends.",
        ),
        "window_bad_kind": (
            "« kind » doit être l'un de : {kinds}.",
            "“kind” must be one of: {kinds}.",
        ),
        "window_bad_page": (
            "« page » doit être un nombre entier positif.",
            "“page” must be a positive whole number.",
        ),
    }
)

# One bureau's status, in a table cell.
PHRASES.update(
    {
        "st_provisional": ("provisoire", "provisional"),
        "st_validated": ("validé", "validated"),
        "st_quarantined": ("en quarantaine", "quarantined"),
    }
)
