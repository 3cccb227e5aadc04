from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "dakrong-2021.txt"
DEV = SHARED / "corpus" / "dev"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("the shared seed article is not beside this checkout")
    return SEED


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not (DEV / "gold.jsonl").exists():
        pytest.skip("the shared dev corpus is not beside this checkout")
    return DEV
