from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from policygraph import cli

# no per-example time limit: timings belong in the benchmarks, and a loaded machine made
# Hypothesis's default deadline (200 ms) fail a property that holds
settings.register_profile("policygraph", deadline=None)
settings.load_profile("policygraph")

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


def run_cli(*args: str | Path) -> tuple[int, str, str]:
    """Run a command in this process (the pipeline stays loaded): status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def cli_ok(*args: str | Path) -> tuple[str, str]:
    """``run_cli`` for a command that must succeed: stdout, stderr."""
    code, out, err = run_cli(*args)
    assert code == 0, err
    return out, err
