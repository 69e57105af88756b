"""Quick-log templates: defaults shipped in resources/outreach/, a user copy per profile.

The user's copy (JSON, in the profile's folder) replaces the defaults once saved; reset
removes it. A copy that cannot be read is never overwritten silently: the defaults are
used, `problem` says why, and the next save keeps the unreadable file as `.bad`.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UsageError
from app.outreach.model import CHANNELS, OUTCOMES

if TYPE_CHECKING:
    from app.workspace import Workspace

log = logging.getLogger(__name__)

FILE_NAME = "outreach_templates.json"
LANGUAGES = ("en", "zh_CN")


@dataclass(frozen=True)
class Template:
    template_id: str
    name: dict[str, str]  # {"en": ..., "zh_CN": ...}
    channel: str
    outcome: str
    program_id: str | None
    summary: dict[str, str]
    follow_up_days: int | None


def default_templates() -> list[Template]:
    text = (resources.files("resources") / "outreach" / "templates.json").read_text("utf-8")
    return _parse(json.loads(text))


def _parse(document: Any) -> list[Template]:
    if not isinstance(document, dict) or not isinstance(document.get("templates"), list):
        raise ValueError("expected an object with a 'templates' list")
    found = [_template(item) for item in document["templates"]]
    check(found)
    return found


def _template(item: Any) -> Template:
    if not isinstance(item, dict):
        raise ValueError("each template must be an object")
    days = item.get("follow_up_days")
    return Template(
        template_id=str(item["template_id"]),
        name={str(k): str(v) for k, v in dict(item["name"]).items()},
        channel=str(item["channel"]),
        outcome=str(item["outcome"]),
        program_id=str(item["program_id"]) if item.get("program_id") else None,
        summary={str(k): str(v) for k, v in dict(item.get("summary") or {}).items()},
        follow_up_days=int(days) if days is not None else None,
    )


def check(templates: Sequence[Template]) -> None:
    """Refuse a template set the quick log could not use, naming what is wrong."""
    seen: set[str] = set()
    for template in templates:
        label = template.template_id or "(no id)"
        if not template.template_id or template.template_id in seen:
            raise UsageError(f"Template ids must be present and unique: '{label}'.")
        seen.add(template.template_id)
        if not any(template.name.get(lang, "").strip() for lang in LANGUAGES):
            raise UsageError(f"Template '{label}' needs a name.")
        if template.channel not in CHANNELS:
            raise UsageError(f"Template '{label}': unknown channel '{template.channel}'.")
        if template.outcome not in OUTCOMES:
            raise UsageError(f"Template '{label}': unknown outcome '{template.outcome}'.")
        if template.follow_up_days is not None and not 0 <= template.follow_up_days <= 365:
            raise UsageError(f"Template '{label}': follow-up days must be 0 to 365.")


class TemplateStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> TemplateStore:
        return cls(workspace.profiles.directory(workspace.profile.name) / FILE_NAME)

    def templates(self) -> list[Template]:
        self.problem = None
        if not self.path.exists():
            return default_templates()
        try:
            return _parse(json.loads(self.path.read_text("utf-8")))
        except (OSError, ValueError, KeyError, TypeError, UsageError) as error:
            self.problem = (f"Your templates in {self.path} could not be read ({error}); "
                            "showing the default templates instead.")
            log.warning("%s", self.problem)
            return default_templates()

    def save(self, templates: Sequence[Template]) -> None:
        check(templates)
        if self.path.exists() and self.problem:
            self.path.replace(self.path.with_suffix(".json.bad"))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        document = {"version": 1, "templates": [asdict(t) for t in templates]}
        temporary = self.path.with_suffix(".json.tmp")
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
        os.replace(temporary, self.path)
        self.problem = None

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)
        self.problem = None
