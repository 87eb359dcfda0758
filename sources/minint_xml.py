"""Collect stage: the Ministry of the Interior's election-night XML feed, commune by commune.

Feed layout (as served under .../PR2017/resultatsT1/): `index.xml` lists the départements with
their last update; `{CodReg3Car}/{CodDpt3Car}/{CodDpt3Car}IDX.xml` lists a département's communes
(`ResultatsParvenus`, `DateDerMaj`, `HeureDerMaj`); `{CodDpt3Car}com.xml` holds all its communes'
results; `{CodDpt3Car}.xml` the département's totals; `{CodDpt3Car}{CodSubCom}.xml` one commune.

`fetch` walks index -> the départements whose update time changed, and returns a *bundle*: a zip
of the XML files it fetched, named by their path under the feed's base URL (`index.xml`,
`011/075/075IDX.xml`, `011/075/075com.xml`). `parse` accepts a bundle or any single file.
"""

from __future__ import annotations

import io
import logging
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import requests

from sources.deadline import Deadline, as_deadline
from sources.http import Fetched, check_payload, fetch_bytes, is_local, local_path
from sources.limits import DEFAULT_LIMITS, GZIP_MAGIC, FetchLimits, zip_members
from sources.numbers import ORDER_RANGE, ROUND_RANGE, whole
from sources.records import (
    BureauRef,
    CandidateRef,
    FeedError,
    FetchError,
    ResultPayload,
    ResultRecord,
    unit_code,
)

KIND = "minint_xml"
# What the scheduler needs: it feeds results; every bundle carries its communes (no registry
# to load first) and comes whole.
FEEDS = "results"
REGISTRY_PATH: str | None = None
INCREMENTS = False
PARIS = ZoneInfo("Europe/Paris")  # the feed's dates and times are French local time
ZIP_MAGIC = b"PK\x03\x04"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so an unchanged bundle has an unchanged sha256
_MENTIONS = ("Inscrits", "Votants", "Blancs", "Nuls", "Exprimes")

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DepartementEntry:
    """One département of the national index: where its files are and when it last changed."""

    code: str  # CodDpt: "75", "2A", "ZA"
    code3: str  # CodDpt3Car: "075", "971": the folder and file names
    region3: str  # CodReg3Car: the parent folder
    name: str
    stamp: str  # "DD-MM-YYYY HH:MM:SS" as published, compared verbatim between polls
    updated_at: datetime | None
    complete: bool

    @property
    def folder(self) -> str:
        """The département's folder under the feed's base URL."""
        return f"{self.region3}/{self.code3}"


@dataclass(frozen=True, slots=True)
class CommuneEntry:
    """One commune of a département index: has it reported, and when."""

    departement: str
    commune: str  # CodSubCom: "056", "056AR01"
    name: str
    reported: bool
    updated_at: datetime | None


def _xml(payload: bytes, name: str = "") -> ET.Element:
    """The root element of an XML payload; malformed or wrongly encoded XML is a FeedError."""
    what = f"{KIND}: {name}" if name else KIND
    data = check_payload(payload, what)
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        hint = "truncated?" if "no element found" in str(exc) or "unclosed" in str(exc) else ""
        if "invalid token" in str(exc) or "not well-formed" in str(exc):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                hint = "not UTF-8 as declared (Latin-1 given?)"
        raise FeedError(
            f"{what}: not well-formed XML at line {line} column {column} {hint}".rstrip()
        ) from None
    except LookupError as exc:  # <?xml encoding="U-F-8"?>: an encoding Python does not know
        raise FeedError(f"{what}: XML in an unknown encoding ({exc})") from None


def _local_time(date: str | None, time: str | None) -> datetime | None:
    """A feed date ("17-03-2017") and time ("15:25:15"), Paris time, as UTC."""
    if not date:
        return None
    try:
        naive = datetime.strptime(
            f"{date.strip()} {(time or '00:00:00').strip()}", "%d-%m-%Y %H:%M:%S"
        )
    except ValueError:
        raise FeedError(f"{KIND}: unreadable date/time {date!r} {time!r}") from None
    return naive.replace(tzinfo=PARIS).astimezone(UTC)


def _count(node: ET.Element, path: str, where: str) -> int:
    """A whole number at `path`; a missing or non-numeric value is a FeedError."""
    text = node.findtext(path)
    if text is None:
        raise FeedError(f"{KIND}: {where}: missing {path}")
    return whole(text, f"{KIND}: {where}: {path}")


def _tours(holder: ET.Element) -> dict[int, ET.Element]:
    """The Tour elements under a unit, by round number."""
    tours = {}
    for tour in holder.findall("Tours/Tour"):
        number = tour.findtext("NumTour") or ""
        tours[whole(number, f"{KIND}: a Tour's NumTour", ROUND_RANGE)] = tour
    return tours


