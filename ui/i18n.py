"""Qt translators for the chosen language: SellerDesk's own, plus Qt's for standard dialogs.

The source of truth is `resources/translations/sellerdesk_<lang>.ts`; it is compiled with
`lrelease` into the user cache folder whenever the .qm is missing or older than the .ts,
so a translator's edit shows at the next start without a build step. No .ts: English.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ui import formatting

log = logging.getLogger(__name__)
APP_CATALOG = "sellerdesk"
QT_CATALOG = "qtbase"
LRELEASE_TIMEOUT = 60.0


def default_source_dir() -> Path:
    return Path(str(resources.files("resources") / "translations"))


def default_cache_dir() -> Path:
    return platformdirs.user_cache_path("SellerDesk", appauthor=False) / "translations"


def find_lrelease() -> Path | None:
    """The lrelease PySide6 ships: in its package folder, or its wrapper beside Python."""
    import PySide6

    suffix = ".exe" if os.name == "nt" else ""
    candidates = [
        Path(PySide6.__file__).parent / f"lrelease{suffix}",
        Path(sys.executable).parent / f"pyside6-lrelease{suffix}",
    ]
    found = shutil.which("pyside6-lrelease")
    if found:
        candidates.append(Path(found))
    return next((path for path in candidates if path.is_file()), None)


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile `ts` into `qm` unless the .qm is already newer; False when it cannot."""
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return True
    tool = find_lrelease()
    if tool is None:
        log.warning("lrelease not found; the interface stays in English")
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_suffix(".qm.tmp")
    try:
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(partial)],  # noqa: S603
                       check=True, capture_output=True, timeout=LRELEASE_TIMEOUT)
        # Renamed into place so a crash mid-compile never leaves a truncated catalog.
        os.replace(partial, qm)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("cannot compile %s: %s", ts, error)
        partial.unlink(missing_ok=True)
        return False
    return True


class Translations:
    """Installs and swaps the translators of one QCoreApplication."""

    def __init__(self, app: QCoreApplication, *, source_dir: Path | None = None,
                 cache_dir: Path | None = None) -> None:
        self._app = app
        self._source_dir = source_dir or default_source_dir()
        self._cache_dir = cache_dir or default_cache_dir()
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch to `language`; True when SellerDesk's own catalog was loaded for it.

        Widgets built before the switch keep their text: the caller rebuilds them.
        """
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        formatting.set_language(language)
        if language == "en":
            return False
        loaded = False
        app_catalog = self._app_catalog(language)
        if app_catalog is not None:
            loaded = self._install(str(app_catalog))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_catalog = Path(qt_dir) / f"{QT_CATALOG}_{language}.qm"
        if qt_catalog.is_file():
            self._install(str(qt_catalog))
        return loaded

    def _app_catalog(self, language: str) -> Path | None:
        ts = self._source_dir / f"{APP_CATALOG}_{language}.ts"
        if not ts.is_file():
            return None
        qm = self._cache_dir / f"{APP_CATALOG}_{language}.qm"
        return qm if compile_ts(ts, qm) else None

    def _install(self, path: str) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(path):
            log.warning("cannot load translation %s", path)
            return False
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True
