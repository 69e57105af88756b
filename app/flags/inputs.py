"""Everything the rules read, loaded for all active sellers at once as numpy columns."""

from __future__ import annotations

import contextlib
import datetime as dt
from concurrent.futures import Future
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import Connection

from app.flags.pack import Pack
from app.flags.packset import PackSet
from app.metrics.windows import RATIOS, WindowSums, align, load_window
from db.repositories import flag_inputs

ENROLLED_STATUSES = ("invited", "applied", "enrolled")


@dataclass
class Inputs:
    latest: dt.date
    seller_ids: np.ndarray
    shop: dict[str, tuple[str, str]]  # seller_id -> (shop_name, shop_code)
    marketplace: np.ndarray
    region: np.ndarray
    category: np.ndarray
    tier: np.ndarray
    status: np.ndarray
    currency: np.ndarray
    sps: np.ndarray  # float, NaN: no score
    ahr: np.ndarray  # float, NaN: no score
    points: np.ndarray  # active violation points
    gmv_prev: np.ndarray  # the 30 days before the 30-day window
    last_order: np.ndarray  # ISO date strings, "" when the seller never sold
    packs: list[Pack]  # distinct packs in force
    pack_index: np.ndarray  # seller -> index into packs
    windows: dict[int, WindowSums] = field(default_factory=dict)
    partial_windows: dict[tuple[int, bytes], WindowSums] = field(default_factory=dict)
    enrolled: set[tuple[str, str]] = field(default_factory=set)
    _conn: Connection | None = None
    _members: dict[int, np.ndarray] = field(default_factory=dict)
    # Windows being read on other connections, by the same keys as partial_windows.
    pending: dict[tuple[int, bytes], Future[WindowSums]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.seller_ids)

    def members(self, pack: int) -> np.ndarray:
        """Positions of the sellers under the pack at index `pack`."""
        if pack not in self._members:
            self._members[pack] = np.nonzero(self.pack_index == pack)[0]
        return self._members[pack]

    def window(self, days: int, members: np.ndarray | None = None) -> WindowSums:
        """Sums over the `days` ending on the latest date, read once per evaluation; only
        for the sellers at positions `members` (the others then read as zeros) when given
        and the window is not already read for everyone."""
        if days in self.windows:
            return self.windows[days]
        assert self._conn is not None
        if members is None:
            self.windows[days] = load_window(self._conn, self.seller_ids, self.latest, days)
            return self.windows[days]
        key = (days, members.tobytes())
        if key in self.pending:
            self.partial_windows[key] = self.pending.pop(key).result()
        if key not in self.partial_windows:
            self.partial_windows[key] = load_window(
                self._conn, self.seller_ids, self.latest, days,
                subset=self.seller_ids[members].tolist())
        return self.partial_windows[key]


def _float(values: list[object]) -> np.ndarray:
    """Scores as floats; None (no score yet) and anything unreadable as NaN."""
    try:
        return np.array([np.nan if v is None or v == "" else v for v in values],
                        dtype=np.float64)
    except ValueError:
        pass
    out = np.full(len(values), np.nan)
    for i, v in enumerate(values):  # only when some score is not a number
        with contextlib.suppress(TypeError, ValueError):
            out[i] = float(v)  # type: ignore[arg-type]
    return out


def load_inputs(conn: Connection, packset: PackSet, latest: dt.date, today: dt.date) -> Inputs:
    inputs = load_sellers(conn, packset, latest, today)
    load_sums(conn, inputs)
    return inputs


