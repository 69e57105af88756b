"""Operations announce what changed; screens listen and refresh themselves (as Anki OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    sellers: bool = False
    metrics: bool = False
    violations: bool = False
    enrollments: bool = False
    outreach: bool = False
    programs: bool = False
    settings: bool = False
    profile: bool = False
    source: str = ""
    # Flags changed status or were re-evaluated (a rule edited, a flag acknowledged...).
    flags: bool = False
    details: dict[str, int] = field(default_factory=dict)
    # The outreach outbox changed (a local write queued, resolved or pushed): the outbox
    # badge and the pusher listen to this, not to every synced outreach row.
    outreach_outbox: bool = False

    @classmethod
    def everything(cls, source: str) -> Changes:
        return cls(sellers=True, metrics=True, violations=True, enrollments=True,
                   outreach=True, programs=True, settings=True, profile=True, source=source,
                   flags=True, outreach_outbox=True)


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)
