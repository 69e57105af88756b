"""Typed payloads of the contract, validated straight from the response bytes.

pydantic-core parses and checks a whole page in one pass (about 2.5x the cost of a bare
orjson decode), so a page with a wrong type anywhere is refused before anything is
stored. TypedDicts give plain dicts that the bulk upsert binds by name.
Unknown extra fields are ignored: a platform may add fields without breaking us. Types are
strict: "412" is not an order count and "false" is not a boolean.
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, NotRequired, TypeVar

from pydantic import ConfigDict, Field, StringConstraints, TypeAdapter
from typing_extensions import TypedDict

# Integer part capped at 11 digits: the cache converts money to ten-thousandths inside
# SQLite through a double, which is exact below 2**53 / 10**4.
Money = Annotated[str, StringConstraints(pattern=r"^-?\d{1,11}(\.\d{1,4})?$")]
DecimalText = Annotated[str, StringConstraints(pattern=r"^-?\d{1,15}(\.\d{1,6})?$")]
Count = Annotated[int, Field(ge=0, strict=True)]
Version = Annotated[int, Field(ge=0, strict=True)]
Day = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
_RFC3339 = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
Instant = Annotated[str, StringConstraints(pattern=_RFC3339)]
Id = Annotated[str, StringConstraints(min_length=1, max_length=200)]

_CONTRACT = ConfigDict(extra="ignore", strict=True)


class Contact(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    name: NotRequired[str | None]
    phone: NotRequired[str | None]
    email: NotRequired[str | None]
    im_handle: NotRequired[str | None]
    preferred_channel: NotRequired[str | None]
    language: NotRequired[str | None]


class Health(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    sps: DecimalText | None
    ahr: Annotated[int, Field(strict=True)] | None
    violation_points: Annotated[int, Field(strict=True)] | None


class SellerItem(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    seller_id: Id
    shop_name: str
    shop_code: str
    marketplace: str
    region: str
    category: str
    tier: str
    status: Literal["active", "restricted", "suspended", "closed"]
    currency: str
    timezone: str
    onboarded_on: Day | None
    contact: Contact
    health: Health
    assigned: bool
    version: Version
    updated_at: Instant


class MetricItem(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    seller_id: Id
    date: Day
    currency: str
    gmv: Money
    orders: Count
    units: Count
    visitors: Count
    product_views: Count
    shipped_orders: Count
    late_dispatched_orders: Count
    seller_cancelled_orders: Count
    delivered_orders: Count
    on_time_deliveries: Count
    seller_fault_returns: Count
    reviews: Count
    negative_reviews: Count
    im_conversations: Count
    im_replied_12h: Count
    live_gmv: Money
    video_gmv: Money
    affiliate_gmv: Money
    ad_spend: Money
    revision: Version
    updated_at: Instant


class ViolationItem(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    violation_id: Id
    seller_id: Id
    policy: Literal[
        "counterfeit", "ip_infringement", "prohibited_product", "restricted_product",
        "misleading_listing", "fake_orders", "late_dispatch", "cancellation", "other",
    ]
    severity: Literal["low", "medium", "high", "critical"]
    points: Annotated[int, Field(strict=True)]
    status: Literal["active", "appealed", "overturned", "expired"]
    listing_id: NotRequired[str | None]
    description: NotRequired[str | None]
    created_at: Instant
    expires_at: NotRequired[Instant | None]
    version: Version
    updated_at: Instant


class EnrollmentItem(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    seller_id: Id
    program_id: Id
    status: Literal["invited", "applied", "enrolled", "rejected", "withdrawn"]
    version: Version
    updated_at: Instant


Channel = Literal["call", "email", "chat", "im", "meeting", "sms"]
Direction = Literal["outbound", "inbound"]
Outcome = Literal[
    "connected", "no_answer", "voicemail", "interested", "not_interested",
    "enrolled", "follow_up", "escalated",
]


class OutreachItem(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    activity_id: Id
    client_id: Id
    seller_id: Id
    author_id: NotRequired[str | None]
    channel: Channel
    direction: Direction
    occurred_at: Instant
    duration_seconds: NotRequired[Annotated[int, Field(ge=0, strict=True)] | None]
    outcome: Outcome
    program_id: NotRequired[str | None]
    summary: NotRequired[str | None]
    notes: NotRequired[str | None]
    follow_up_on: NotRequired[Day | None]
    deleted: NotRequired[bool]
    version: Version
    created_at: Instant
    updated_at: Instant


class Criterion(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    metric: Id
    op: Literal["<", "<=", ">", ">=", "==", "!="]
    value: DecimalText
    window_days: NotRequired[Annotated[int, Field(gt=0, strict=True)] | None]


class ProgramItem(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    program_id: Id
    marketplace: str
    name: str
    description: NotRequired[str | None]
    active: bool
    criteria: list[Criterion]


class ManagerInfo(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    manager_id: Id
    display_name: str
    email: NotRequired[str | None]
    region: NotRequired[str | None]
    timezone: NotRequired[str | None]
    locale: NotRequired[str | None]


class TokenGrant(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    access_token: Annotated[str, StringConstraints(min_length=1)]
    access_token_expires_at: Annotated[int, Field(strict=True)]
    refresh_token: Annotated[str, StringConstraints(min_length=1)]
    refresh_token_expires_at: Annotated[int, Field(strict=True)]
    manager_id: Id


ItemT = TypeVar("ItemT")


class Page(TypedDict, Generic[ItemT]):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    items: list[ItemT]
    next_cursor: Annotated[str, StringConstraints(min_length=1)]
    has_more: bool


class ItemList(TypedDict, Generic[ItemT]):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    items: list[ItemT]


DataT = TypeVar("DataT")


class Envelope(TypedDict, Generic[DataT]):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    code: Literal[0]
    message: str
    request_id: str
    data: DataT


class ErrorEnvelope(TypedDict):
    __pydantic_config__ = _CONTRACT  # type: ignore[misc]
    code: Annotated[int, Field(strict=True)]
    message: str
    request_id: NotRequired[str]
    data: NotRequired[Any]


FEED_ITEM_TYPES: dict[str, type] = {
    "sellers": SellerItem,
    "metrics": MetricItem,
    "violations": ViolationItem,
    "enrollments": EnrollmentItem,
    "outreach": OutreachItem,
}
FEEDS: tuple[str, ...] = tuple(FEED_ITEM_TYPES)

PAGE_ADAPTERS: dict[str, TypeAdapter[Any]] = {
    feed: TypeAdapter(Envelope[Page[item]])  # type: ignore[valid-type]
    for feed, item in FEED_ITEM_TYPES.items()
}
PROGRAMS_ADAPTER: TypeAdapter[Any] = TypeAdapter(Envelope[ItemList[ProgramItem]])
ME_ADAPTER: TypeAdapter[Any] = TypeAdapter(Envelope[ManagerInfo])
TOKEN_ADAPTER: TypeAdapter[Any] = TypeAdapter(Envelope[TokenGrant])
OUTREACH_ADAPTER: TypeAdapter[Any] = TypeAdapter(Envelope[OutreachItem])
ANY_ADAPTER: TypeAdapter[Any] = TypeAdapter(Envelope[Any])
ERROR_ADAPTER: TypeAdapter[Any] = TypeAdapter(ErrorEnvelope)
