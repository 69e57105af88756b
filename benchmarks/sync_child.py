"""Our sync, measured in a process of its own: `python -m benchmarks.sync_child HOME PROFILE`.

Prints one JSON object: items per feed, wall time of the whole sync (catalog, five feeds,
summaries, ANALYZE), the metrics phase alone, and the peak resident memory.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import keyring

from app.sync.engine import SyncEngine
from app.sync.progress import SyncProgress
from app.workspace import Workspace
from benchmarks.memory import peak_rss_mb
from tests.helpers.keyring_backends import FileKeyring


def run(home: str, profile: str, full: bool) -> dict:
    keyring.set_keyring(FileKeyring())
    workspace = Workspace.open(Path(home), profile)
    client = workspace.client()
    phases: dict[str, float] = {}
    current: list[tuple[str, float]] = []

    def on_progress(progress: SyncProgress) -> None:
        if not current or current[-1][0] != progress.phase:
            now = time.perf_counter()
            if current:
                phases[current[-1][0]] = now - current[-1][1]
            current.append((progress.phase, now))

    result = SyncEngine(client, workspace.engine, on_progress=on_progress).run(full=full)
    client.close()
    workspace.close()
    return {
        "items": result.items,
        "items_by_feed": result.items_by_feed,
        "seconds": result.seconds,
        "phases": phases,
        "peak_mb": peak_rss_mb(),
        # The rules' run at the end of the sync (included in "seconds").
        "flags_seconds": result.flags.seconds if result.flags else None,
        "flags_marks": result.flags.marks if result.flags else None,
    }


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1], sys.argv[2], full=len(sys.argv) > 3)))
