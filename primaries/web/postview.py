"""Show stage: a post as pages, feeds and the API word it: its label, its parts, their reasons.

A post (a story) is what readers see, once, whatever the number of claims read in it. Its label
comes from its parts (contradicted if any part is, confirmed if all are, else unconfirmed), and
the newsroom's label, when it gave one, comes first.
"""

from __future__ import annotations

from typing import Any

from primaries.context import settings
from primaries.reasons import cited
from primaries.web import i18n
from primaries.web.common import reason_of

LABELS = ("confirmed", "unconfirmed", "contradicted")


def candidate_names() -> dict[str, str]:
    """Every candidate's name by id (the election's, not the page's language: names are names)."""
    return {c.id: c.name for c in settings().candidates}


def shown_label(post: dict[str, Any]) -> str:
    """The label the public sees first: the newsroom's when it gave one, else the parts' rule."""
    return post.get("override_label") or post.get("label") or "unconfirmed"


def part_label(part: dict[str, Any]) -> str:
    """A part's label (an old per-claim newsroom label first, as the post's rule counts it)."""
    return part.get("override_label") or part.get("label") or "unconfirmed"


def why(row: dict[str, Any], language: str | None = None) -> str:
    """A claim's or a verdict's reason in the page's language: from its data, else its old text."""
    reason = reason_data(row)
    if reason.get("key"):
        text = i18n.reason_text(reason, settings().election.timezone, language)
        if text:
            return text
    if language is None:
        return reason_of(row)
    fr, en = row.get("reason_fr") or "", row.get("reason_en") or ""
    return (en or fr) if language == "en" else (fr or en)


def reason_data(row: dict[str, Any]) -> dict[str, Any]:
    """A claim's or a verdict's stored reason with the official figures it cites."""
    names = candidate_names()
    return cited(
        row.get("reason"), row.get("evidence"), row.get("candidates"), lambda c: names.get(c, c)
    )


def part_summary(part: dict[str, Any]) -> str:
    """ "Paris : Macron 35 %"."""
    return i18n.part_summary(part, candidate_names())


def parts_line(post: dict[str, Any]) -> str:
    """ "Paris : Macron 35 % — confirmé ; Lyon : Macron 84 % — non confirmé"."""
    separator = " ; " if i18n.lang() == "fr" else "; "
    return separator.join(
        f"{part_summary(p)} — {i18n.t(part_label(p)).lower()}" for p in post.get("parts") or ()
    )


def post_reason(post: dict[str, Any]) -> str:
    """The post's reason in one line: its one part's reason, or each part and its label."""
    parts = post.get("parts") or ()
    if len(parts) == 1:
        return why(parts[0])
    return parts_line(post)


def part_reading(part: dict[str, Any], place_names: dict[str, str]) -> list[tuple[str, str]]:
    """How one part was read, in rows of words."""
    return i18n.part_reading(part, place_names, candidate_names())


def review_row(post: dict[str, Any]) -> dict[str, Any]:
    """The post in the shape `exports.claim_review` reads, its reason worded for this page."""
    text = post_reason(post)
    return {**post, "reason_fr": text, "reason_en": text}


def election_name() -> str:
    """The election's name in the page's language."""
    election = settings().election
    return (election.name_en or election.name) if i18n.lang() == "en" else election.name


def authority_name() -> str:
    """The election's authority in the page's language."""
    election = settings().election
    return (
        (election.authority_en or election.authority) if i18n.lang() == "en" else election.authority
    )


def template_helpers() -> dict[str, Any]:
    """What templates call to show posts."""
    return {
        "why": why,
        "part_summary": part_summary,
        "part_place": i18n.part_place,
        "parts_line": parts_line,
        "post_reason": post_reason,
        "part_reading": part_reading,
        "shown_label": shown_label,
        "part_label": part_label,
        "doubt_text": i18n.doubt_text,
        "tn": i18n.tn,
        "election_name": election_name,
        "authority_name": authority_name,
    }
