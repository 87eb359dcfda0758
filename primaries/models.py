"""Store stage: the SQLModel tables. Every datetime is timezone-aware UTC.

No foreign keys are declared, on purpose: rows refer to each other by natural codes (bureau and
area codes, source names) that arrive in any order from independent feeds (a result can name a
bureau the registry has not loaded yet, and ingestion then creates it in the same transaction),
and the bulk writers insert in batches by table. Integrity is kept by the one module that writes
each table (ingest, posts, verification, newsroom), inside one transaction per payload; the
`PRAGMA foreign_keys=ON` of primaries.db is kept only so a key added later is enforced on SQLite.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Index,
    LargeBinary,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """The current time, UTC, aware."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """A datetime stored as UTC and always read back timezone-aware (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        """Refuse naive datetimes: a naive time on election night is a bug."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        """Give SQLite's naive values back their UTC zone."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _when(index: bool = False, nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), index=index, nullable=nullable))


def _total() -> Any:
    return Field(default=0, sa_type=BigInteger)


def _json(default: Any = None) -> Any:
    return Field(
        default_factory=(lambda: default() if callable(default) else default),
        sa_column=Column(JSON, nullable=True),
    )


class Area(SQLModel, table=True):
    """A place results add up to: national, région, département, commune, abroad zone and more."""

    code: str = Field(primary_key=True, max_length=32)
    level: str = Field(index=True, max_length=16)
    name: str = Field(max_length=200)
    parent: str | None = Field(default=None, index=True, max_length=32)
    search_key: str = Field(index=True, max_length=200)  # accent-free, article-free name
    insee: str | None = Field(default=None, max_length=8)
    members: list[str] | None = _json(None)  # a group area ("outre-mer"): the areas it unites


class Bureau(SQLModel, table=True):
    """A reporting unit: a bureau de vote (or a commune, or the nation, for coarser feeds)."""

    code: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    level: str = Field(default="bureau", max_length=16)
    departement: str = Field(index=True, max_length=32)
    commune: str = Field(index=True, max_length=32)
    inscrits: int = 0
    ancestors: list[str] = _json(list)  # every area whose totals include this unit


class PayloadArchive(SQLModel, table=True):
    """A raw payload exactly as fetched, kept once per content so any night can be replayed."""

    __tablename__ = "payload_archive"
    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # gzip of the payload


class FeedSnapshot(SQLModel, table=True):
    """One results payload that was fetched and read (or refused)."""

    __tablename__ = "feed_snapshot"
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(index=True, max_length=100)
    kind: str = Field(max_length=32)
    round: int
    fetched_at: datetime = _when(nullable=False)
    published_at: datetime | None = _when()
    sequence: int | None = Field(default=None, sa_type=BigInteger)  # epoch milliseconds, say
    etag: str | None = Field(default=None, max_length=200)
    last_modified: str | None = Field(default=None, max_length=100)
    sha256: str = Field(index=True, max_length=64)
    status: str = Field(max_length=16)  # ingested, rejected
    bureaux_new: int = 0
    bureaux_changed: int = 0
    bureaux_unchanged: int = 0
    anomalies: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text))
    size: int | None = Field(default=None, sa_type=BigInteger)  # bytes received (a refusal's)


class BureauResult(SQLModel, table=True):
    """The figures of one unit in one round; a correction is a new revision, the old one stays."""

    __tablename__ = "bureau_result"
    __table_args__ = (
        UniqueConstraint("bureau", "round", "revision"),
        Index("ix_bureau_result_current", "round", "current", "bureau"),
    )
    id: int | None = Field(default=None, primary_key=True)
    bureau: str = Field(max_length=32)
    round: int
    revision: int
    current: bool = True
    snapshot_id: int | None = Field(default=None, index=True)
    inscrits: int = 0
    votants: int = 0
    blancs: int = 0
    nuls: int = 0
    exprimes: int = 0
    votes: dict[str, int] = _json(dict)
    status: str = Field(default="provisional", max_length=16)
    units_reported: int | None = None
    units_total: int | None = None
    updated_at: datetime | None = _when()
    recorded_at: datetime = _when(nullable=False)


