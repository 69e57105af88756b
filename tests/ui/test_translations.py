"""The Chinese catalog stays complete, tidy and correct.

- every string lupdate finds in ui/ today has a finished translation in the committed .ts
  (a new `self.tr(...)` without one fails here, listing it);
- each translation keeps its source's `{placeholders}` and `%1`-style markers (Electrum's
  rule: a translator's typo must not become a KeyError at run time);
- no obsolete, vanished or stale entries: the file is what lupdate makes of today's sources;
- the file compiles with lrelease, loads with QTranslator, and loads where ui.i18n looks.

How to refresh the catalog: resources/translations/README.md.
"""

from __future__ import annotations

import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
LANGUAGE = "zh_CN"
TS = ROOT / "resources" / "translations" / f"sellerdesk_{LANGUAGE}.ts"
REFRESH = ("pyside6-lupdate $(git ls-files -co --exclude-standard 'ui/*.py' 'ui/**/*.py') "
           f"-ts {TS.relative_to(ROOT).as_posix()} -no-obsolete")
# Qt's own markers: %1..%99 (also %L1, locale-aware) and %n in plural forms.
QT_MARKER = re.compile(r"%L?\d{1,2}|%n")
# A few strings whose Chinese is settled, to prove the compiled catalog really translates.
KNOWN = {
    ("MainWindow", "&File"): "文件(&F)",
    ("SettingsDialog", "Settings"): "设置",
    ("PortfolioTexts", "not enough data"): "数据不足",
    ("PortfolioTexts", "no score"): "暂无评分",
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    kind: str  # the translation's type: "" when finished, else unfinished/obsolete/vanished
    forms: tuple[str, ...]  # the translation, or one per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.forms) and all(self.forms)

    def __str__(self) -> str:
        comment = f" ({self.comment})" if self.comment else ""
        return f"{self.context}: {self.source!r}{comment}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                kind, forms = "unfinished", ()
            else:
                kind = translation.get("type", "")
                plural = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in plural) if plural else (
                    translation.text or "",)
            messages.append(Message(name, message.findtext("source", ""),
                                    message.findtext("comment", ""), kind, forms))
    return messages