def _unit_result(
    tour: ET.Element, unit: BureauRef, where: str, seen: dict[str, CandidateRef]
) -> ResultRecord:
    """The record of one unit in one Tour; inscrits come from the Tour's Mentions."""
    counts = {m: _count(tour, f"Mentions/{m}/Nombre", where) for m in _MENTIONS}
    votes = []
    for cand in tour.findall("Resultats/Candidats/Candidat"):
        key = (cand.findtext("NomPsn") or "").strip()
        if not key:
            raise FeedError(f"{KIND}: {where}: a Candidat has no NomPsn")
        votes.append((key, _count(cand, "NbVoix", f"{where}, {key}")))
        if key not in seen:
            first = (cand.findtext("PrenomPsn") or "").strip()
            panneau = (cand.findtext("NumPanneauCand") or "").strip()
            what = f"{KIND}: {where}, {key}: NumPanneauCand"
            order = whole(panneau, what, ORDER_RANGE) if panneau else None
            seen[key] = CandidateRef(key, f"{first} {key}".strip(), order)
    return ResultRecord(
        unit=BureauRef(
            unit.code,
            unit.departement,
            unit.commune,
            unit.name,
            counts["Inscrits"],
            level=unit.level,
        ),
        votants=counts["Votants"],
        blancs=counts["Blancs"],
        nuls=counts["Nuls"],
        exprimes=counts["Exprimes"],
        votes=tuple(votes),
    )


def _departement_code(dep: ET.Element) -> str:
    """CodDpt of a Departement element."""
    code = (dep.findtext("CodDpt") or "").strip()
    if not code:
        raise FeedError(f"{KIND}: Departement without CodDpt")
    return code


def _commune_units(dep: ET.Element) -> list[tuple[BureauRef, ET.Element]]:
    """(unit, holder of its Tours) for every commune of a com file or single commune file."""
    dep_code = _departement_code(dep)
    communes = dep.findall("Communes/Commune") + dep.findall("Commune")
    units = []
    for commune in communes:
        code = (commune.findtext("CodSubCom") or "").strip()
        if not code:
            raise FeedError(f"{KIND}: a Commune of département {dep_code} has no CodSubCom")
        # Paris, Lyon and Marseille also publish their arrondissements ("056AR01"): a
        # breakdown of the commune, never to be added to it.
        level = "arrondissement" if "AR" in code[3:] else "commune"
        name = (commune.findtext("LibSubCom") or "").strip()
        units.append(
            (BureauRef(unit_code(dep_code, code), dep_code, code, name, 0, level=level), commune)
        )
    if not communes and dep.find("Tours") is not None:
        # A département totals file (075.xml).
        name = (dep.findtext("LibDpt") or "").strip()
        units.append((BureauRef(dep_code, dep_code, "", name, 0, level="departement"), dep))
    return units


@dataclass(slots=True)
class _Parsed:
    """What one bundle or file says, before the round is chosen."""

    units: list[tuple[BureauRef, dict[int, ET.Element]]] = field(default_factory=list)
    index: list[DepartementEntry] | None = None  # None: no national index in the payload
    communes: dict[tuple[str, str], CommuneEntry] = field(default_factory=dict)
    results_files: set[str] = field(default_factory=set)  # départements with a results file


def _classify(root: ET.Element, name: str, out: _Parsed) -> None:
    """Add one XML file's content to `out`, by what kind of feed file it is."""
    if root.tag != "Election":
        raise FeedError(f"{KIND}: {name or 'payload'}: root is <{root.tag}>, expected <Election>")
    if root.find("Departements") is not None:
        out.index = (out.index or []) + _index_entries(root)
        return
    dep = root.find("Departement")
    if dep is None:
        if root.find("Region") is not None:
            raise FeedError(f"{KIND}: {name or 'payload'} is a région totals file, not supported")
        raise FeedError(f"{KIND}: {name or 'payload'} has no Departement")
    if dep.find("Tours/Tour/Communes") is not None:
        for entry in _commune_entries(root):
            out.communes[(entry.departement, entry.commune)] = entry
        return
    out.results_files.add(_departement_code(dep))
    for unit, holder in _commune_units(dep):
        out.units.append((unit, _tours(holder)))


def _index_entries(root: ET.Element) -> list[DepartementEntry]:
    """The départements of a national index file."""
    entries = []
    for dep in root.findall("Departements/Departement"):
        date, time = dep.findtext("DateDerMaj"), dep.findtext("HeureDerMaj")
        entries.append(
            DepartementEntry(
                code=_departement_code(dep),
                code3=(dep.findtext("CodDpt3Car") or "").strip(),
                region3=(dep.findtext("CodReg3Car") or "").strip(),
                name=(dep.findtext("LibDpt") or "").strip(),
                stamp=f"{(date or '').strip()} {(time or '').strip()}".strip(),
                updated_at=_local_time(date, time),
                complete=(dep.findtext("Complet") or "").strip() == "O",
            )
        )
    return entries