class AreaTally(SQLModel, table=True):
    """Running totals of one area in one round, kept up to date at each ingest (never rescanned)."""

    __tablename__ = "area_tally"
    area: str = Field(primary_key=True, max_length=32)
    round: int = Field(primary_key=True)
    # Sums over every unit of the area: bigint, as one unit's int4 counts can add up past 2^31.
    bureaux_reported: int = _total()
    bureaux_total: int = _total()
    inscrits: int = _total()  # registered voters of every unit of the area
    inscrits_reported: int = _total()  # registered voters of the units that have reported
    votants: int = _total()
    blancs: int = _total()
    nuls: int = _total()
    exprimes: int = _total()
    votes: dict[str, int] = _json(dict)
    remaining: int = _total()  # hard bound: ballots that could still be counted
    as_of: datetime | None = _when()
    version: int = 0  # bumps whenever these figures change; verdicts remember it


class FeedAnomaly(SQLModel, table=True):
    """Something in a parsable payload that does not add up, for editors (never shown as fraud)."""

    __tablename__ = "feed_anomaly"
    id: int | None = Field(default=None, primary_key=True)
    snapshot_id: int | None = Field(default=None, index=True)
    source: str = Field(max_length=100)
    round: int
    bureau: str | None = Field(default=None, index=True, max_length=32)
    kind: str = Field(index=True, max_length=32)
    message: str = Field(sa_column=Column(Text, nullable=False))
    details: dict[str, Any] = _json(dict)
    detected_at: datetime = _when(nullable=False)


