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
    for name in TEXT_OUTPUTS:
        assert (tmp_path / name).read_bytes() == (ROOT / "outputs" / name).read_bytes(), (
            f"outputs/{name} is stale: run `make demo` and commit outputs/"
        )
    for name in ("graph.png", "graph.svg", "timeline.png"):
        assert (ROOT / "outputs" / name).stat().st_size > 10_000
