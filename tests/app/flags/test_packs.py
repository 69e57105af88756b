"""Rule packs: the shipped ones load clean; bad files are reported by file, rule and field;
the user's settings override thresholds and a bad settings file leaves the last good one."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.errors import UsageError
from app.flags.pack import RULES_DIR
from app.flags.packset import KNOWN_RULES, PackSet, load_shipped
from app.flags.settings import RuleSettings
from tests.app.flags.builders import Cache

DAY = dt.date(2026, 11, 21)


def test_shipped_packs_load_without_problems() -> None:
    packs, problems = load_shipped()
    assert problems == []
    assert {"tiktok-US", "tiktok-TH", "amazon-US", "shopee-PH"} <= set(packs)
    default = packs["tiktok-US"]
    assert default.fallback and set(default.rules) == set(KNOWN_RULES)
    for pack in packs.values():
        assert pack.source.startswith("http")
        for rule in pack.rules.values():
            assert rule.source and rule.title.en and rule.title.zh_CN
            assert rule.message.en and rule.message.zh_CN


def test_pack_chosen_by_marketplace_region_and_date() -> None:
    packs = PackSet()
    assert packs.select("tiktok", "TH", DAY).pack_id == "tiktok-TH"
    assert packs.select("tiktok", "TH", dt.date(2024, 12, 31)).pack_id == "tiktok-US"
    assert packs.select("shopee", "PH", DAY).pack_id == "shopee-PH"
    assert packs.select("shopee", "VN", DAY).pack_id == "tiktok-US"  # the fallback
    th = packs.select("tiktok", "TH", DAY).rules
    assert [(lv.severity, lv.value) for lv in th["late_dispatch"].levels] == [
        ("critical", 0.12), ("high", 0.05)]
    assert th["returns"].levels == packs.fallback.rules["returns"].levels  # inherited


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "rules"
    shutil.copytree(RULES_DIR, directory)
    return directory


@pytest.mark.parametrize(("text", "expected"), [
    ('[rules.late_dispatch]\nlevels = [{ severity = "high", op = ">", value = "x" }]\n',
     "bad.toml: rule late_dispatch: field levels.0.value:"),
    ('[rules.late_dispatch]\nwindow_days = 0\n', "bad.toml: rule late_dispatch: field "
     "window_days:"),
    ('[rules.late_dispatch]\nlevels = [{ severity = "awful", op = ">", value = 1 }]\n',
     "bad.toml: rule late_dispatch: field levels.0.severity:"),
    ('[rules.late_dispatch]\ncolour = "red"\n', "bad.toml: rule late_dispatch: field colour:"),
    ('[rules.made_up]\nsource = "x"\n', "bad.toml: rule made_up: field id: unknown rule"),
    ('[rules.fast_grower]\nlevels = [{ severity = "high", op = ">", value = 1 }]\n',
     "bad.toml: rule fast_grower: field levels: an opportunity's severity is info"),
])
def test_bad_pack_is_reported_and_left_out(pack_dir: Path, text: str, expected: str) -> None:
    header = ('[pack]\nid = "bad"\nbase = "tiktok-US"\nmarketplace = "lazada"\n'
              'region = "VN"\neffective_from = "2025-01-01"\nsource = "note"\n\n')
    (pack_dir / "bad.toml").write_text(header + text, encoding="utf-8")
    packs, problems = load_shipped(pack_dir)
    assert any(p.startswith(expected) for p in problems), problems
    assert "bad" not in packs and "tiktok-US" in packs


def test_a_pack_missing_required_fields(pack_dir: Path) -> None:
    (pack_dir / "tiktok-US.toml").write_text(
        (pack_dir / "tiktok-US.toml").read_text(encoding="utf-8").replace(
            'source = "TikTok Shop US seller performance: late dispatch rate above 4% over '
            '30 days"\n', ""), encoding="utf-8")
    packs, problems = load_shipped(pack_dir)
    assert "tiktok-US.toml: rule late_dispatch: field source: required" in problems
    assert "tiktok-US" not in packs
    assert any("no fallback pack" in p for p in problems)


def test_a_broken_edit_of_a_pack_leaves_its_last_good_copy_in_force(
        pack_dir: Path, tmp_path: Path) -> None:
    user_file = tmp_path / "profile" / "rules.toml"
    user_file.parent.mkdir()
    assert PackSet(user_file, pack_dir).problems == []  # loads cleanly: copies kept
    th_file = pack_dir / "tiktok-TH.toml"
    th_file.write_text(th_file.read_text(encoding="utf-8").replace(
        'value = 0.05 }', 'value = "five percent" }', 1), encoding="utf-8")
    packs = PackSet(user_file, pack_dir)
    assert any(p.startswith("tiktok-TH.toml: rule late_dispatch: field levels.0.value:")
               for p in packs.problems), packs.problems
    assert "tiktok-TH.toml: the last good copy stays in force" in packs.problems
    th = packs.select("tiktok", "TH", DAY).rules
    assert [(lv.severity, lv.value) for lv in th["late_dispatch"].levels] == [
        ("critical", 0.12), ("high", 0.05)]
    # Without a folder for last good copies (no profile), the broken pack is left out.
    assert "tiktok-TH" not in load_shipped(pack_dir)[0]


def test_invalid_toml_names_the_file(pack_dir: Path) -> None:
    (pack_dir / "broken.toml").write_text("[pack\nid = 1", encoding="utf-8")
    _, problems = load_shipped(pack_dir)
    assert problems and problems[0].startswith("broken.toml: not valid TOML")


def test_user_thresholds_change_the_verdict(cache: Cache) -> None:
    cache.seller("S1")
    cache.days("S1", range(30), shipped_orders=10)
    cache.metric("S1", 0, revision=2, shipped_orders=10, late_dispatched_orders=14)  # 4.67%
    assert cache.open_flags()[("S1", "late_dispatch")].threshold == 0.04
    settings = RuleSettings(cache.user_rules)
    settings.set_rule("late_dispatch", thresholds={"high": 0.045})
    flag = cache.open_flags()[("S1", "late_dispatch")]  # 4.67% > 4.5%
    assert flag.threshold == 0.045
    # The distance uses the lines in force: (14 - 1) / (300 - 1) = 4.35% is within 4.5%.
    assert flag.distance("en").startswith("1 fewer late dispatches in this window would "
                                          "bring it back within 4.5%")
    settings.set_rule("late_dispatch", thresholds={"high": 0.05})
    assert ("S1", "late_dispatch") not in cache.open_flags()
    setting = next(r for r in settings.rules()
                   if r.rule_id == "late_dispatch" and r.pack_id == "tiktok-US")
    assert setting.overridden and setting.levels == (("critical", 0.1), ("high", 0.05))
    assert setting.default_levels == (("critical", 0.1), ("high", 0.04))
    settings.set_rule("late_dispatch", enabled=False, pack_id="tiktok-US")
    assert not next(r for r in RuleSettings(cache.user_rules).rules()
                    if r.rule_id == "late_dispatch" and r.pack_id == "tiktok-US").enabled
    settings.reset_rule("late_dispatch")
    settings.reset_rule("late_dispatch", pack_id="tiktok-US")
    assert cache.open_flags()[("S1", "late_dispatch")].threshold == 0.04
    assert settings.load_problems() == []


def test_bad_settings_are_refused_and_change_nothing(cache: Cache) -> None:
    settings = RuleSettings(cache.user_rules)
    settings.set_rule("cancellation", thresholds={"high": 0.03})
    before = cache.user_rules.read_text(encoding="utf-8")
    with pytest.raises(UsageError, match=r"thresholds\.medium: the rule has no medium level"):
        settings.set_rule("cancellation", thresholds={"medium": 0.03})
    with pytest.raises(UsageError, match="critical line"):
        settings.set_rule("cancellation", thresholds={"critical": 0.01})
    assert cache.user_rules.read_text(encoding="utf-8") == before


def test_a_bad_user_file_keeps_the_last_good_one(cache: Cache) -> None:
    RuleSettings(cache.user_rules).set_rule("late_dispatch", thresholds={"high": 0.05})
    PackSet(cache.user_rules)  # loaded once while good: remembered
    cache.user_rules.write_text(
        '[overrides."*".late_dispatch]\nthresholds = { high = "five" }\n', encoding="utf-8")
    packs = PackSet(cache.user_rules)
    assert "rules.toml: rule late_dispatch: field thresholds.high: must be a number" in \
        packs.problems
    assert "rules.toml: the last good settings stay in force" in packs.problems
    assert packs.fallback.rules["late_dispatch"].levels[-1].value == 0.05
    assert RuleSettings(cache.user_rules).load_problems() == packs.problems
    cache.seller("S1", status="suspended")
    summary = cache.service().evaluate()  # a bad file never stops the rules
    assert summary.open_risks == 1
