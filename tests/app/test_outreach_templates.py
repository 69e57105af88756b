"""Quick-log templates: bilingual defaults, the user's copy, and a broken copy kept."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.errors import UsageError
from app.outreach.templates import TemplateStore


def test_defaults_cover_the_common_cases_in_both_languages(tmp_path: Path) -> None:
    templates = TemplateStore(tmp_path / "t.json").templates()
    assert [t.template_id for t in templates] == [
        "program_pitch", "compliance_warning", "follow_up", "escalation"]
    for template in templates:
        assert template.name["en"] and template.name["zh_CN"]
        assert template.summary["en"] and template.summary["zh_CN"]


def test_saved_templates_replace_the_defaults_until_reset(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path / "profile" / "t.json")
    first = store.templates()[0]
    mine = replace(first, summary={"en": "My own pitch", "zh_CN": "我的推介"},
                   follow_up_days=5)
    store.save([mine])
    again = TemplateStore(tmp_path / "profile" / "t.json").templates()
    assert again == [mine]
    with pytest.raises(UsageError, match="unknown channel"):
        store.save([replace(mine, channel="fax")])
    with pytest.raises(UsageError, match="unique"):
        store.save([mine, mine])
    assert TemplateStore(tmp_path / "profile" / "t.json").templates() == [mine]
    store.reset()
    assert len(store.templates()) == 4


def test_a_broken_copy_falls_back_to_defaults_and_is_kept_on_save(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text("{not json", "utf-8")
    store = TemplateStore(path)
    assert len(store.templates()) == 4
    assert store.problem and str(path) in store.problem
    store.save(store.templates()[:1])
    assert (tmp_path / "t.json.bad").read_text("utf-8") == "{not json"
    assert len(TemplateStore(path).templates()) == 1
