"""Errors from app/ read in the interface's language: the English sentence as it is in
English, a translated sentence by the error's kind in Chinese."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.errors import CacheError, UsageError
from app.platform.errors import ServerUnavailable, SessionEnded, Unreachable
from ui import i18n
from ui.error_words import error_text


def test_english_keeps_the_detailed_sentence(qapp: Any) -> None:
    error = Unreachable("Cannot reach https://partner.example.com: connection refused",
                        where="GET /api/v1/me")
    assert error_text(error) == error.message
    assert "GET /api/v1/me" in error_text(error)


def test_chinese_says_what_the_kind_of_error_means(qapp: Any, tmp_path: Path) -> None:
    translations = i18n.Translations(qapp, cache_dir=tmp_path / "qm")
    try:
        assert translations.apply("zh_CN")
        assert error_text(Unreachable("refused")) == (
            "无法连接平台：请检查网络和 API 地址。已同步的数据仍可查看。")
        # A subclass finds its parent's words: a 503 is a temporary failure of the platform.
        assert error_text(ServerUnavailable("503", code=50301)) == "平台出现临时故障：请稍后重试。"
        assert error_text(SessionEnded("revoked", request_id="r1")).startswith("你的登录已失效")
        assert error_text(CacheError("database or disk is full")).startswith("无法使用本地数据文件")
        # No words for this kind: its own sentence rather than nothing.
        assert error_text(UsageError("Say why the flag is dismissed")) == (
            "Say why the flag is dismissed")
    finally:
        translations.apply("en")
