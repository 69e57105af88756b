from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.export.shape import flatten, money_decimal, money_text
from db.units import MONEY_SCALE


def test_money_text_keeps_two_places_and_no_more_than_needed() -> None:
    assert money_text(182_345_000) == "18234.50"
    assert money_text(0) == "0.00"
    assert money_text(12_345) == "1.2345"
    assert money_text(-5_000) == "-0.50"
    assert money_text(1_250_000_000) == "125000.00"


@given(st.decimals(min_value=Decimal("-99999999999.9999"), max_value=Decimal("99999999999.9999"),
                   places=4, allow_nan=False, allow_infinity=False))
def test_money_round_trips_exactly(value: Decimal) -> None:
    units = int(value * MONEY_SCALE)
    assert Decimal(money_text(units)) == value
    assert money_decimal(units) == value


def test_flatten_dots_nested_objects_and_keeps_lists() -> None:
    item = {"a": 1, "contact": {"name": "王", "phone": None}, "criteria": [{"x": 1}]}
    assert flatten(item) == {"a": 1, "contact.name": "王", "contact.phone": None,
                             "criteria": [{"x": 1}]}
