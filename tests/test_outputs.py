"""outputs/ is what `make demo` writes from examples/: regenerate it here and compare."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

TEXT_OUTPUTS = (
    "graph.ttl",
    "graph.trig",
    "extractions.jsonl",
    "documents.md",
    "graph.graphml",
    "graph.html",
)


def pg(*args: str, stdout: Path | None = None) -> None:
    with open(stdout, "w", encoding="utf-8") if stdout else open(Path("/dev/null"), "w") as out:
        subprocess.run(
            [sys.executable, "-m", "policygraph", *args], check=True, cwd=ROOT, stdout=out
        )


def first_difference(fresh: Path, committed: Path) -> str:
    """Where two text files first differ, as "line N: fresh … / committed …"."""
    new = fresh.read_text(encoding="utf-8").splitlines()
    old = committed.read_text(encoding="utf-8").splitlines()
    for number, (a, b) in enumerate(zip(new, old, strict=False), start=1):
        if a != b:
            return f"line {number}: fresh {a[:80]!r} / committed {b[:80]!r}"
    return f"lengths differ: fresh {len(new)} lines / committed {len(old)} lines"


def test_committed_outputs_match_a_fresh_demo_run(tmp_path: Path) -> None:
    pg("extract", "examples", "--format", "jsonl", stdout=tmp_path / "extractions.jsonl")
    pg("build", "examples", "-o", str(tmp_path / "graph.ttl"), "-o", str(tmp_path / "graph.trig"))
    for name in ("graph.png", "graph.svg", "graph.html"):
        pg("draw", str(tmp_path / "graph.ttl"), "-o", str(tmp_path / name))
    pg(
        "export",
        str(tmp_path / "graph.ttl"),
        "--to",
        "graphml",
        "-o",
        str(tmp_path / "graph.graphml"),
    )
    pg(
        "query",
        str(tmp_path / "graph.ttl"),
        "--name",
        "documents",
        "--format",
        "markdown",
        stdout=tmp_path / "documents.md",
    )
    stale = [
        f"outputs/{name} {first_difference(tmp_path / name, ROOT / 'outputs' / name)}"
        for name in TEXT_OUTPUTS
        if (tmp_path / name).read_bytes() != (ROOT / "outputs" / name).read_bytes()
    ]
    # A short message, not pytest's diff of two large files (which can run for minutes).
    assert not stale, "stale, run `make demo` and commit outputs/: " + "; ".join(stale)
    for name in ("graph.png", "graph.svg", "timeline.png"):
        assert (ROOT / "outputs" / name).stat().st_size > 10_000