def qt_tool(name: str) -> str:
    """lupdate/lrelease as PySide6 ships them: in its package, or the wrapper beside Python."""
    import PySide6

    suffix = ".exe" if os.name == "nt" else ""
    for candidate in (Path(PySide6.__file__).parent / f"{name}{suffix}",
                      Path(sys.executable).parent / f"pyside6-{name}{suffix}"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.fail(f"{name} not found: PySide6 ships it; reinstall the dev environment")
    return found


def run_tool(*args: str) -> None:
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, f"{Path(args[0]).name} failed:\n{done.stdout}{done.stderr}"


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    assert TS.is_file(), f"no catalog at {TS}; create it with: {REFRESH}"
    return read_ts(TS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in today's ui/ sources, in a fresh catalog of its own."""
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    target = tmp_path_factory.mktemp("lupdate") / f"extracted_{LANGUAGE}.ts"
    run_tool(qt_tool("lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(target))
    messages = read_ts(target)
    assert messages, "lupdate found no translatable strings in ui/: is its Python parser there?"
    return messages


def test_every_string_in_the_sources_has_a_finished_translation(
        committed: list[Message], extracted: list[Message]) -> None:
    translated = {m.key for m in committed if m.finished}
    missing = [str(m) for m in extracted if m.key not in translated]
    assert not missing, (
        f"{len(missing)} string(s) in ui/ have no finished translation in "
        f"{TS.name}; run `{REFRESH}` and translate them:\n  " + "\n  ".join(missing))


def test_the_catalog_has_no_unfinished_obsolete_or_stale_entries(
        committed: list[Message], extracted: list[Message]) -> None:
    in_sources = {m.key for m in extracted}
    problems = [f"{m.kind or 'empty'}: {m}" for m in committed if not m.finished]
    problems += [f"stale (no longer in ui/): {m}" for m in committed
                 if m.finished and m.key not in in_sources]
    seen: set[tuple[str, str, str]] = set()
    for message in committed:
        if message.key in seen:
            problems.append(f"duplicate: {message}")
        seen.add(message.key)
    assert not problems, (f"{TS.name} is not tidy; run `{REFRESH}` (it drops obsolete "
                          "entries) and translate what is left:\n  " + "\n  ".join(problems))


def _placeholders(text: str) -> set[str]:
    """`{name}` fields as written (with conversion and spec); ValueError when malformed."""
    fields = set()
    for _literal, field, spec, conversion in string.Formatter().parse(text):
        if field is not None:
            fields.add("{" + field + (f"!{conversion}" if conversion else "")
                       + (f":{spec}" if spec else "") + "}")
    return fields


def _placeholder_problems(message: Message) -> Iterator[str]:
    try:
        wanted = _placeholders(message.source)
    except ValueError:
        wanted = None  # not a format string: only the Qt markers can be compared
    for form in message.forms:
        if wanted is not None:
            try:
                found = _placeholders(form)
            except ValueError as error:
                yield f"{message}: translation {form!r} breaks str.format ({error})"
                continue
            if found != wanted:
                yield (f"{message}: translation {form!r} has {sorted(found)}, "
                       f"the source has {sorted(wanted)}")
        markers, source_markers = set(QT_MARKER.findall(form)), set(
            QT_MARKER.findall(message.source))
        if markers != source_markers:
            yield (f"{message}: translation {form!r} has markers {sorted(markers)}, "
                   f"the source has {sorted(source_markers)}")


def test_translations_keep_the_placeholders_of_their_source(committed: list[Message]) -> None:
    problems = [p for m in committed if m.finished for p in _placeholder_problems(m)]
    assert not problems, "placeholders differ:\n  " + "\n  ".join(problems)


def test_the_placeholder_check_catches_a_translators_typo() -> None:
    good = Message("C", "Synced {count} items {when}", "", "", ("{when}已同步 {count} 条数据",))
    renamed = Message("C", "Synced {count} items {when}", "", "", ("{when}已同步 {数量} 条",))
    broken = Message("C", "Data as of {date}", "", "", ("数据截至 {date",))
    marker = Message("C", "%1 of %2", "", "", ("%1 / %3",))
    assert list(_placeholder_problems(good)) == []
    assert len(list(_placeholder_problems(renamed))) == 1
    assert "breaks str.format" in next(_placeholder_problems(broken))
    assert len(list(_placeholder_problems(marker))) == 1


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    qm = tmp_path / f"sellerdesk_{LANGUAGE}.qm"
    run_tool(qt_tool("lrelease"), "-silent", str(TS), "-qm", str(qm))
    assert qm.is_file() and qm.stat().st_size > 0
    return qm


def test_the_compiled_catalog_translates(qapp: Any, compiled: Path,
                                         committed: list[Message]) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled)), f"QTranslator cannot load {compiled}"
    assert qapp.installTranslator(translator)
    try:
        for (context, source), chinese in KNOWN.items():
            assert QCoreApplication.translate(context, source) == chinese
        wrong = [f"{m}: got {got!r}" for m in committed if m.finished and len(m.forms) == 1
                 and (got := QCoreApplication.translate(
                     m.context, m.source, m.comment or None)) != m.forms[0]]
        assert not wrong, "the .qm does not give the .ts translation:\n  " + "\n  ".join(wrong)
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_app_loads_the_catalog_where_ui_i18n_looks(qapp: Any, tmp_path: Path) -> None:
    assert (i18n.default_source_dir() / TS.name).resolve() == TS.resolve()
    translations = i18n.Translations(qapp, cache_dir=tmp_path / "qm-cache")
    try:
        assert translations.apply(LANGUAGE), "ui.i18n did not load the committed catalog"
        assert QCoreApplication.translate("NavRail", "Settings") == "设置"
    finally:
        translations.apply("en")
