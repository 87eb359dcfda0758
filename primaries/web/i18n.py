"""Show stage: the site's two languages (French by default, English on a switch) and local times."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flask import g, request

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
    "bureaux": ("bureaux", "bureaux"),
    "bureaux_reported": ("Bureaux dépouillés", "Bureaux reported"),
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
        "Dernière collecte de « {source} » en échec {ago} ; chiffres au {time}.",
        "Last fetch of “{source}” failed {ago}; figures as of {time}.",
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
        "Merci, la rédaction va regarder.",
        "Thank you, the newsroom will look into it.",
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
    "doubts": ("Non compris", "Not understood"),
}
# Words of the claimed values and measures that are not numbers.
CLAIMED_WORDS: dict[str, tuple[str, str]] = {
    "ahead": ("devant", "ahead"),
    "qualified": ("qualifié", "qualified"),
    "eliminated": ("éliminé", "eliminated"),
    "last": ("dernier", "last"),
    "close": ("coude à coude", "neck and neck"),
    "candidate": ("voix du candidat", "the candidate's votes"),
    "exprimes": ("suffrages exprimés", "valid votes"),
    "votants": ("votants", "voters"),
    "rate": ("taux de participation", "turnout rate"),
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
    "bureau": ("Bureau de vote", "Polling station"),
}

CLAIM_TYPES: dict[str, tuple[str, str]] = {
    "leader": ("En tête / vainqueur", "Leader / winner"),
    "percentage": ("Pourcentage", "Percentage"),
    "votes": ("Nombre de voix", "Vote count"),
    "rank": ("Classement", "Rank"),
    "turnout": ("Participation", "Turnout"),
    "qualification": ("Qualification", "Qualification"),
    "gap": ("Écart", "Gap"),
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
    rows.append(("doubts", " ; ".join(said.get("doubts") or ())))
    shown = [(_pick(VALUE_KEYS, key), text) for key, text in rows if text]
    return [(key, text) for key, text in shown if text not in ("absolute", "signed")]


def _claimed(value: object) -> str:
    """A claimed figure in words: "24 % (23,5 à 24,5)", "plus de 50 %", "devant"."""
    if isinstance(value, dict):
        unit = UNITS.get(value.get("unit", ""), "")
        low, high, shown = value.get("low"), value.get("high"), value.get("value")
        digits = 0 if float(shown or 0).is_integer() else 2
        text = f"{number(shown, digits)}{unit}"
        if isinstance(low, int | float) and isinstance(high, int | float):
            if high == float("inf"):
                return f"{t('more_than')} {text}"
            if low == float("-inf"):
                return f"{t('less_than')} {text}"
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
