"""Shared fixtures of the extraction tests: the shared corpus, gold files and scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).parents[2].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip(f"the shared corpus and gold files are not at {SHARED}")
    return SHARED
