"""``build`` and ``remove``: inputs → extraction (streamed, in parallel) → a graph file, a
store or an endpoint, with an end-of-run summary.

Three targets, one flow. Outcomes come back from ``parallel.run`` in input order:

* files (``output``): the graphs are gathered in memory, validated against the shapes,
  and written atomically — a failed or killed run leaves earlier files as they were;
* a store (``store``): graphs are written in batches as they come, unchanged articles are
  skipped, changed ones replaced (see ``store.py`` for what an interrupted run leaves);
* an endpoint (``endpoint``): each new or changed graph is PUT to a SPARQL 1.1 Graph Store
  Protocol server, unchanged ones skipped by the hashes the server holds.

With a store or endpoint, ``output`` files are written from the whole store afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from . import graph as _graph
from . import parallel
from .errors import InputError, UsageError, ValidationError
from .gazetteer import load as load_gazetteer
from .store import Store, remove_store
from .validation import ValidationReport, validate, validate_store
from .vocab import PG, REFERENCE_GRAPH

__all__ = ["BuildSummary", "build", "remove"]

#: articles written to a store per batch (one journal entry, one bulk load), or fewer when
#: their N-Quads reach STORE_BATCH_BYTES. Oxigraph's bulk loader is faster on larger inputs
#: (here: 54k quads/s at 128 articles, 77k at 512, 99k at 2,000); a killed build redoes at
#: most one batch.
STORE_BATCH = 2000
STORE_BATCH_BYTES = 64 * 2**20


@dataclass(frozen=True)
class BuildSummary:
    """What a build did. ``documents``/``places``/``organizations``/``conflicts`` count what
    the articles extracted in this run name; ``triples`` is the size of the result (the
    dataset written, or the whole store)."""

    articles: int  # inputs that gave an article (extracted or unchanged)
    documents: int
    places: int
    organizations: int
    triples: int
    conflicts: int
    validation: ValidationReport | None = None
    warnings: tuple[str, ...] = ()
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0  # articles pruned from the store
    skipped: int = 0  # inputs that could not be used
    seconds: float = 0.0
    targets: tuple[str, ...] = field(default_factory=tuple)


class _Tally:
    def __init__(self) -> None:
        self.documents: set[tuple[object, ...]] = set()
        self.places: set[tuple[object, ...]] = set()
        self.organizations: set[str] = set()
        self.warnings: list[str] = []
        self.extracted = 0
        self.unchanged = 0
        self.added = 0
        self.replaced = 0
        self.removed = 0
        self.written: list[str] = []  # IRIs of the article graphs added or replaced

    def count(self, outcome: parallel.Outcome) -> None:
        self.documents |= outcome.facts.documents
        self.places |= outcome.facts.places
        self.organizations |= outcome.facts.organizations
        self.warnings.extend(outcome.warnings)

    def conflicts(self) -> int:
        """Keys that name more than one document node (as the conflicts query lists them)."""
        nodes: dict[str, set[object]] = {}
        for key, node in self.documents:
            if key:
                nodes.setdefault(str(key).replace(" ", ""), set()).add(node)
        return sum(1 for found in nodes.values() if len(found) > 1)

    def documents_count(self) -> int:
        """Document nodes (a document cited with and without its term is one)."""
        return len({node for _, node in self.documents})


def build(
    paths: Iterable[str | Path] | str | Path,
    output: str | Path | Sequence[str | Path] | None = None,
    *,
    store: str | Path | None = None,
    endpoint: object | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    errors: list[InputError] | None = None,
    check: bool | None = None,
    progress: Callable[[parallel.Outcome], None] | None = None,
    prune: bool = False,
) -> BuildSummary:
    """Extract every text under ``paths`` and write the graph.

    ``output`` is one or more files (the format follows the extension). ``store`` is a
    directory holding an Oxigraph store (created if new); ``endpoint`` an ``Endpoint``
    (see ``endpoint.py``). ``jobs`` worker processes extract in parallel, or the Dask
    cluster at ``scheduler`` does. ``errors`` collects unusable inputs (else the first
    raises). ``check`` validates against the SHACL shapes before writing files (default:
    yes for files alone; a store or endpoint is validated on demand with ``validate``).
    ``progress`` is called with each outcome as it arrives. ``prune`` removes from the
    store the articles no input gave this time (not done when some input was unusable: its
    article would be lost for a read error).
    """
    started = time.perf_counter()
    outputs = [] if output is None else [output] if isinstance(output, str | Path) else output
    if not outputs and store is None and endpoint is None:
        raise UsageError("build needs an output file, a store or an endpoint")
    if check and endpoint is not None:
        raise UsageError(
            "--validate with an endpoint: validate the server's data there, or build into"
            " --store or a file"
        )
    if check is None:
        check = store is None and endpoint is None
    tally = _Tally()
    local: list[InputError] = []
    fresh = store is not None and not Path(store).exists()
    jobs_iter = parallel.jobs_for(paths, errors=local if errors is not None else None)

    def outcomes(
        known: parallel.Known | None, files: parallel.Files | None = None
    ) -> Iterable[parallel.Outcome]:
        mode = parallel.GRAPH if known is None else parallel.PACKED
        for outcome in parallel.run(
            jobs_iter, mode=mode, workers=jobs, known=known, files=files, scheduler=scheduler
        ):
            if outcome.error is not None:
                if errors is None:
                    raise InputError(outcome.error)
                local.append(InputError(outcome.error))
            elif outcome.unchanged is not None:
                tally.unchanged += 1
            else:
                tally.extracted += 1
                tally.count(outcome)
            if progress is not None:
                progress(outcome)
            yield outcome

    dataset: Dataset | None = None
    if store is not None:
        triples = _to_store(Path(store), outcomes, tally, prune=prune, failed=local)
        if outputs:
            with Store(store) as reader:
                dataset = reader.dataset()
    elif endpoint is not None:
        triples = _to_endpoint(endpoint, outcomes, tally)
    else:
        dataset = _to_dataset(outcomes(None), tally)
        triples = sum(len(g) for g in dataset.graphs())  # quads, as a store counts them
    if errors is not None:
        errors.extend(local)
    if tally.extracted + tally.unchanged == 0:
        why = f" ({len(local)} unusable; the first: {local[0]})" if local else ""
        if fresh and store is not None and Path(store).exists():
            remove_store(store)  # made by this run and holding nothing: not left behind
        raise InputError(f"no usable input texts{why}: nothing to build")
    report = None
    if store is not None and check:
        # the store holds this run's graphs already: what they say is reported, not undone
        with Store(store) as reader:
            report = validate_store(reader, tally.written)
        if not report.conforms:
            raise ValidationError(
                f"store {store}: the {len(tally.written)} article graphs this build wrote do not"
                f" conform to the shapes ({report.violations} violations); see them with"
                f" 'policygraph validate --store {store}'"
            )
    if dataset is not None and outputs:
        report = validate(dataset) if check and report is None else report
        if report is not None and not report.conforms:
            raise ValidationError(
                f"the graph does not conform to the shapes ({report.violations}"
                " violations) and was not written; see them with 'policygraph build"
                " --no-validate' then 'policygraph validate'"
            )
        _graph.serialize_all(dataset, outputs)  # all the files, or none of them
    targets = [str(t) for t in outputs]
    if store is not None:
        targets.insert(0, f"store {store}")
    if endpoint is not None:
        targets.insert(0, f"endpoint {endpoint}")
    return BuildSummary(
        articles=tally.extracted + tally.unchanged,
        documents=tally.documents_count(),
        places=len(tally.places),
        organizations=len(tally.organizations),
        triples=triples,
        conflicts=tally.conflicts(),
        validation=report,
        warnings=tuple(tally.warnings),
        added=tally.added,
        replaced=tally.replaced,
        unchanged=tally.unchanged,
        removed=tally.removed,
        skipped=len(local),
        seconds=time.perf_counter() - started,
        targets=tuple(targets),
    )


def _claim(seen: dict[str, str], graph: _graph.ArticleGraph) -> None:
    iri = str(graph.iri)
    if iri in seen:
        raise InputError(
            f"{graph.where}: its article IRI <{iri}> is already taken by {seen[iri]};"
            " article IRIs come from the file name, so give the inputs different names"
        )
    seen[iri] = graph.where


def _to_dataset(outcomes: Iterable[parallel.Outcome], tally: _Tally) -> Dataset:
    dataset = Dataset()
    _graph.bind_prefixes(dataset)
    seen: dict[str, str] = {}
    unit_ids: set[str] = set()
    for outcome in outcomes:
        if outcome.graph is None:
            continue
        _claim(seen, outcome.graph)
        tally.added += 1
        target = dataset.graph(outcome.graph.iri)
        for triple in outcome.graph.triples:
            target.add(triple)
        unit_ids |= outcome.graph.unit_ids
    _graph.add_reference(dataset.graph(REFERENCE_GRAPH), unit_ids, load_gazetteer())
    return dataset


def _changes(
    outcomes: Iterable[parallel.Outcome],
    known: parallel.Known,
    tally: _Tally,
    seen: dict[str, str],
    read: dict[str, parallel.FileRecord],
) -> Iterator[tuple[_graph.ArticleGraph, bool]]:
    """The graphs to write — new or changed articles — each with whether it replaces one the
    target holds. ``seen`` collects every article met (its IRI → input), ``read`` the files
    read, for the file index."""
    for outcome in outcomes:
        if outcome.file is not None:
            read[outcome.file[0]] = outcome.file[1]
        if outcome.unchanged is not None:
            seen.setdefault(outcome.unchanged, outcome.where)
            continue
        if outcome.graph is None:
            continue
        _claim(seen, outcome.graph)
        replaced = str(outcome.graph.iri) in known
        tally.written.append(str(outcome.graph.iri))
        if replaced:
            tally.replaced += 1
        else:
            tally.added += 1
        yield outcome.graph, replaced


def _to_store(
    path: Path,
    outcomes: Callable[[parallel.Known | None, parallel.Files | None], Iterable[parallel.Outcome]],
    tally: _Tally,
    *,
    prune: bool = False,
    failed: Sequence[InputError] = (),
) -> int:
    with Store(path, write=True) as store, _Writer(store) as writer:
        known = store.articles()
        files = store.file_index()
        read: dict[str, parallel.FileRecord] = {}
        seen: dict[str, str] = {}
        batch: list[_graph.ArticleGraph] = []
        replacing: list[str] = []
        size = 0
        for graph, replaced in _changes(outcomes(known, files), known, tally, seen, read):
            if replaced:
                replacing.append(str(graph.iri))
            batch.append(graph)
            size += len(graph.nquads())
            if len(batch) >= STORE_BATCH or size >= STORE_BATCH_BYTES:
                writer.put(batch, replacing)
                batch, replacing, size = [], [], 0
        if batch or replacing:
            writer.put(batch, replacing)
        writer.wait()
        if prune and not failed:
            tally.removed = store.remove(set(known) - set(seen))
        elif prune:
            tally.warnings.append(
                f"{path}: not pruned, since {len(failed)} inputs could not be read"
            )
        changed = bool(tally.added or tally.replaced or tally.removed)
        if changed or store.reference_is_stale():
            store.refresh_reference(load_gazetteer())
        if changed:
            store.compact_if_due()
        # files read by earlier runs and not this one (a build of today's folder into an
        # archive's store) keep their entries while the store holds their articles
        index = {**files, **read}
        if index != files:
            store.save_file_index(index)
        return store.count()


class _Writer:
    """Writes batches into the store in a background thread, one at a time, while the
    next batch is extracted: Oxigraph's loader releases the GIL, so loading and
    extracting overlap instead of taking turns. ``put`` waits for the batch before (at
    most one batch is being written and one gathered, which bounds memory); a failed
    write is raised at the next ``put`` or ``wait``. The store is touched by one thread
    at a time, so its journal works as with direct writes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="policygraph-store")
        self.pending: Future[None] | None = None

    def put(self, batch: list[_graph.ArticleGraph], replacing: list[str]) -> None:
        self.wait()
        self.pending = self.pool.submit(self.store.put, batch, replacing)

    def wait(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        # on an error elsewhere, let the batch in flight finish (its journal entry is
        # cleared) before the store closes
        try:
            if self.pending is not None and exc[0] is not None:
                with suppress(Exception):
                    self.pending.result()
        finally:
            self.pool.shutdown(wait=True)


def _to_endpoint(
    endpoint: object,
    outcomes: Callable[[parallel.Known | None, parallel.Files | None], Iterable[parallel.Outcome]],
    tally: _Tally,
) -> int:
    from .endpoint import Endpoint

    assert isinstance(endpoint, Endpoint)
    known = endpoint.content_hashes()
    for graph, _replaced in _changes(outcomes(known, None), known, tally, {}, {}):
        endpoint.put_graph(str(graph.iri), graph.ntriples())
    if tally.added or tally.replaced or str(REFERENCE_GRAPH) not in endpoint.graph_names():
        _refresh_endpoint_reference(endpoint)
    return endpoint.triples()


def _refresh_endpoint_reference(endpoint: object) -> None:
    from .endpoint import Endpoint

    assert isinstance(endpoint, Endpoint)
    result = endpoint.query(_graph.UNITS_QUERY)
    unit_ids = {_graph.unit_id_of(str(v), str(c)) for v, c in result.rows if v and c}
    reference = _graph.reference_graph(unit_ids, load_gazetteer())
    endpoint.put_graph(str(REFERENCE_GRAPH), reference.ntriples())


def remove(
    names: Iterable[str], *, store: str | Path | None = None, endpoint: object | None = None
) -> list[str]:
    """Take articles out of a store or endpoint. A name is an article IRI, a source name
    (``pg:sourceName``, usually the file name) or a path to the input file; the IRIs
    removed are returned. A name that matches no article raises ``InputError``."""
    wanted = list(names)
    if (store is None) == (endpoint is None):
        raise UsageError("remove needs exactly one of a store or an endpoint")
    if store is not None:
        Store.require(store)  # removing from a store that is not there creates nothing
        with Store(store, write=True) as target:
            iris = _match(wanted, target.sources())
            target.remove(iris)
            target.refresh_reference(load_gazetteer())
            target.save()
        return iris
    from .endpoint import Endpoint

    assert isinstance(endpoint, Endpoint)
    result = endpoint.query(f"SELECT ?g ?n WHERE {{ GRAPH ?g {{ ?g <{PG.sourceName}> ?n }} }}")
    sources = {str(g): str(n) for g, n in result.rows if g is not None and n is not None}
    iris = _match(wanted, sources)
    for iri in iris:
        endpoint.delete_graph(iri)
    _refresh_endpoint_reference(endpoint)
    return iris


def _match(names: list[str], sources: dict[str, str]) -> list[str]:
    by_source: dict[str, list[str]] = {}
    for iri, source in sources.items():
        by_source.setdefault(source, []).append(iri)
    found: list[str] = []
    for name in names:
        if name in sources:
            found.append(name)
            continue
        hits = by_source.get(name) or by_source.get(Path(name).name) or []
        if not hits:
            raise InputError(f"{name}: no such article in the store")
        found.extend(hits)
    return sorted(set(found))
