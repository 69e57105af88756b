"""Codes from the data read as words of the message's language."""

from __future__ import annotations

from app.flags import texts


def _message(rule_id: str, language: str, **args: object) -> str | None:
    rule = texts.template_rule("tiktok-US", rule_id)
    assert rule is not None
    return texts.fill(rule.message, language, dict(args))


def test_account_status_in_each_language() -> None:
    assert _message("account_status", "en", status="suspended") == "The account is suspended."
    chinese = _message("account_status", "zh_CN", status="suspended")
    assert chinese is not None and "已暂停" in chinese and "suspended" not in chinese


def test_the_missing_criterion_is_named_not_coded() -> None:
    args = {"program": "Flash Sale", "missing": "im_response_rate", "actual": "72%",
            "op": ">=", "needed": "75%"}
    english = _message("program_near", "en", **args)
    chinese = _message("program_near", "zh_CN", **args)
    assert english is not None and "IM response rate is 72%" in english
    assert chinese is not None and "IM 回复率" in chinese and "im_response_rate" not in chinese
