"""Log to a rotating file under the home folder, scrubbed of secrets."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.paths import logs_dir
from app.redaction import RedactingFilter

LOG_FILE = "sellerdesk.log"


def configure_logging(home: Path, level: int = logging.INFO) -> Path:
    path = logs_dir(home) / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sellerdesk", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=5_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._sellerdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
