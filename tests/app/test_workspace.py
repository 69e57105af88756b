"""A closed workspace stays closed: late work for a removed profile cannot recreate it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import CacheError
from app.profiles import ProfileStore
from app.workspace import Workspace
from tests.helpers.fixtures import sync_sandbox_into


def test_work_after_close_fails_instead_of_reopening_the_cache(tmp_path: Path) -> None:
    home = sync_sandbox_into(tmp_path / "home", sellers=3, days=5)
    workspace = Workspace.open(home, "test")
    assert workspace.engine is not None
    workspace.close()
    ProfileStore(home).remove("test")
    with pytest.raises(CacheError, match="closed"):
        workspace.engine  # noqa: B018 (the property is the call under test)
    assert not ProfileStore(home).directory("test").exists()
