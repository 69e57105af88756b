"""Which seller (or flag) the user is looking at, for the quick log to start from."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from app.flags.service import FlagItem
from ui.flags.worklist import WorklistPage
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


def flag_in_view(page: QWidget) -> FlagItem | None:
    """The flag selected on the worklist, or in the seller page's flags panel while the
    focus is in it; None when the user is not looking at one flag."""
    if isinstance(page, WorklistPage):
        return page.current_item()
    focus = QApplication.focusWidget()
    if isinstance(page, SellerPage) and focus is not None and page.flags.isAncestorOf(focus):
        return page.flags.selected_flag()
    return None
