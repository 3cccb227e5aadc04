"""Streaming, parallel extraction: inputs in, small records out, memory bounded.

The parent expands the input paths and sends *jobs* — a file path, or a text already read
from a corpus row or standard input — in batches to workers. A worker reads the file
(decoding, page parsing), runs the pipeline, and returns an ``Outcome``: the JSON record of
the extraction (for ``extract``) or the article's graph as a set of triples (for ``build``),
never a spaCy ``Doc``. Outcomes come back in input order, so output is the same for any
number of workers. At most a few batches per worker are in flight, so memory stays bounded
whatever the corpus size.

Workers are local processes (``jobs``) or a Dask cluster (``scheduler``, an address such
as ``tcp://10.0.0.5:8786``): the same batch function runs in both.

An incremental build passes the hashes the store already holds (``known``); a worker that
reads an article whose hash and extractor version are unchanged returns it as unchanged
without extracting it.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, PolicyGraphError, UsageError
from .gazetteer import Gazetteer
from .gazetteer import load as load_gazetteer
from .graph import ArticleGraph, article_graph, document_node
from .ingest import CORPUS_SUFFIXES, STDIN, _read_stdin, find_inputs, read_corpus, read_file
from .models import Extraction, SourceText, extraction_record
from .vocab import article_iri, extractor_version

__all__ = ["Job", "Outcome", "jobs_for", "run"]

EXTRACT = "extract"
GRAPH = "graph"  # the article's graph as triples (to gather into a dataset)
PACKED = "packed"  # the article's graph as N-Quads bytes (to load into a store)

Known = dict[str, tuple[str, str]]  # article IRI → (content hash, extractor version)
FileRecord = tuple[int, int, str, str]  # size, mtime_ns, article IRI, content hash
Files = dict[str, FileRecord]  # absolute path → what it was when last read


@dataclass(frozen=True)
class Job:
    """One input: a file to read, or a text already read."""

    path: str | None = None
    source: SourceText | None = None


@dataclass(frozen=True)
class Facts:
    """What the end-of-run summary counts, from one article."""

    documents: frozenset[tuple[object, ...]] = frozenset()  # (key, document node IRI)
    places: frozenset[tuple[object, ...]] = frozenset()  # (name, level, unit id)
    organizations: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Outcome:
    """What a worker returns for one job."""

    where: str
    error: str | None = None  # the input could not be used (one line)
    record: dict[str, Any] | None = None  # extract: the JSON record
    graph: ArticleGraph | None = None  # build: the article's graph
    unchanged: str | None = None  # build: the article IRI, when the store has it already
    file: tuple[str, FileRecord] | None = None  # build: the input file as read, for the index
    facts: Facts = field(default_factory=Facts)
    warnings: tuple[str, ...] = ()


def jobs_for(
    paths: Iterable[str | Path] | str | Path, *, errors: list[InputError] | None
) -> Iterator[Job]:
    """The jobs of the inputs under ``paths``, lazily, in a stable order. Files are read by
    the workers; corpus rows and standard input are read here (they come as one stream)."""
    for path in find_inputs(paths):
        try:
            if str(path) == STDIN:
                for source in _read_stdin(errors):
                    yield Job(source=source)
            elif path.suffix.lower() in CORPUS_SUFFIXES:
                for source in read_corpus(path, errors=errors):
                    yield Job(source=source)
            else:
                yield Job(path=str(path))
        except InputError as error:
            if errors is None:
                raise
            errors.append(error)


# ---------------------------------------------------------------------- worker side

_STATE: dict[str, Any] = {}


def _prepare(known: Known | None, files: Files | None = None) -> None:
    """Load what every job needs once per process (pipeline, gazetteer, known hashes)."""
    from .extractor.pipeline import _default_pipeline  # spaCy only where texts are read

    _default_pipeline()
    _STATE["gazetteer"] = load_gazetteer()
    _STATE["known"] = known or {}
    _STATE["files"] = files or {}
    _STATE["version"] = extractor_version()


def facts_of(extraction: Extraction) -> Facts:
    return Facts(
        # (key, node): the summary counts the document nodes the graph will hold
        documents=frozenset(
            (d.key, str(node))
            for d in extraction.documents
            if (node := document_node(d)) is not None
        ),
        places=frozenset((p.name, p.level, p.unit_id) for p in extraction.places),
        organizations=frozenset(a.name for a in extraction.organizations),
    )


def _stat(path: str) -> tuple[str, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return os.path.abspath(path), info.st_size, info.st_mtime_ns


def _one(job: Job, mode: str) -> Outcome:
    where = job.path or (job.source.path or job.source.name if job.source else "?")
    stat = _stat(job.path) if job.path and mode in (GRAPH, PACKED) else None
    if stat is not None:
        # a file as it was when last read, whose article the store holds unchanged: not
        # read again (what makes a rerun on an unchanged archive take seconds)
        record = _STATE["files"].get(stat[0])
        if record is not None and record[:2] == stat[1:]:
            stored = _STATE["known"].get(record[2])
            if stored == (record[3], _STATE["version"]):
                return Outcome(where=where, unchanged=record[2], file=(stat[0], record))
    try:
        source = job.source if job.source is not None else read_file(str(job.path))
    except InputError as error:
        return Outcome(where=where, error=str(error))
    file: tuple[str, FileRecord] | None = None
    if mode in (GRAPH, PACKED):
        iri = str(article_iri(source.name, source.url))
        digest = source.content_hash()
        if stat is not None:
            file = (stat[0], (stat[1], stat[2], iri, digest))
        stored = _STATE["known"].get(iri)
        if stored is not None and stored == (digest, _STATE["version"]):
            return Outcome(where=where, unchanged=iri, file=file)
    from .extractor import extract

    extraction = extract(source)
    facts = facts_of(extraction)
    if mode == EXTRACT:
        record = extraction_record(extraction)
        return Outcome(where=where, record=record, facts=facts, warnings=extraction.warnings)
    gazetteer: Gazetteer = _STATE["gazetteer"]
    built = article_graph(extraction, gazetteer)
    return Outcome(
        where=where,
        file=file,
        graph=built.packed() if mode == PACKED else built,
        facts=facts,
        warnings=extraction.warnings,
    )


def work(batch: list[Job], mode: str, known: Known | None = None) -> list[Outcome]:
    """Process a batch of jobs (in a local worker, a Dask worker or in-process)."""
    if "gazetteer" not in _STATE:
        _prepare(known)
    elif known is not None:
        _STATE["known"] = known
    return [_one(job, mode) for job in batch]


def _local_work(batch: list[Job], mode: str) -> list[Outcome]:
    return work(batch, mode)


# ---------------------------------------------------------------------- parent side


def run(
    jobs: Iterable[Job],
    *,
    mode: str,
    workers: int = 1,
    known: Known | None = None,
    files: Files | None = None,
    scheduler: str | None = None,
    batch_size: int = 16,
) -> Iterator[Outcome]:
    """Outcomes of ``jobs`` in input order, computed by ``workers`` local processes (1: in
    this process) or on the Dask cluster at ``scheduler``."""
    if workers < 1:
        raise UsageError(f"--jobs {workers}: give 1 or more")
    batches = _batches(jobs, batch_size)
    if scheduler is not None:
        yield from _run_dask(batches, mode=mode, known=known, scheduler=scheduler)
        return
    if workers == 1:
        _prepare(known, files)
        for batch in batches:
            yield from work(batch, mode)
        return
    yield from _run_pool(batches, mode=mode, known=known, files=files, workers=workers)


def _batches(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _windowed(
    batches: Iterator[list[Job]], submit: Callable[[list[Job]], Any], window: int
) -> Iterator[Any]:
    """Submit batches keeping at most ``window`` in flight; yield handles in order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def _run_pool(
    batches: Iterator[list[Job]],
    *,
    mode: str,
    known: Known | None,
    files: Files | None,
    workers: int,
) -> Iterator[Outcome]:
    # fork: the workers start with the pipeline and gazetteer the parent loaded (shared
    # copy-on-write) and the known hashes, instead of loading and pickling them each
    _prepare(known, files)
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        handles = _windowed(
            batches, lambda batch: (batch, pool.submit(_local_work, batch, mode)), workers * 4
        )
        for batch, handle in handles:
            try:
                outcomes: list[Outcome] = handle.result()
            except BrokenProcessPool:
                first = batch[0].path or "a corpus row"
                raise PolicyGraphError(
                    f"a worker process died (out of memory?) on the batch starting at {first};"
                    " what was written before is kept: run the build again to resume"
                ) from None
            yield from outcomes


def _run_dask(
    batches: Iterator[list[Job]], *, mode: str, known: Known | None, scheduler: str
) -> Iterator[Outcome]:
    try:
        from distributed import Client
    except ImportError:
        raise UsageError(
            "--scheduler needs Dask's distributed package: pip install 'policygraph[dask]'"
        ) from None
    try:
        client = Client(scheduler, timeout="10s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as error:
        raise InputError(f"{scheduler}: cannot reach the Dask scheduler ({error})") from None
    with client:
        # one object for all tasks (a dict given alone would be scattered item by item)
        shared = client.scatter([known or {}], broadcast=True)[0]  # type: ignore[no-untyped-call]
        n = max(len(client.nthreads()), 1)  # type: ignore[no-untyped-call]
        handles = _windowed(
            batches,
            lambda batch: client.submit(work, batch, mode, shared, pure=False),
            n * 4,
        )
        for handle in handles:
            yield from handle.result()
