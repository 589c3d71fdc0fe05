"""Shared fixtures: paths of the seed and the fixture articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
SHARED_GOLD = sorted((ROOT.parent / "shared" / "gold").glob("*.yaml"))


@pytest.fixture
def seed_path() -> Path:
    return SEED


def write_article(folder: Path, name: str, text: str | bytes, meta: str | None = "title: A test article\npublished: 2024-05-10\n") -> Path:
    """Write an article and (unless meta is None) its metadata; return the text's path."""
    path = folder / f"{name}.txt"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    if meta is not None:
        (folder / f"{name}.yaml").write_text(meta, encoding="utf-8")
    return path
