"""The platform's program catalog (GET /api/v1/programs), as data.

Criteria use the contract's derived metric names (section 6) or seller fields (sps, ahr,
violation_points); `value` is always a decimal string, so no criterion compares text such
as a tier. Money totals are avoided on purpose: a GMV threshold means nothing across
currencies from USD to VND.
"""

from __future__ import annotations

from typing import Any


def _c(metric: str, op: str, value: str, window_days: int | None = None) -> dict[str, Any]:
    criterion: dict[str, Any] = {"metric": metric, "op": op, "value": value}
    if window_days is not None:
        criterion["window_days"] = window_days
    return criterion


PROGRAMS: tuple[dict[str, Any], ...] = (
    {"program_id": "flash_sale", "marketplace": "tiktok", "name": "Flash Sale",
     "description": "Time-limited deals on the Flash Sale channel during campaign days.",
     "active": True,
     "criteria": [_c("sps", ">=", "3.5"), _c("late_dispatch_rate", "<=", "0.04", 30),
                  _c("violation_points", "<", "12")]},
    {"program_id": "affiliate", "marketplace": "tiktok", "name": "Affiliate Creators",
     "description": "Open collaboration with creators paid by commission.",
     "active": True,
     "criteria": [_c("sps", ">=", "3.0"), _c("return_rate", "<=", "0.02", 30),
                  _c("violation_points", "<", "24")]},
    {"program_id": "live", "marketplace": "tiktok", "name": "LIVE Shopping Accelerator",
     "description": "Traffic support and coaching for sellers who host LIVE sessions.",
     "active": True,
     "criteria": [_c("sps", ">=", "4.0"), _c("content_share", ">=", "0.10", 30),
                  _c("negative_review_rate", "<=", "0.005", 30)]},
    {"program_id": "free_shipping", "marketplace": "tiktok", "name": "Free Shipping Program",
     "description": "Co-funded free shipping badge on eligible listings.",
     "active": True,
     "criteria": [_c("on_time_delivery_rate", ">=", "0.95", 30),
                  _c("cancellation_rate", "<=", "0.025", 30), _c("violation_points", "==", "0")]},
    {"program_id": "ads_boost", "marketplace": "tiktok", "name": "Ads Boost Credits",
     "description": "Matching ad credits for sellers with healthy conversion.",
     "active": True,
     "criteria": [_c("conversion_rate", ">=", "0.02", 30), _c("ahr", ">=", "200"),
                  _c("gmv_growth", ">", "-0.25", 30)]},
    {"program_id": "creator_bonus_2025", "marketplace": "tiktok", "name": "Creator Bonus 2025",
     "description": "Closed: replaced by the Affiliate Creators program.",
     "active": False,
     "criteria": [_c("sps", ">=", "4.0"), _c("content_share", ">=", "0.20", 30)]},
    {"program_id": "shopee_flash_deals", "marketplace": "shopee", "name": "Shopee Flash Deals",
     "description": "Flash deal slots on campaign days (9.9, 10.10, 11.11, 12.12).",
     "active": True,
     "criteria": [_c("late_dispatch_rate", "<", "0.05", 30),
                  _c("cancellation_rate", "<", "0.03", 30), _c("violation_points", "<", "12")]},
    {"program_id": "shopee_free_shipping", "marketplace": "shopee",
     "name": "Free Shipping Special",
     "description": "Free shipping vouchers funded by a service fee.",
     "active": True,
     "criteria": [_c("on_time_delivery_rate", ">=", "0.93", 30),
                  _c("im_response_rate", ">=", "0.75", 30)]},
    {"program_id": "amazon_lightning_deals", "marketplace": "amazon", "name": "Lightning Deals",
     "description": "Short deals featured on the Deals page.",
     "active": True,
     "criteria": [_c("return_rate", "<=", "0.015", 90), _c("ahr", ">=", "200"),
                  _c("negative_review_rate", "<=", "0.005", 90)]},
)


def programs_for(marketplace: str, *, active_only: bool = True) -> list[str]:
    return [p["program_id"] for p in PROGRAMS
            if p["marketplace"] == marketplace and (p["active"] or not active_only)]
