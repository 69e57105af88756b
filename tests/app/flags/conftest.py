from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.flags.builders import Cache


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    built = Cache(tmp_path)
    yield built
    built.engine.dispose()
