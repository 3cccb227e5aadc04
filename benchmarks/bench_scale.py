"""Scale: build time, throughput and peak memory into a store; jobs; reruns; query latency.

Run: ``.venv/bin/python benchmarks/bench_scale.py [--sizes 1000,10000,100000] [--jobs 1,2]
[--workdir DIR] [--queries-only STORE] [--no-queries]``

For each size N it generates N articles with ``corpus_gen.py`` (cached in the work folder),
then runs ``policygraph build FOLDER --store S -j J`` in a child process for each J, and
prints wall time, articles/s, milliseconds per article, quads in the store and the peak
memory of the whole process tree (the build and its workers, sampled every 0.1 s from
/proc). After the largest build it runs the same build again on the unchanged folder (the
rerun skips every article by its content hash) and prints its time as a share of the first
run; adds a day's news (100 new articles, in their own folder) to that store and prints the
time; builds 500 of its articles, edited, into it (each replaces its graph) and prints the
time; then times every named query on the store, inside one process with the store open
and as a fresh ``policygraph query`` command. The ratio of --jobs 2 to --jobs 1 is printed too.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpus_gen

POLICYGRAPH = [sys.executable, "-m", "policygraph"]
# parameters of the named queries that take some (values present in generated stores)
PARAMS = {
    "mentions-of": ["--param", "name=217-QĐ/TW"],
    "units-of": ["--param", "unit=2024-1", "--param", "date=2021-06-01"],
}


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0, [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * page
        except OSError:
            pass
        todo.extend(children.get(current, []))
    return total


def run(command: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak tree RSS and standard error of a command."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{message}")
    return seconds, peak, message


def corpus(workdir: Path, size: int) -> Path:
    folder = workdir / f"corpus-{size}"
    if not (folder / "gold.jsonl").exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        corpus_gen.write_folder(folder, size)
        print(f"generated {size:,} articles in {time.perf_counter() - started:.1f} s")
    return folder


def quads(store: Path) -> int:
    import pyoxigraph

    return len(pyoxigraph.Store.read_only(str(store / "oxigraph")))


def day_folder(workdir: Path, size: int, count: int = 100) -> Path:
    """``count`` articles that follow the first ``size`` (new names, new content)."""
    folder = workdir / f"day-{size}-{count}"
    if not folder.exists():
        part = folder.with_name(folder.name + ".part")
        shutil.rmtree(part, ignore_errors=True)
        part.mkdir(parents=True)
        for article in corpus_gen.generate(count, start=size):
            (part / article.name).write_text(article.text, encoding="utf-8")
        part.rename(folder)
    return folder


def edited_folder(workdir: Path, size: int, count: int = 500) -> Path:
    """The first ``count`` articles of the ``size`` corpus, each with a sentence added at
    its end: built into that corpus's store, they replace their graphs."""
    folder = workdir / f"edited-{size}-{count}"
    if not folder.exists():
        source = corpus(workdir, size)
        part = folder.with_name(folder.name + ".part")
        shutil.rmtree(part, ignore_errors=True)
        for path in sorted(p for p in source.rglob("*.txt") if p.is_file())[:count]:
            target = part / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = path.read_text(encoding="utf-8") + "\n\nBài viết được cập nhật thêm.\n"
            target.write_text(text, encoding="utf-8")
        part.rename(folder)
    return folder


def build(folder: Path, store: Path, jobs: int) -> tuple[float, int]:
    command = [*POLICYGRAPH, "build", str(folder), "--store", str(store), "-j", str(jobs)]
    seconds, peak, _ = run([*command, "--no-progress"])
    return seconds, peak


