"""Distance to the line in events, worked out by hand."""

from __future__ import annotations

import pytest

from app.flags.texts import steps_to_flip


@pytest.mark.parametrize(("n", "d", "op", "line", "in_den", "towards", "expected"), [
    # 7 late of 210 shipped: (7 + 2) / (210 + 2) = 4.25% > 4%, (7 + 1) / 211 = 3.79%.
    (7, 210, ">", 0.04, True, 1, 2),
    # 8 of 200 is 4.0%, not above: one more (9 / 201 = 4.48%) crosses.
    (8, 200, ">", 0.04, True, 1, 1),
    # 15 of 210 (7.14%): (15 - 7) / (210 - 7) = 3.94% <= 4%; 6 fewer leaves 4.39%.
    (15, 210, ">", 0.04, True, -1, 7),
    # Negative reviews do not add deliveries: (3 - 1) / 300 = 0.67% > 0.5%, 2 fewer: 0.33%.
    (3, 300, ">", 0.005, False, -1, 2),
    # On time 280 of 300 (93.3%) < 95%: 5 late ones on time again make 285 / 300 = 95%.
    (280, 300, "<", 0.95, False, 1, 5),
    # Already at the line in the direction asked: never flips.
    (285, 300, "<", 0.95, False, 1, None),
    # Nothing to take away.
    (0, 100, ">", 0.04, True, -1, None),
])
def test_steps_to_flip(n: int, d: int, op: str, line: float, in_den: bool, towards: int,
                       expected: int | None) -> None:
    assert steps_to_flip(n, d, op, line, in_den=in_den, towards=towards) == expected