def load_sellers(conn: Connection, packset: PackSet, latest: dt.date, today: dt.date
                 ) -> Inputs:
    """The sellers and their packs, sums not read yet (see load_sums): enough to plan and
    start the longer reads on other connections."""
    rows = flag_inputs.active_sellers(conn)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(flag_inputs.SELLER_FIELDS)
    ids, names, codes, markets, regions, cats, tiers, statuses, currencies, sps, ahr = columns
    seller_ids = np.array(ids, dtype=str)
    marketplace = np.array(markets, dtype=str)
    region = np.array(regions, dtype=str)
    packs: list[Pack] = []
    pack_index = np.zeros(len(seller_ids), dtype=np.int64)
    if len(seller_ids):
        scopes, inverse = np.unique(np.char.add(np.char.add(marketplace, "\x1f"), region),
                                    return_inverse=True)
        for k, scope in enumerate(scopes):
            market, reg = str(scope).split("\x1f")
            pack = packset.select(market, reg, today)
            if pack not in packs:
                packs.append(pack)
            pack_index[inverse == k] = packs.index(pack)
    inputs = Inputs(
        latest, seller_ids, dict(zip(ids, zip(names, codes, strict=True), strict=True)),
        marketplace, region, np.array(cats, dtype=str), np.array(tiers, dtype=str),
        np.array(statuses, dtype=str), np.array(currencies, dtype=str), _float(list(sps)),
        _float(list(ahr)), np.zeros(len(seller_ids), dtype=np.int64),
        np.zeros(len(seller_ids), dtype=np.int64), np.full(len(seller_ids), "", dtype="<U10"),
        packs, pack_index, _conn=conn)
    return inputs


def load_sums(conn: Connection, inputs: Inputs) -> None:
    """The 30-day window and the seller-level numbers, and the enrollments."""
    _load_30_days(conn, inputs)
    inputs.enrolled = set(flag_inputs.enrollments_in(conn, ENROLLED_STATUSES))


def _load_30_days(conn: Connection, inputs: Inputs) -> None:
    """The 30-day window, previous GMV, last order and points: from the summary the sync
    refreshed when it was built on the latest date, else from the daily rows."""
    days = flag_inputs.SUMMARY_WINDOW_DAYS
    summary = flag_inputs.summary_rows(conn, inputs.latest.isoformat())
    ids = inputs.seller_ids
    summarised = None if summary is None else summary[0].split(flag_inputs.SEPARATOR)
    if summarised is not None and summarised == ids.tolist():
        numbers = [np.fromstring(text, dtype=np.int64, sep=",") for text in summary[2:]]
        width = len(flag_inputs.SUMMARY_COLUMNS)  # then gmv_prev and points
        inputs.windows[days] = WindowSums(
            inputs.latest, days, ids, dict(zip(flag_inputs.SUMMARY_COLUMNS, numbers[:width],
                                               strict=True)))
        inputs.gmv_prev, inputs.points = numbers[width], numbers[width + 1]
        inputs.last_order = np.array(summary[1].split(flag_inputs.SEPARATOR), dtype="<U10")
        return
    inputs.windows[days] = load_window(conn, ids, inputs.latest, days)
    previous_end = inputs.latest - dt.timedelta(days=days)
    inputs.gmv_prev = load_window(conn, ids, previous_end, days, ("gmv",))["gmv"]
    inputs.points = align(ids, flag_inputs.active_points(conn), 1)[:, 0]
    orders = dict(flag_inputs.last_order_dates(conn, inputs.latest.isoformat()))
    inputs.last_order = np.array([orders.get(i) or "" for i in ids.tolist()], dtype="<U10")


def extra_windows(inputs: Inputs, criteria: list[tuple]) -> list[tuple[int, np.ndarray]]:
    """(days, seller positions) of the windows other than 30 days the rules will ask for:
    ratio rules of packs with their own window, and program criteria over other windows
    (for the program's marketplace), so they can be read ahead on another connection."""
    wanted: dict[tuple[int, bytes], tuple[int, np.ndarray]] = {}
    for k, pack in enumerate(inputs.packs):
        for rule in pack.rules.values():
            days = rule.window_days
            if rule.enabled and rule.metric in RATIOS and days and days != 30:
                members = inputs.members(k)
                wanted[(days, members.tobytes())] = (days, members)
    for _, marketplace, _, metric, _, _, window in criteria:
        if metric in RATIOS and window and window != 30:
            scope = np.nonzero(inputs.marketplace == marketplace)[0]
            wanted[(window, scope.tobytes())] = (window, scope)
    return list(wanted.values())