def query_latency(store: Path) -> None:
    """Each named query timed twice: inside one Python process with the store open (what
    a program or a server sees: the query and turning its rows into rdflib terms), best of
    three; and as a fresh ``policygraph query`` process (adds starting Python, importing
    spaCy and rdflib, and opening the store), best of two."""
    from policygraph.query import list_queries, run_query
    from policygraph.store import Store

    print(f"\nnamed queries on {store} ({quads(store):,} quads)")
    print(f"{'query':<16} {'in-process s':>12} {'command s':>10} {'rows':>9}")
    with Store(store) as opened:
        inside: dict[str, tuple[float, int]] = {}
        for name, _ in list_queries():
            args = PARAMS.get(name, [])
            params = dict(a.split("=", 1) for a in args[1::2])
            best, rows = float("inf"), 0
            for _ in range(3):
                started = time.perf_counter()
                rows = len(run_query(opened, name=name, params=params))
                best = min(best, time.perf_counter() - started)
            inside[name] = (best, rows)
    for name, (best, rows) in inside.items():
        command = [*POLICYGRAPH, "query", "--store", str(store), "--name", name]
        command += ["--format", "tsv", *PARAMS.get(name, [])]
        fresh = min(run(command)[0] for _ in range(2))
        print(f"{name:<16} {best:12.2f} {fresh:10.2f} {rows:9,}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "pg-bench")
    parser.add_argument("--queries-only", type=Path, metavar="STORE")
    parser.add_argument("--no-queries", action="store_true", help="skip the query latencies")
    args = parser.parse_args()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}"
    )
    if args.queries_only:
        query_latency(args.queries_only)
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]
    print(
        f"{'articles':>9} {'jobs':>4} {'seconds':>8} {'art/s':>7} {'ms/art':>7}"
        f" {'quads':>12} {'peak MB':>8}"
    )
    last: tuple[Path, Path, float] | None = None
    by_jobs: dict[tuple[int, int], float] = {}
    for size in sizes:
        folder = corpus(args.workdir, size)
        for j in jobs:
            store = args.workdir / f"store-{size}-j{j}"
            shutil.rmtree(store, ignore_errors=True)
            seconds, peak = build(folder, store, j)
            by_jobs[(size, j)] = seconds
            print(
                f"{size:9,} {j:4} {seconds:8.1f} {size / seconds:7.1f}"
                f" {1000 * seconds / size:7.2f} {quads(store):12,} {peak / 2**20:8.0f}",
                flush=True,
            )
            last = (folder, store, seconds)
            if j != jobs[-1]:
                shutil.rmtree(store)
    for size in sizes:
        if (size, 1) in by_jobs and (size, 2) in by_jobs:
            ratio = by_jobs[(size, 1)] / by_jobs[(size, 2)]
            print(f"build {size:,} articles: --jobs 2 is {ratio:.2f}x as fast as --jobs 1")
    size = sizes[0]
    extracted = {}
    for j in jobs:
        command = [*POLICYGRAPH, "extract", str(corpus(args.workdir, size)), "-j", str(j)]
        extracted[j] = run(command)[0]
        print(
            f"extract {size:,} articles -j {j}: {extracted[j]:.1f} s,"
            f" {size / extracted[j]:.1f} articles/s"
        )
    if 1 in extracted and 2 in extracted:
        print(f"extract: --jobs 2 is {extracted[1] / extracted[2]:.2f}x as fast as --jobs 1")
    assert last is not None
    folder, store, first = last
    again, _ = build(folder, store, jobs[-1])
    print(
        f"rerun on the unchanged corpus: {again:.1f} s = {100 * again / first:.1f}% of the"
        f" first build ({first:.1f} s)"
    )
    day = day_folder(args.workdir, sizes[-1])
    added, _ = build(day, store, 1)
    print(
        f"a day's news, {len(list(day.iterdir()))} new articles from their own folder, added"
        f" to the {sizes[-1]:,}-article store: {added:.1f} s"
    )
    edited = edited_folder(args.workdir, sizes[-1])
    replaced, _ = build(edited, store, 1)
    print(
        f"{len(list(edited.rglob('*.txt')))} edited articles (a sentence added to each)"
        f" built into that store, replacing their graphs: {replaced:.1f} s"
    )
    if not args.no_queries:
        query_latency(store)


if __name__ == "__main__":
    main()