def _commune_entries(root: ET.Element) -> list[CommuneEntry]:
    """The communes of a département index file (…IDX.xml)."""
    dep = root.find("Departement")
    if dep is None:
        raise FeedError(f"{KIND}: commune index without Departement")
    dep_code = _departement_code(dep)
    return [
        CommuneEntry(
            departement=dep_code,
            commune=(c.findtext("CodSubCom") or "").strip(),
            name=(c.findtext("LibSubCom") or "").strip(),
            reported=(c.findtext("ResultatsParvenus") or "").strip() == "O",
            updated_at=_local_time(c.findtext("DateDerMaj"), c.findtext("HeureDerMaj")),
        )
        for c in dep.findall("Tours/Tour/Communes/Commune")
    ]


def parse_index(payload: bytes) -> list[DepartementEntry]:
    """The départements listed by the national index.xml, with their last update."""
    root = _xml(payload, "index")
    if root.find("Departements") is None:
        raise FeedError(f"{KIND}: not a national index (no Departements)")
    return _index_entries(root)


def parse_commune_index(payload: bytes) -> list[CommuneEntry]:
    """The communes listed by a département index (…IDX.xml): reported or not, and when."""
    root = _xml(payload, "commune index")
    if root.find("Departement/Tours/Tour/Communes") is None:
        raise FeedError(f"{KIND}: not a commune index (no Tours/Tour/Communes)")
    return _commune_entries(root)


def is_bundle(payload: bytes) -> bool:
    """True for a bundle made by `fetch` (a zip), False for a single XML file."""
    return payload.startswith(ZIP_MAGIC)


