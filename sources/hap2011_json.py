"""Collect stage: the 2011 primary's live national JSON (Haute Autorité des primaires)."""

from __future__ import annotations

import re

from sources.http import fetch_bytes, load_json, moment
from sources.numbers import whole
from sources.records import BureauRef, CandidateRef, FeedError, ResultPayload, ResultRecord

KIND = "hap2011_json"
# What the scheduler needs: it feeds results; the one national unit comes in every payload.
FEEDS = "results"
REGISTRY_PATH: str | None = None
INCREMENTS = False
# The feed publishes no inscrits: 0 means unknown here, never a bound on the votes to come.
NATIONAL = BureauRef("FR", departement="", commune="", name="France", inscrits=0, level="national")
_COVERAGE = re.compile(r"^\s*([0-9]+)\s*/\s*([0-9]+)\s*$", re.ASCII)


def parse(payload: bytes, *, round: int | None = None) -> ResultPayload:
    """The national figures: one record, blancs and nuls merged in `nuls`, coverage from n/N."""
    doc = load_json(payload, KIND)
    if not isinstance(doc, dict):
        raise FeedError(f"{KIND}: expected a JSON object, got {type(doc).__name__}")
    missing = [k for k in ("heure_maj", "bureaux_vote", "votants", "blancs_nuls") if k not in doc]
    if missing:
        raise FeedError(f"{KIND}: missing key(s) {', '.join(missing)}")
    coverage = _COVERAGE.match(str(doc["bureaux_vote"]))
    if not coverage:
        raise FeedError(f"{KIND}: bureaux_vote is not 'n/N' ({doc['bureaux_vote']!r})")
    updated = moment(doc["heure_maj"], f"{KIND}: heure_maj")
    votants = whole(doc["votants"], f"{KIND}: votants")
    blancs_nuls = whole(doc["blancs_nuls"], f"{KIND}: blancs_nuls")
    candidates: list[CandidateRef] = []
    votes: list[tuple[str, int]] = []
    for key, value in doc.items():
        if isinstance(value, dict):  # every object-valued key is a candidate
            if "voix" not in value:
                raise FeedError(f"{KIND}: candidate '{key}' has no 'voix'")
            votes.append((key, whole(value["voix"], f"{KIND}: {key}.voix")))
            candidates.append(CandidateRef(key, str(value.get("nom_prenom") or key), len(votes)))
    if not votes:
        raise FeedError(f"{KIND}: no candidate in the document")
    record = ResultRecord(
        unit=NATIONAL,
        votants=votants,
        blancs=None,
        nuls=blancs_nuls,
        exprimes=votants - blancs_nuls,
        votes=tuple(votes),
        updated_at=updated,
        units_reported=whole(coverage.group(1), f"{KIND}: bureaux_vote n"),
        units_total=whole(coverage.group(2), f"{KIND}: bureaux_vote N"),
    )
    return ResultPayload(
        KIND, (record,), round=round, published_at=updated, candidates=tuple(candidates)
    )


# One file or URL: the shared conditional GET (or local read, gunzipped) is the whole fetch.
fetch = fetch_bytes
