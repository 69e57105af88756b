"""Which seller the user is looking at, for the quick log to start from."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.portfolio.view import PortfolioPage
from ui.seller.view import SellerPage


def seller_in_view(page: QWidget) -> tuple[str | None, str | None]:
    """(seller id, shop name) on screen or selected on `page`; (None, None) when none."""
    if isinstance(page, SellerPage) and page.seller_id:
        detail = page.detail
        return page.seller_id, detail.profile.shop_name if detail else None
    if isinstance(page, PortfolioPage):
        return page.selected_seller_id(), None
    current = getattr(page, "current", None)  # the outreach lists' selected entry
    entry = current() if callable(current) else None
    if entry is not None:
        return entry.seller_id, entry.shop_name
    return None, None
