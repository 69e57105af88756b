"""Where SellerDesk keeps profiles, caches and logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HOME_ENV = "SELLERDESK_HOME"


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--home wins, then SELLERDESK_HOME, then the platform's user data folder."""
    chosen = explicit or os.environ.get(HOME_ENV)
    home = Path(chosen) if chosen else platformdirs.user_data_path("SellerDesk", appauthor=False)
    home.mkdir(parents=True, exist_ok=True)
    return home


def logs_dir(home: Path) -> Path:
    path = home / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
