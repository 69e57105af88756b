"""Money floors in each seller's own currency.

Packs write a money rule's minimum volume in US dollars; cached amounts are in the seller's
currency (times MONEY_SCALE). A floor compared as a bare number would be 1,000 VND for a
Vietnamese shop, under any real noise, so each seller's floor is scaled by an approximate
rate from `resources/currencies.toml`.
"""

from __future__ import annotations

import functools
import logging
import tomllib
from pathlib import Path

import numpy as np

from app.flags.pack import RULES_DIR
from db.units import MONEY_SCALE

log = logging.getLogger(__name__)
CURRENCIES_FILE = RULES_DIR.parent / "currencies.toml"
_warned: set[str] = set()  # each unknown currency is logged once per process


@functools.cache
def units_per_usd(path: Path = CURRENCIES_FILE) -> dict[str, float]:
    with path.open("rb") as handle:
        table = tomllib.load(handle)["units_per_usd"]
    return {str(code).upper(): float(rate) for code, rate in table.items() if rate > 0}


def floors(currencies: np.ndarray, usd: float | None) -> np.ndarray:
    """Each seller's floor of `usd` US dollars in its own currency, in stored units."""
    if not usd:
        return np.zeros(len(currencies))
    rates = units_per_usd()
    codes, positions = np.unique(currencies.astype(str), return_inverse=True)
    unknown = [code for code in codes.tolist() if code not in rates and code not in _warned]
    if unknown:
        _warned.update(unknown)
        log.warning("No approximate rate for %s: money floors kept as written (USD)",
                    ", ".join(unknown))
    per_code = np.array([rates.get(code, 1.0) for code in codes.tolist()], dtype=np.float64)
    return per_code[positions].reshape(len(currencies)) * usd * MONEY_SCALE
