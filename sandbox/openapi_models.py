"""Pydantic models of the contract, for the OpenAPI document only.

The handlers return pre-rendered bytes (a metrics page is built by SQLite), so these models
never touch a request; they are attached to the routes through `responses=` and
`openapi_extra` so that /openapi.json describes every route, request and answer.
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, RootModel

T = TypeVar("T")

Money = Annotated[str, Field(pattern=r"^-?\d+\.\d{2}$", examples=["1234.50"])]
Instant = Annotated[str, Field(description="RFC 3339 UTC", examples=["2026-11-21T08:15:00Z"])]
Day = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", examples=["2026-11-20"])]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Envelope(BaseModel, Generic[T]):
    code: int = Field(examples=[0])
    message: str = Field(examples=["success"])
    request_id: str
    data: T


class FieldError(BaseModel):
    field: str
    message: str


class ErrorData(BaseModel):
    errors: list[FieldError]


class ErrorEnvelope(BaseModel):
    code: int = Field(examples=[40001])
    message: str
    request_id: str
    data: ErrorData | dict[str, Any] | None = Field(
        default=None, description="42201: {errors: [{field, message}]}; 40901: the current resource"
    )


# -- authentication ----------------------------------------------------------------

class PasswordGrant(_Strict):
    grant_type: Literal["password"]
    username: str
    password: str


class RefreshGrant(_Strict):
    grant_type: Literal["refresh_token"]
    refresh_token: str


class TokenRequest(RootModel[Annotated[PasswordGrant | RefreshGrant,
                                       Field(discriminator="grant_type")]]):
    pass


class TokenData(BaseModel):
    access_token: str
    access_token_expires_at: int = Field(description="Unix seconds")
    refresh_token: str
    refresh_token_expires_at: int = Field(description="Unix seconds")
    manager_id: str


# -- reads -------------------------------------------------------------------------

class Me(BaseModel):
    manager_id: str
    display_name: str
    email: str
    region: str
    timezone: str
    locale: str


class Criterion(BaseModel):
    metric: str
    op: Literal["<", "<=", ">", ">=", "==", "!="]
    value: str = Field(description="decimal string")
    window_days: int | None = None


class Program(BaseModel):
    program_id: str
    marketplace: str
    name: str
    description: str
    active: bool
    criteria: list[Criterion]


class ProgramList(BaseModel):
    items: list[Program]


class Contact(BaseModel):
    name: str | None
    phone: str | None
    email: str | None
    im_handle: str | None
    preferred_channel: str | None
    language: str | None


class Health(BaseModel):
    sps: str | None = Field(description="decimal string; null: no score yet")
    ahr: int | None
    violation_points: int | None


class Seller(BaseModel):
    seller_id: str
    shop_name: str
    shop_code: str
    marketplace: str
    region: str
    category: str
    tier: str
    status: Literal["active", "restricted", "suspended", "closed"]
    currency: str
    timezone: str
    onboarded_on: Day
    contact: Contact
    health: Health
    assigned: bool = Field(description="false: removed from this portfolio")
    version: int
    updated_at: Instant


class MetricDay(BaseModel):
    seller_id: str
    date: Day
    currency: str
    gmv: Money
    orders: int
    units: int
    visitors: int
    product_views: int
    shipped_orders: int
    late_dispatched_orders: int
    seller_cancelled_orders: int
    delivered_orders: int
    on_time_deliveries: int
    seller_fault_returns: int
    reviews: int
    negative_reviews: int
    im_conversations: int
    im_replied_12h: int
    live_gmv: Money
    video_gmv: Money
    affiliate_gmv: Money
    ad_spend: Money
    revision: int
    updated_at: Instant


class Violation(BaseModel):
    violation_id: str
    seller_id: str
    policy: Literal["counterfeit", "ip_infringement", "prohibited_product", "restricted_product",
                    "misleading_listing", "fake_orders", "late_dispatch", "cancellation", "other"]
    severity: Literal["low", "medium", "high", "critical"]
    points: int
    status: Literal["active", "appealed", "overturned", "expired"]
    listing_id: str | None
    description: str
    created_at: Instant
    expires_at: Instant | None
    version: int
    updated_at: Instant


class Enrollment(BaseModel):
    seller_id: str
    program_id: str
    status: Literal["invited", "applied", "enrolled", "rejected", "withdrawn"]
    version: int
    updated_at: Instant


Channel = Literal["call", "email", "chat", "im", "meeting", "sms"]
Direction = Literal["outbound", "inbound"]
Outcome = Literal["connected", "no_answer", "voicemail", "interested", "not_interested",
                  "enrolled", "follow_up", "escalated"]


class Activity(BaseModel):
    activity_id: str
    client_id: str
    seller_id: str
    author_id: str
    channel: Channel
    direction: Direction
    occurred_at: Instant
    duration_seconds: int | None
    outcome: Outcome
    program_id: str | None
    summary: str | None
    notes: str | None
    follow_up_on: Day | None
    version: int
    deleted: bool = Field(description="true: a tombstone")
    created_at: Instant
    updated_at: Instant


class FeedPage(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str = Field(description="opaque; standard base64, may hold '+', '/' and '='")
    has_more: bool


# -- writes ------------------------------------------------------------------------

class OutreachCreate(_Strict):
    client_id: str = Field(description="UUID generated by the client for this activity")
    seller_id: str
    channel: Channel
    direction: Direction
    occurred_at: Instant
    duration_seconds: int | None = Field(default=None, ge=0, le=86400)
    outcome: Outcome
    program_id: str | None = None
    summary: str | None = Field(default=None, max_length=500)
    notes: str | None = Field(default=None, max_length=10000)
    follow_up_on: Day | None = None


class OutreachPatch(_Strict):
    summary: str | None = Field(default=None, max_length=500)
    notes: str | None = Field(default=None, max_length=10000)
    outcome: Outcome | None = None
    follow_up_on: Day | None = None
    program_id: str | None = None


class EnrollmentCreate(_Strict):
    seller_id: str
    program_id: str
    note: str | None = Field(default=None, max_length=1000)


REQUEST_MODELS: tuple[type[BaseModel], ...] = (
    TokenRequest, PasswordGrant, RefreshGrant, OutreachCreate, OutreachPatch, EnrollmentCreate,
)
