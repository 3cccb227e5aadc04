from __future__ import annotations

import sys
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


def generated_articles(dest: Path, count: int) -> Path:
    """``count`` articles from benchmarks/corpus_gen.py written under ``dest``; the folder of
    the articles (without the gold labels beside them)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus_gen
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    corpus_gen.write_folder(dest, count)
    return dest / "000"
