"""The local cache's tables. Field names follow the Partner API contract."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class Seller(Base):
    __tablename__ = "sellers"

    seller_id: Mapped[str] = mapped_column(String, primary_key=True)
    shop_name: Mapped[str] = mapped_column(String)
    shop_code: Mapped[str] = mapped_column(String, index=True)
    marketplace: Mapped[str] = mapped_column(String)
    region: Mapped[str] = mapped_column(String)
    category: Mapped[str] = mapped_column(String)
    tier: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    currency: Mapped[str] = mapped_column(String)
    timezone: Mapped[str] = mapped_column(String)
    onboarded_on: Mapped[str | None] = mapped_column(String)
    contact_name: Mapped[str | None] = mapped_column(String)
    contact_phone: Mapped[str | None] = mapped_column(String)
    contact_email: Mapped[str | None] = mapped_column(String)
    contact_im_handle: Mapped[str | None] = mapped_column(String)
    contact_preferred_channel: Mapped[str | None] = mapped_column(String)
    contact_language: Mapped[str | None] = mapped_column(String)
    # Decimal string as served; null is "no score yet", which is not a low score.
    health_sps: Mapped[str | None] = mapped_column(String)
    health_ahr: Mapped[int | None] = mapped_column(Integer)
    health_violation_points: Mapped[int | None] = mapped_column(Integer)
    assigned: Mapped[bool] = mapped_column(Boolean, index=True)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str] = mapped_column(String)


class DailyMetric(Base):
    """One row per seller per business day: the raw counts any window is summed from."""

    __tablename__ = "daily_metrics"
    # Clustered by (seller, date): a seller's window is one contiguous range of the b-tree.
    __table_args__ = ({"sqlite_with_rowid": False},)

    seller_id: Mapped[str] = mapped_column(String, primary_key=True)
    date: Mapped[str] = mapped_column(String, primary_key=True)
    currency: Mapped[str] = mapped_column(String)
    gmv: Mapped[int] = mapped_column(Integer)
    orders: Mapped[int] = mapped_column(Integer)
    units: Mapped[int] = mapped_column(Integer)
    visitors: Mapped[int] = mapped_column(Integer)
    product_views: Mapped[int] = mapped_column(Integer)
    shipped_orders: Mapped[int] = mapped_column(Integer)
    late_dispatched_orders: Mapped[int] = mapped_column(Integer)
    seller_cancelled_orders: Mapped[int] = mapped_column(Integer)
    delivered_orders: Mapped[int] = mapped_column(Integer)
    on_time_deliveries: Mapped[int] = mapped_column(Integer)
    seller_fault_returns: Mapped[int] = mapped_column(Integer)
    reviews: Mapped[int] = mapped_column(Integer)
    negative_reviews: Mapped[int] = mapped_column(Integer)
    im_conversations: Mapped[int] = mapped_column(Integer)
    im_replied_12h: Mapped[int] = mapped_column(Integer)
    live_gmv: Mapped[int] = mapped_column(Integer)
    video_gmv: Mapped[int] = mapped_column(Integer)
    affiliate_gmv: Mapped[int] = mapped_column(Integer)
    ad_spend: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str] = mapped_column(String)


class Violation(Base):
    __tablename__ = "violations"

    violation_id: Mapped[str] = mapped_column(String, primary_key=True)
    seller_id: Mapped[str] = mapped_column(String, index=True)
    policy: Mapped[str] = mapped_column(String)
    severity: Mapped[str] = mapped_column(String)
    points: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String)
    listing_id: Mapped[str | None] = mapped_column(String)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String)
    expires_at: Mapped[str | None] = mapped_column(String)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str] = mapped_column(String)


class Enrollment(Base):
    __tablename__ = "enrollments"

    seller_id: Mapped[str] = mapped_column(String, primary_key=True)
    program_id: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str] = mapped_column(String)


class Program(Base):
    __tablename__ = "programs"

    program_id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    marketplace: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean)


class ProgramCriterion(Base):
    __tablename__ = "program_criteria"

    program_id: Mapped[str] = mapped_column(
        ForeignKey("programs.program_id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    metric: Mapped[str] = mapped_column(String)
    op: Mapped[str] = mapped_column(String)
    value: Mapped[str] = mapped_column(String)
    window_days: Mapped[int | None] = mapped_column(Integer)


class Outreach(Base):
    """An activity: the user's own (possibly not yet pushed) or one read from the feed.

    The displayed fields are the local truth; `remote_payload` keeps the platform's last
    copy so a conflict can show both. `outbox_op` is set while a local change waits to be
    pushed, and the feed never overwrites a row with a pending change.
    """

    __tablename__ = "outreach"
    __table_args__ = (
        Index("ix_outreach_seller_occurred", "seller_id", "occurred_at"),
        Index("ix_outreach_occurred", "occurred_at"),
        # Covering for the funnel's per-seller aggregate of one program's entries.
        Index("ix_outreach_program", "program_id", "seller_id", "outcome", "occurred_at",
              "deleted"),
        # The follow-up worklist: open follow-ups by the date they are due now, with the
        # author so "mine" is answered from the index.
        Index("ix_outreach_follow_up_open",
              text("coalesce(follow_up_snoozed_until, follow_up_on)"), "author_id",
              sqlite_where=text("follow_up_on IS NOT NULL AND follow_up_done_at IS NULL "
                                "AND deleted = 0")),
    )

    client_id: Mapped[str] = mapped_column(String, primary_key=True)
    activity_id: Mapped[str | None] = mapped_column(String, unique=True)
    seller_id: Mapped[str] = mapped_column(String)
    author_id: Mapped[str | None] = mapped_column(String)
    channel: Mapped[str] = mapped_column(String)
    direction: Mapped[str] = mapped_column(String)
    occurred_at: Mapped[str] = mapped_column(String)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String)
    program_id: Mapped[str | None] = mapped_column(String)
    summary: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[str | None] = mapped_column(String, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, server_default=text("0"))
    # The version local edits are based on (sent as If-Match); the feed may know a newer one.
    version: Mapped[int | None] = mapped_column(Integer)
    remote_version: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[str | None] = mapped_column(String)
    updated_at: Mapped[str | None] = mapped_column(String)
    remote_payload: Mapped[str | None] = mapped_column(Text)
    outbox_op: Mapped[str | None] = mapped_column(String, index=True)
    outbox_state: Mapped[str | None] = mapped_column(String)
    idempotency_key: Mapped[str | None] = mapped_column(String)
    outbox_error: Mapped[str | None] = mapped_column(Text)
    outbox_attempts: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    local_updated_at: Mapped[str | None] = mapped_column(String)
    # Added by 0004_outreach_local (local only, never sent): ------------------------------
    # The flag the entry was logged from, and the seller's key metrics at contact time.
    flag_id: Mapped[int | None] = mapped_column(Integer)
    snapshot: Mapped[str | None] = mapped_column(Text)
    # My follow-up worklist; the platform's follow_up_on is the date agreed with the seller.
    follow_up_done_at: Mapped[str | None] = mapped_column(String)
    follow_up_snoozed_until: Mapped[str | None] = mapped_column(String)
    # The exact request of the pending change (body, If-Match), sent again verbatim with
    # the same idempotency key on every retry.
    outbox_request: Mapped[str | None] = mapped_column(Text)
    # Order of local changes across outreach and nominations: oldest is pushed first.
    outbox_seq: Mapped[int | None] = mapped_column(Integer, index=True)
    # A change made while the pending request may already be at the platform: it waits
    # (JSON {"changes": {...}, "delete": bool}) and is queued when that request lands.
    outbox_next: Mapped[str | None] = mapped_column(Text)


class SyncState(Base):
    __tablename__ = "sync_state"

    feed: Mapped[str] = mapped_column(String, primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    items_total: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    last_success_at: Mapped[str | None] = mapped_column(String)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[str | None] = mapped_column(String)


class CacheMeta(Base):
    """Small facts about the cache: latest metrics date, whether summaries are stale."""

    __tablename__ = "cache_meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SellerSummary(Base):
    """Per-seller sums over the last 30 days and the 30 before, refreshed after each sync.

    The portfolio opens from this table alone: start-up never touches the daily rows.
    """

    __tablename__ = "seller_summary"

    seller_id: Mapped[str] = mapped_column(String, primary_key=True)
    as_of: Mapped[str | None] = mapped_column(String)
    first_date: Mapped[str | None] = mapped_column(String)
    last_date: Mapped[str | None] = mapped_column(String)
    last_order_date: Mapped[str | None] = mapped_column(String)
    days_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    gmv_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    gmv_prev_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    orders_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    orders_prev_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    units_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    visitors_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    shipped_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    late_dispatched_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    seller_cancelled_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    delivered_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    on_time_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    returns_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    reviews_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    negative_reviews_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    im_conversations_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    im_replied_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    content_gmv_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    affiliate_gmv_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    ad_spend_30d: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    active_violation_points: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    refreshed_at: Mapped[str | None] = mapped_column(String)


class PortfolioDaily(Base):
    """Per-day portfolio medians over assigned sellers, the seller charts' comparison line.

    Keyed by currency too: a GMV median only means something among sellers selling in one
    currency (USD next to VND is noise). The row with currency "*" holds the medians over all
    sellers with a row that day (its gmv is null); each currency's row holds its sellers'
    count and GMV median only. Rates are medians of each seller's trailing ratio of sums (the
    window the charts draw), over the sellers whose denominator is above zero.
    """

    __tablename__ = "portfolio_daily"

    date: Mapped[str] = mapped_column(String, primary_key=True)
    currency: Mapped[str] = mapped_column(String, primary_key=True)
    sellers: Mapped[int] = mapped_column(Integer)
    gmv: Mapped[int | None] = mapped_column(Integer)  # ten-thousandths, as in daily_metrics
    orders: Mapped[float | None] = mapped_column(Float)
    late_dispatch_rate: Mapped[float | None] = mapped_column(Float)
    cancellation_rate: Mapped[float | None] = mapped_column(Float)
    return_rate: Mapped[float | None] = mapped_column(Float)
    negative_review_rate: Mapped[float | None] = mapped_column(Float)


# Registered on Base.metadata with the rest, so create_all builds every table.
from db import flag_models, outreach_models  # noqa: E402, F401