def bundle_files(payload: bytes, limits: FetchLimits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """The XML files of a bundle by path, in the order fetch wrote them, checked before read."""
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            files = zip_members(archive, f"{KIND}: bundle", limits)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as exc:
        raise FeedError(f"{KIND}: bundle is not a readable zip ({exc}); truncated?") from None
    for name, data in files.items():
        if data.startswith(GZIP_MAGIC):
            # A bundle's members are XML: compressing them again only hides their size.
            raise FeedError(f"{KIND}: bundle member {name[:80]} is gzip, expected XML")
    return files


def make_bundle(files: dict[str, bytes]) -> bytes:
    """A zip of XML files by path, byte-identical for identical files (fixed timestamps)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            archive.writestr(zipfile.ZipInfo(path, date_time=_ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _read(payload: bytes) -> _Parsed:
    """Classify every file of a bundle, or the single file."""
    files = bundle_files(payload) if is_bundle(payload) else {"": payload}
    out = _Parsed()
    for name, data in files.items():
        _classify(_xml(data, name), name, out)
    return out


def _choose_round(parsed: _Parsed, round: int | None) -> int:
    """The requested round, or the latest round any unit of the payload has."""
    rounds = {n for _, tours in parsed.units for n in tours}
    if round is not None:
        return round
    if not rounds:
        raise FeedError(f"{KIND}: no results (no Tour) in the payload")
    return max(rounds)


def parse(
    payload: bytes, *, round: int | None = None, arrondissements: bool = False
) -> ResultPayload:
    """Commune results of a bundle or a single file, for `round` (default: the latest present).

    Communes a département index marks as not reported are left out. Arrondissements of Paris,
    Lyon and Marseille are left out unless asked for: they would count their commune twice.
    """
    parsed = _read(payload)
    if not parsed.units:
        if parsed.communes:
            raise FeedError(f"{KIND}: a commune index, not results: use parse_commune_index")
        if parsed.index is not None:
            raise FeedError(f"{KIND}: a national index, not results: use parse_index")
        raise FeedError(f"{KIND}: no results in the payload")
    if not arrondissements and all(u.level == "arrondissement" for u, _ in parsed.units):
        raise FeedError(f"{KIND}: only arrondissement results: parse with arrondissements=True")
    chosen = _choose_round(parsed, round)
    seen: dict[str, CandidateRef] = {}
    records = []
    for unit, tours in parsed.units:
        if unit.level == "arrondissement" and not arrondissements:
            continue
        entry = parsed.communes.get((unit.departement, unit.commune))
        if entry is not None and not entry.reported:
            continue
        tour = tours.get(chosen)
        if tour is None:
            continue  # this commune has not reported this round yet
        record = _unit_result(tour, unit, f"{unit.code} round {chosen}", seen)
        if entry is not None and entry.updated_at is not None:
            record = _with_time(record, entry.updated_at)
        records.append(record)
    if not records:
        # Nothing reported yet is not a snapshot to store: it would make every commune vanish.
        raise FeedError(f"{KIND}: no reported results for round {chosen} in the payload")
    published = _published_at(parsed)
    complete = parsed.index is not None and all(
        e.code in parsed.results_files for e in parsed.index
    )
    return ResultPayload(
        KIND,
        tuple(records),
        round=chosen,
        published_at=published,
        candidates=tuple(seen.values()),
        complete=complete,
    )


def _with_time(record: ResultRecord, updated_at: datetime) -> ResultRecord:
    """The record stamped with the time its commune last changed."""
    return ResultRecord(
        record.unit,
        record.votants,
        record.blancs,
        record.nuls,
        record.exprimes,
        record.votes,
        record.status,
        updated_at,
    )


def _published_at(parsed: _Parsed) -> datetime | None:
    """The latest update time the payload's indexes announce."""
    times = [e.updated_at for e in parsed.index or [] if e.updated_at]
    times += [c.updated_at for c in parsed.communes.values() if c.updated_at]
    return max(times) if times else None


def parse_registry(payload: bytes) -> list[BureauRef]:
    """Every commune (no arrondissement) of a bundle or file, with its latest inscrits."""
    parsed = _read(payload)
    units = []
    for unit, tours in parsed.units:
        if unit.level != "commune" or not tours:
            continue
        tour = tours[max(tours)]
        inscrits = _count(tour, "Mentions/Inscrits/Nombre", unit.code)
        units.append(
            BureauRef(
                unit.code, unit.departement, unit.commune, unit.name, inscrits, level="commune"
            )
        )
    if not units:
        raise FeedError(f"{KIND}: no commune with inscrits in the payload")
    return units


def _join(base_url: str, relative: str) -> str:
    """The URL (or local path) of a feed file relative to the index's folder."""
    if is_local(base_url):
        return str(local_path(base_url).parent / PurePosixPath(relative))
    return urljoin(base_url, relative)


def fetch(
    url: str,
    *,
    session: requests.Session,
    cursor: dict[str, Any] | None = None,
    timeout: float | Deadline = 10,
    limits: FetchLimits = DEFAULT_LIMITS,
) -> Fetched:
    """Walk index.xml -> the départements whose update time changed; return them as a bundle.

    The cursor keeps the index's validators and each département's last stamp
    (`{"departements": {"75": "17-03-2017 15:25:15"}}`). A département whose files fail
    (404 maintenance page, 5xx, timeout) is skipped and retried next time; if all fail, the first
    error is raised.
    """
    cursor = dict(cursor or {})
    stamps: dict[str, str] = dict(cursor.get("departements") or {})
    deadline = as_deadline(timeout)  # one deadline for the index and every file after it
    index = fetch_bytes(url, session=session, cursor=cursor, timeout=deadline, limits=limits)
    if index.payload is None:
        return Fetched(
            None, {**index.cursor, "departements": stamps}, index.http_status, url, index.fetched_at
        )
    try:
        entries = parse_index(index.payload)
    except FeedError as exc:
        # Without a readable index there is nothing to walk: an outage of the feed, not data.
        raise FetchError(f"index {url} unreadable: {exc}", http_status=index.http_status) from None
    files: dict[str, bytes] = {"index.xml": index.payload}
    errors: list[FetchError] = []
    changed = [e for e in entries if stamps.get(e.code) != e.stamp]
    for entry in changed:
        try:
            for suffix in ("IDX.xml", "com.xml"):
                path = f"{entry.folder}/{entry.code3}{suffix}"
                got = fetch_bytes(
                    _join(url, path), session=session, timeout=deadline, limits=limits
                )
                files[path] = got.payload or b""
                if sum(len(data) for data in files.values()) > limits.max_bytes:
                    raise FetchError(f"{KIND}: the files of this poll pass {limits.describe()}")
        except FetchError as exc:
            log.warning("minint_xml: skipping département %s this time: %s", entry.code, exc)
            errors.append(exc)
            files = {p: d for p, d in files.items() if not p.startswith(f"{entry.folder}/")}
            if deadline.left() <= 0:
                break  # the poll's time is up: what came so far is kept, the rest waits
            continue
        stamps[entry.code] = entry.stamp
    new_cursor = {**index.cursor, "departements": stamps}
    if errors:
        # Without the index validators the next poll re-reads the index and retries the rest.
        new_cursor = {
            k: v for k, v in new_cursor.items() if k not in ("etag", "last_modified", "sha256")
        }
        if len(errors) == len(changed) or len(files) == 1:
            raise errors[0]
    if not changed:
        return Fetched(None, new_cursor, index.http_status, url, index.fetched_at)
    return Fetched(make_bundle(files), new_cursor, index.http_status, url, index.fetched_at)
