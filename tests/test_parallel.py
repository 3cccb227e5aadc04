"""Parallel extraction (issue #7): the same output for any number of local workers and on a
Dask cluster; a scheduler that cannot be reached fails in one line."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from policygraph import api
from policygraph.store import Store

from .conftest import cli_ok as _ok
from .conftest import generated_articles
from .conftest import run_cli as _cli

ROOT = Path(__file__).resolve().parents[1]
POLICYGRAPH = str(Path(sys.executable).parent / "policygraph")


def _quads(store: Path) -> bytes:
    """The store's quads, one a line, sorted (cheaper than a TriG dump, as strict)."""
    with Store(store) as opened:
        return "\n".join(sorted(str(quad) for quad in opened.db)).encode()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 generated articles: two batches of 16, so two workers both get work."""
    return generated_articles(tmp_path_factory.mktemp("corpus"), 24)


@pytest.fixture(scope="module")
def local_trig(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> bytes:
    target = tmp_path_factory.mktemp("local") / "a.trig"
    api.build([corpus], target, jobs=1, check=False)
    return target.read_bytes()


@pytest.mark.parametrize("command", ["extract", "build -o", "build --store"])
def test_two_workers_give_what_one_gives(tmp_path: Path, corpus: Path, command: str) -> None:
    results = []
    for jobs in ("1", "2"):
        if command == "extract":
            out, _ = _ok("extract", corpus, "-j", jobs)
            results.append(out.encode())
        elif command == "build -o":
            target = tmp_path / f"j{jobs}.trig"
            _ok("build", corpus, "-o", target, "--no-validate", "-j", jobs)
            results.append(target.read_bytes())
        else:
            store = tmp_path / f"S{jobs}"
            _, err = _ok("build", corpus, "--store", store, "-j", jobs)
            assert "(24 new, 0 changed, 0 unchanged)" in err
            results.append(_quads(store))
    one, two = results
    assert one.splitlines() == two.splitlines()
    assert len(one.splitlines()) >= 24


def test_jobs_below_one_is_a_usage_error(corpus: Path) -> None:
    code, out, err = _cli("extract", corpus, "-j", "0")
    assert (code, out) == (2, "")
    assert err.splitlines() == ["policygraph: error: --jobs 0: give 1 or more"]


# ---------------------------------------------------------------------- Dask


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


def test_dask_build_gives_the_local_trig(
    tmp_path: Path, corpus: Path, local_trig: bytes, cluster: str
) -> None:
    target = tmp_path / "x.trig"
    summary = api.build([corpus], target, scheduler=cluster, check=False)
    assert summary.articles == 24
    assert target.read_bytes() == local_trig


def test_dask_extract_gives_the_local_records(corpus: Path, cluster: str) -> None:
    local, _ = _ok("extract", corpus)
    remote, _ = _ok("extract", corpus, "--scheduler", cluster)
    assert remote == local


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_scheduler_fails_in_one_line(tmp_path: Path, corpus: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    try:
        done = subprocess.run(
            [POLICYGRAPH, "build", corpus, "-o", tmp_path / "x.trig", "--scheduler", address],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"build --scheduler {address} (nothing listening) still ran after 60 s")
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("policygraph: error: "), done.stderr
    assert address in lines[0]
    assert not (tmp_path / "x.trig").exists()


def test_a_worker_that_dies_stops_the_run_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed under the build (out of memory) must not leave the run waiting
    forever: the run stops with a message naming the batch."""
    import os

    from policygraph import parallel
    from policygraph.errors import PolicyGraphError

    for name in ("a.txt", "boom.txt", "c.txt"):
        (tmp_path / name).write_text("UBND huyện Đakrông họp.", encoding="utf-8")
    real = parallel._one

    def dying(job: parallel.Job, mode: str) -> parallel.Outcome:
        if job.path and job.path.endswith("boom.txt"):
            os._exit(9)  # the worker process vanishes, as under the OOM killer
        return real(job, mode)

    monkeypatch.setattr(parallel, "_one", dying)  # the forked workers inherit it
    jobs = parallel.jobs_for([tmp_path], errors=None)
    with pytest.raises(PolicyGraphError, match="worker process died"):
        list(parallel.run(jobs, mode=parallel.EXTRACT, workers=2, batch_size=1))
