"""What the worklist reads in one go on the cache worker: the flags for the chosen kind and
status, the open counts for the rail badge, the rule titles in the chosen language, and the
data's date (to tell "nothing synced yet" from "nothing wrong")."""

from __future__ import annotations

from dataclasses import dataclass

from app.flags.service import OPEN_STATUSES, FlagItem, FlagService, RuleSettings
from app.portfolio import PortfolioService
from app.workspace import Workspace

KIND_FILTERS: dict[str, tuple[str, ...] | None] = {
    "risk": ("risk",), "opportunity": ("opportunity",), "all": None}
STATUS_FILTERS: dict[str, tuple[str, ...] | None] = {
    "open": OPEN_STATUSES, "snoozed": ("snoozed",), "dismissed": ("dismissed",),
    "resolved": ("resolved",), "all": None}


@dataclass(frozen=True)
class WorklistData:
    items: list[FlagItem]
    counts: dict[str, int]
    titles: dict[str, str]
    as_of: str | None


def rule_titles(workspace: Workspace, language: str) -> dict[str, str]:
    """rule id -> title; the default pack's scope first, so its titles win."""
    titles: dict[str, str] = {}
    for rule in RuleSettings.for_workspace(workspace).rules():
        titles.setdefault(rule.rule_id, rule.title(language))
    return titles


def read_worklist(workspace: Workspace, kind: str, status: str, language: str) -> WorklistData:
    service = FlagService.for_workspace(workspace)
    items = service.flags(kinds=KIND_FILTERS[kind], statuses=STATUS_FILTERS[status])
    return WorklistData(items, service.open_counts(), rule_titles(workspace, language),
                        PortfolioService(workspace.engine).data_as_of())
