"""The rule editor: turning a rule off or raising a threshold re-evaluates at once and the
flags go; Reset brings them back; bad input says what is wrong and saves nothing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.flags.service import FlagItem, RuleSettings, user_rules_path
from tests.ui.flag_fixtures import TIMEOUT, flag_ctx, flagged_home, service
from ui.changes import Changes
from ui.context import AppContext
from ui.flags.rule_editor import RuleEditorDialog
from ui.flags.rule_rows import FIRST_LEVEL, LEVELS, MIN_VOLUME, ON, threshold_text

__all__ = ["flag_ctx", "flagged_home"]


@pytest.fixture
def editor(flag_ctx: AppContext, qtbot: Any) -> RuleEditorDialog:
    dialog = RuleEditorDialog(flag_ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        dialog.show()
    return dialog


def rule_row(editor: RuleEditorDialog, flag: FlagItem) -> int:
    rows = [i for i, rule in enumerate(editor.rows.rules) if rule.rule_id == flag.rule_id]
    assert rows, f"{flag.rule_id} is not in the editor"
    return next((i for i in rows if editor.rows.rules[i].pack_id == flag.pack_id), rows[0])


def open_rule_ids(ctx: AppContext) -> set[str]:
    return {f.rule_id for f in service(ctx).flags()}


def apply(editor: RuleEditorDialog, qtbot: Any) -> None:
    with qtbot.waitSignal(editor.applied, timeout=TIMEOUT), \
            qtbot.waitSignal(editor.loaded, timeout=TIMEOUT):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_turning_a_rule_off_resolves_its_flags(editor: RuleEditorDialog, flag_ctx: AppContext,
                                               qtbot: Any) -> None:
    flag = service(flag_ctx).flags(kinds=("risk",))[0]
    announced: list[Changes] = []
    flag_ctx.changes.changed.connect(announced.append)
    row = rule_row(editor, flag)
    editor.table.item(row, ON).setCheckState(Qt.CheckState.Unchecked)
    apply(editor, qtbot)
    assert flag.rule_id not in open_rule_ids(flag_ctx)
    assert any(c.flags for c in announced)
    rule = editor.rows.rules[rule_row(editor, flag)]
    assert (rule.enabled, rule.overridden) == (False, True)


def test_raising_a_threshold_then_reset(editor: RuleEditorDialog, flag_ctx: AppContext,
                                        qtbot: Any) -> None:
    flag = next(f for f in service(flag_ctx).flags(kinds=("risk",))
                if f.value is not None and f.threshold is not None and f.value > f.threshold
                and f.metric is not None and "rate" in f.metric)
    row = rule_row(editor, flag)
    rule = editor.rows.rules[row]
    for offset, level in enumerate(LEVELS):
        if level in dict(rule.levels):
            # Far above the seller's value: nothing of this rule should be raised any more.
            editor.table.item(row, FIRST_LEVEL + offset).setText(threshold_text(
                rule.metric, min(1.0, flag.value * 5 + 0.5)))
    apply(editor, qtbot)
    assert flag.flag_id not in {f.flag_id for f in service(flag_ctx).flags()}
    row = rule_row(editor, flag)
    assert editor.rows.rules[row].overridden
    editor.table.selectRow(row)
    assert editor.reset_button.isEnabled()
    with qtbot.waitSignal(editor.applied, timeout=TIMEOUT), \
            qtbot.waitSignal(editor.loaded, timeout=TIMEOUT):
        editor.reset_button.click()
    assert flag.flag_id in {f.flag_id for f in service(flag_ctx).flags()}
    assert not editor.rows.rules[rule_row(editor, flag)].overridden


def test_bad_input_says_so_and_saves_nothing(editor: RuleEditorDialog, flag_ctx: AppContext,
                                             qtbot: Any) -> None:
    row = next(i for i, rule in enumerate(editor.rows.rules) if rule.levels)
    rule = editor.rows.rules[row]
    column = FIRST_LEVEL + LEVELS.index(rule.levels[0][0])
    editor.table.item(row, column).setText("abc")
    editor.apply()
    assert "abc" in editor.message.text() and "not a number" in editor.message.text()
    assert editor.table.item(row, column).text() == "abc", "what was typed stays"
    saved = RuleSettings.for_workspace(flag_ctx.workspace).rules()[row]
    assert (saved.levels, saved.overridden) == (rule.levels, rule.overridden)


def test_a_refused_change_is_named_and_the_others_are_kept(
        editor: RuleEditorDialog, flag_ctx: AppContext, qtbot: Any) -> None:
    # Two lines on one rule: the milder one moved beyond the worse one is refused.
    # A higher-is-worse rule (late dispatch: high 4%, critical 10%).
    two = next(i for i, rule in enumerate(editor.rows.rules)
               if len(rule.levels) >= 2 and rule.levels[0][1] > rule.levels[1][1])
    rule = editor.rows.rules[two]
    (_worse, worse_value), (milder, _value) = rule.levels[:2]
    cell = editor.table.item(two, FIRST_LEVEL + LEVELS.index(milder))
    wrong = threshold_text(rule.metric, worse_value * 2)
    cell.setText(wrong)
    other = next(i for i, r in enumerate(editor.rows.rules) if i != two and r.enabled
                 and r.rule_id != rule.rule_id)
    editor.table.item(other, ON).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(editor.applied, timeout=TIMEOUT):
        editor.apply()
    assert "must be beyond" in editor.message.text()
    assert cell.text() == wrong, "the refused value stays to be fixed"
    saved = {(r.rule_id, r.pack_id): r for r in RuleSettings.for_workspace(
        flag_ctx.workspace).rules()}
    kept = editor.rows.rules[other]
    assert not saved[(kept.rule_id, kept.pack_id)].enabled
    assert dict(saved[(rule.rule_id, rule.pack_id)].levels) == dict(rule.levels)


def test_problems_in_the_users_rule_file_show_as_a_warning(flag_ctx: AppContext,
                                                           qtbot: Any) -> None:
    path = user_rules_path(flag_ctx.workspace)
    path.write_text("this is [not toml\n", encoding="utf-8")
    problems = RuleSettings.for_workspace(flag_ctx.workspace).load_problems()
    assert problems
    dialog = RuleEditorDialog(flag_ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        dialog.show()
    assert dialog.problems.isVisible()
    assert all(problem in dialog.problems.text() for problem in problems)
    assert dialog.table.rowCount() > 0, "the shipped rules still show and apply"


def test_money_floors_read_in_us_dollars(editor: RuleEditorDialog) -> None:
    by_rule = {rule.rule_id: i for i, rule in reversed(list(enumerate(editor.rows.rules)))}
    floor = editor.table.item(by_rule["gmv_drop"], MIN_VOLUME)
    assert floor.text() == "1,000 USD"
    assert "own currency" in floor.toolTip()
    assert editor.table.item(by_rule["late_dispatch"], MIN_VOLUME).text() == "30"