class SourceRun(SQLModel, table=True):
    """One poll of one source: what came back, or the error, and how long it took."""

    __tablename__ = "source_run"
    __table_args__ = (Index("ix_source_run_source_started", "source", "started_at"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=100)
    kind: str = Field(max_length=32)
    started_at: datetime = _when(nullable=False)
    finished_at: datetime | None = _when()
    ok: bool = True
    error: str | None = Field(default=None, sa_column=Column(Text))
    http_status: int | None = None
    items_new: int = 0
    items_changed: int = 0
    items_seen: int = 0
    snapshot_id: int | None = None


class SourceCursor(SQLModel, table=True):
    """Where a source resumes after a restart: since_id, sequence, cursor, ETag."""

    __tablename__ = "source_cursor"
    source: str = Field(primary_key=True, max_length=100)
    value: dict[str, Any] = _json(dict)
    updated_at: datetime | None = _when()


class Story(SQLModel, table=True):
    """Posts that carry the same text (retweets, quotes, copies), grouped with their spread."""

    id: int | None = Field(default=None, primary_key=True)
    fingerprint: str = Field(unique=True, max_length=64)
    text: str = Field(sa_column=Column(Text, nullable=False))  # the first post's text
    first_seen: datetime = _when(index=True, nullable=False)
    last_seen: datetime = _when(index=True, nullable=False)
    posts: int = 0
    accounts: int = 0
    reach: int = 0  # posts plus reposts, quotes and replies reported by the platforms
    round: int | None = None
    read_at: datetime | None = _when(index=True)  # when its claims were extracted
    # "public", or "pending" for a reader's tip an editor has not approved yet ("rejected").
    status: str = Field(default="public", index=True, max_length=16)
    reviewed_by: str | None = Field(default=None, max_length=100)
    reviewed_at: datetime | None = _when()
    # The newsroom works on the post as a whole: its assignment and its label.
    assigned_to: str | None = Field(default=None, max_length=100)
    override_label: str | None = Field(default=None, max_length=16)
    override_reason: str | None = Field(default=None, sa_column=Column(Text))
    override_by: str | None = Field(default=None, max_length=100)
    override_at: datetime | None = _when()


class Post(SQLModel, table=True):
    """One post, stored once per (platform, platform id), its raw JSON kept as evidence."""

    __table_args__ = (UniqueConstraint("platform", "platform_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16)
    platform_id: str = Field(max_length=200)
    source: str = Field(default="", max_length=100)
    author: str = Field(index=True, max_length=200)
    author_name: str = Field(default="", max_length=200)
    text: str = Field(sa_column=Column(Text, nullable=False))
    url: str = Field(default="", sa_column=Column(Text, nullable=False))
    lang: str | None = Field(default=None, max_length=16)
    posted_at: datetime = _when(index=True, nullable=False)
    first_seen: datetime = _when(nullable=False)
    last_seen: datetime = _when(nullable=False)
    raw: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    reposts: int = 0
    quotes: int = 0
    likes: int = 0
    replies: int = 0
    repost_of: str | None = Field(default=None, max_length=200)
    quote_of: str | None = Field(default=None, max_length=200)
    deleted: bool = False
    story_id: int | None = Field(default=None, index=True)


class Claim(SQLModel, table=True):
    """One structured assertion extracted from a story, with its current machine verdict."""

    __table_args__ = (UniqueConstraint("story_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    story_id: int = Field(index=True)
    position: int = 0  # its place among the story's claims
    round: int
    type: str = Field(index=True, max_length=16)
    candidates: list[str] = _json(list)
    area: str = Field(index=True, max_length=32)
    fragment: str = Field(default="", sa_column=Column(Text, nullable=False))
    value: dict[str, Any] = _json(dict)  # the claimed value, its precision, bounds, qualifiers
    flags: list[str] = _json(list)
    label: str = Field(default="unconfirmed", index=True, max_length=16)
    label_at: datetime | None = _when()
    reason_fr: str = Field(default="", sa_column=Column(Text, nullable=False))
    reason_en: str = Field(default="", sa_column=Column(Text, nullable=False))
    reason: dict[str, Any] = _json(dict)  # {"key", "params"}: pages word it in their language
    evidence: dict[str, Any] = _json(dict)
    area_version: int = -1  # AreaTally.version the label was computed on
    created_at: datetime = _when(nullable=False)
    assigned_to: str | None = Field(default=None, max_length=100)
    override_label: str | None = Field(default=None, max_length=16)
    override_reason: str | None = Field(default=None, sa_column=Column(Text))
    override_by: str | None = Field(default=None, max_length=100)
    override_at: datetime | None = _when()


class Verdict(SQLModel, table=True):
    """One label a claim held, from when to when, and who gave it (the machine or an editor)."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(index=True)
    label: str = Field(max_length=16)
    reason_fr: str = Field(default="", sa_column=Column(Text, nullable=False))
    reason_en: str = Field(default="", sa_column=Column(Text, nullable=False))
    reason: dict[str, Any] = _json(dict)  # {"key", "params"}, as on the claim
    evidence: dict[str, Any] = _json(dict)
    area_version: int = -1
    valid_from: datetime = _when(index=True, nullable=False)
    valid_to: datetime | None = _when()
    by: str = Field(default="machine", max_length=100)


class User(SQLModel, table=True):
    """An editor or an admin of the newsroom workspace."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    password_hash: str = Field(max_length=300)
    role: str = Field(max_length=16)  # editor, admin, delegate
    party: str | None = Field(default=None, max_length=100)  # a delegate's party (or camp)
    active: bool = True
    created_at: datetime = _when(nullable=False)
    # Signed cookies cannot be revoked one by one: each carries this number, and logout, a new
    # password or a disabled account bump it, which ends every cookie of the account at once.
    session_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class RateLimitCounter(SQLModel, table=True):
    """One fixed-window rate-limit counter, shared by every web worker and host."""

    __tablename__ = "rate_limit"
    key: str = Field(primary_key=True, max_length=400)
    count: int = 0
    expires_at: float = Field(index=True)  # epoch seconds: the window's end


class EditorAction(SQLModel, table=True):
    """The append-only audit trail: who did what, when, to which claim, and why."""

    __tablename__ = "editor_action"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _when(index=True, nullable=False)
    user: str = Field(max_length=100)
    action: str = Field(max_length=32)
    claim_id: int | None = Field(default=None, index=True)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    details: dict[str, Any] = _json(dict)
    ip: str = Field(default="", max_length=64)


class Webhook(SQLModel, table=True):
    """A newsroom's endpoint told of every verdict change, signed with its own secret."""

    __tablename__ = "webhook"
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=1000)
    secret: str = Field(max_length=100)
    created_by: str = Field(max_length=100)
    created_at: datetime = _when(nullable=False)
    active: bool = True
    last_verdict: int = 0  # the last verdict id delivered: deliveries go in order, none skipped


class WebhookDelivery(SQLModel, table=True):
    """One attempt at delivering one verdict change to one webhook, kept for the newsroom."""

    __tablename__ = "webhook_delivery"
    id: int | None = Field(default=None, primary_key=True)
    webhook_id: int = Field(index=True)
    verdict_id: int
    attempt: int
    status_code: int | None = None
    error: str = Field(default="", sa_column=Column(Text, nullable=False))
    ok: bool = False
    at: datetime = _when(nullable=False)


class RumourNote(SQLModel, table=True):
    """An editors' note on a recurring narrative (results abroad before 20:00, a TV graphic
    error), shown on the pages of the posts it answers."""

    __tablename__ = "rumour_note"
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    body: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_by: str = Field(max_length=100)
    created_at: datetime = _when(nullable=False)


class RumourNotePost(SQLModel, table=True):
    """A post a rumour note answers."""

    __tablename__ = "rumour_note_post"
    __table_args__ = (UniqueConstraint("note_id", "story_id"),)
    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(index=True)
    story_id: int = Field(index=True)
    attached_by: str = Field(max_length=100)
    attached_at: datetime = _when(nullable=False)


class TallySheet(SQLModel, table=True):
    """A party's copy of one bureau's procès-verbal, as its delegates entered it (one per party,
    bureau and round: a second delegate of the party corrects it, audited)."""

    __tablename__ = "tally_sheet"
    __table_args__ = (UniqueConstraint("bureau", "round", "party"),)
    id: int | None = Field(default=None, primary_key=True)
    bureau: str = Field(index=True, max_length=32)
    round: int
    party: str = Field(index=True, max_length=100)
    entered_by: str = Field(max_length=100)  # the delegate who wrote these figures last
    inscrits: int = 0
    votants: int = 0
    blancs: int = 0
    nuls: int = 0
    exprimes: int = 0
    votes: dict[str, int] = _json(dict)
    photo_sha256: str | None = Field(default=None, max_length=64)
    revision: int = 1
    created_at: datetime = _when(nullable=False)
    updated_at: datetime = _when(nullable=False)


class TallyPhoto(SQLModel, table=True):
    """A photo (or scan) of a procès-verbal, stored once per content, bounded in size."""

    __tablename__ = "tally_photo"
    sha256: str = Field(primary_key=True, max_length=64)
    content_type: str = Field(max_length=32)  # from its magic bytes, never from the upload
    size: int
    uploaded_by: str = Field(index=True, max_length=100)
    uploaded_at: datetime = _when(nullable=False)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


# The tables as SQLAlchemy Core sees them, for every module's queries and bulk writes.
AREA = Area.__table__
BUREAU = Bureau.__table__
ARCHIVE = PayloadArchive.__table__
SNAPSHOT = FeedSnapshot.__table__
RESULT = BureauResult.__table__
TALLY = AreaTally.__table__
ANOMALY = FeedAnomaly.__table__
RUN = SourceRun.__table__
CURSOR = SourceCursor.__table__
STORY = Story.__table__
POST = Post.__table__
CLAIM = Claim.__table__
VERDICT = Verdict.__table__
USER = User.__table__
ACTION = EditorAction.__table__
RATE_LIMIT = RateLimitCounter.__table__
WEBHOOK = Webhook.__table__
DELIVERY = WebhookDelivery.__table__
NOTE = RumourNote.__table__
NOTE_POST = RumourNotePost.__table__
SHEET = TallySheet.__table__
SHEET_PHOTO = TallyPhoto.__table__
