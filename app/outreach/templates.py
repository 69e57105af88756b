"""Quick-log templates: defaults shipped in resources/outreach/, a user copy per profile."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.workspace import Workspace


@dataclass(frozen=True)
class Template:
    template_id: str
    name: dict[str, str]  # {"en": ..., "zh_CN": ...}
    channel: str
    outcome: str
    program_id: str | None
    summary: dict[str, str]
    follow_up_days: int | None


class TemplateStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> TemplateStore:
        raise NotImplementedError

    def templates(self) -> list[Template]:
        raise NotImplementedError

    def save(self, templates: Sequence[Template]) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        raise NotImplementedError
