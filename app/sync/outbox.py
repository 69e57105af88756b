"""Push the outbox: local outreach changes and nominations, one at a time, oldest first."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from app.platform.client import PartnerClient


@dataclass(frozen=True)
class PushProblem:
    client_id: str
    seller_id: str
    kind: str  # "rejected" | "conflict"
    code: int | None
    message: str


@dataclass(frozen=True)
class PushResult:
    sent: int
    rejected: tuple[PushProblem, ...]
    conflicts: tuple[PushProblem, ...]
    remaining: int


class OutboxPusher:
    def __init__(self, client: PartnerClient, engine: Engine, *,
                 on_progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None) -> None:
        self.client = client
        self.engine = engine
        self.on_progress = on_progress
        self.cancel = cancel or threading.Event()

    def push(self) -> PushResult:
        raise NotImplementedError
