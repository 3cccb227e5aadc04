"""The persistent store: an Oxigraph database on disk with one named graph per article.

A store holds what a graph file holds — each article's named graph and the reference
graph — and more, for work that grows day by day:

* Each article's graph records ``pg:contentHash`` and ``pg:extractorVersion``; a build skips
  an article whose hash and version are unchanged, replaces one that changed, and adds new
  ones. ``remove`` takes articles out. The reference graph is recomputed from the units the
  articles name whenever the articles change, so a store's content equals the graph file
  ``build -o`` writes from the same inputs.
* Writing is batched: a batch's changed graphs are dropped and the batch's quads bulk-loaded
  (Oxigraph's fast loader, which is not transactional). Before a batch starts, its article
  IRIs are written to a journal file, and the journal is removed once the batch is in. If a
  build is killed, the next opening of the store (by any policygraph command) drops the
  graphs the journal names and sweeps the union, so every article is complete (as it was,
  or as new) or, if its batch was being written, absent — never half there — and the next
  build redoes exactly those articles: it resumes.
* Queries see a set, as in rdflib: the store's default graph holds the union of all the
  named graphs, each triple once (loaded with each article; when a graph is dropped, its
  triples leave the default graph unless another graph states them too). A union taken at
  query time would be a multiset — a triple stated by k articles matched k times — and
  queries joining entity descriptions repeated in every article would explode.
* One writer at a time: a build takes an exclusive lock on ``policygraph.lock``; a second
  build, or a query while a build runs, is refused with a message naming the holder's pid.
  Readers share the lock and open Oxigraph read-only.
"""

from __future__ import annotations

import fcntl
import json
import multiprocessing
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from pathlib import Path
from types import TracebackType
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.term import Node

from . import graph as _graph
from .errors import QueryError, StoreError
from .gazetteer import Gazetteer
from .gazetteer import load as load_gazetteer
from .query import Binding, QueryResult, _with_values
from .vocab import PG_NS, REFERENCE_GRAPH, extractor_version

__all__ = ["Store"]

_MARK = "policygraph-store.json"
_LOCK = "policygraph.lock"
_JOURNAL = "policygraph-journal.json"
_DATA = "oxigraph"
_FILES = "policygraph-files.tsv"  # input path, size, mtime, article, hash: skip unread files
# what the last run knew of the store, so that the next need not read it all again: the
# quad count, the articles written since the last compaction, the gazetteer units the
# article graphs name, and each article's hash and extractor version
_STATS = "policygraph-stats.json"
_FORMAT = 2  # 2: the default graph holds the union of the named graphs
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_DROP = (
    "DELETE { ?s ?p ?o } WHERE { GRAPH $G { ?s ?p ?o }"
    " FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } FILTER(?other != $G) } };"
    " DROP SILENT GRAPH $G"
)
_NAMING = (
    "SELECT DISTINCT ?g WHERE { VALUES ?text { $TEXT }"
    " GRAPH ?g { ?g a pg:Article . ?x ?p ?label"
    " FILTER(?p IN (<http://data.europa.eu/eli/ontology#id_local>,"
    " <http://www.w3.org/2004/02/skos/core#prefLabel>, <https://schema.org/name>,"
    " <http://www.w3.org/2000/01/rdf-schema#label>)) }"
    " FILTER(CONTAINS(LCASE(STR(?label)), LCASE(?text))) }"
)


FileRecord = tuple[int, int, str, str]  # size, mtime_ns, article IRI, content hash


class Store:
    """An open store. Use as a context manager; ``write=True`` for building."""

    def __init__(self, path: str | os.PathLike[str], *, write: bool = False) -> None:
        self.path = Path(path)
        self.write = write
        self._lock_file: Any = None
        self._db: ox.Store | None = None
        # kept up to date by this process's writes, so that a build of a few articles
        # into a large store does not pay a pass over all of it (None: not known)
        self._quads: int | None = None  # quads in the named graphs
        self._held: dict[str, tuple[str, str]] | None = None  # what ``articles`` returns
        self._units: set[str] | None = None  # gazetteer units the article graphs name
        self._reference_units: frozenset[str] | None = None  # what the reference was made of
        self._stats_cleared = False
        self._stored: dict[str, Any] | None = None  # the saved figures, read once
        self._written: int | None = None  # articles written since the last compaction
        if write:
            new = not (self.path / _MARK).exists()
            self._create_or_check()
            self._lock(exclusive=True)
            self._db = self._open_rw()
            recovering = (self.path / _JOURNAL).exists()
            self._recover()
            if new:  # holds nothing yet
                self._quads, self._written, self._held, self._units = 0, 0, {}, set()
            elif not recovering:
                saved = self._saved()
                self._quads, self._written = saved["quads"], saved["written"]
                if saved["articles"] is not None:
                    self._held = dict(saved["articles"])
                if saved["units"] is not None:
                    # saved at the end of a run: the reference graph was made of them (a
                    # run stopped before refreshing it leaves a journal: ``recovering``)
                    self._units = set(saved["units"])
                    self._reference_units = saved["units"]
        else:
            self._check()
            self._lock(exclusive=False)
            if (self.path / _JOURNAL).exists():
                self._repair_for_reading()
            self._db = ox.Store.read_only(str(self.path / _DATA))

    # ------------------------------------------------------------------ opening

    @staticmethod
    def require(path: str | os.PathLike[str]) -> None:
        """Raise ``StoreError`` unless ``path`` holds a store."""
        if not (Path(path) / _MARK).exists():
            if not Path(path).exists():
                raise StoreError(f"{path}: no such store (build one with --store)")
            raise StoreError(f"{path}: not a policygraph store (no {_MARK})")

    def _create_or_check(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a directory (a store is a directory)")
        if self.path.is_dir() and any(self.path.iterdir()) and not (self.path / _MARK).exists():
            raise StoreError(
                f"{self.path}: not a policygraph store (no {_MARK}); give an empty or new directory"
            )
        if not (self.path / _MARK).exists():
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(f"{self.path}: cannot create ({error.strerror})") from None
            mark = {"format": _FORMAT, "created_by": f"policygraph {extractor_version()}"}
            _graph.write_atomic(self.path / _MARK, (json.dumps(mark) + "\n").encode())
        self._check()

    def _check(self) -> None:
        mark = self.path / _MARK
        if not mark.exists():
            if not self.path.exists():
                raise StoreError(f"{self.path}: no such store (build one with --store)")
            raise StoreError(f"{self.path}: not a policygraph store (no {_MARK})")
        try:
            fmt = json.loads(mark.read_text(encoding="utf-8")).get("format")
        except (OSError, ValueError) as error:
            raise StoreError(f"{self.path}: unreadable {_MARK} ({error})") from None
        if fmt != _FORMAT:
            raise StoreError(f"{self.path}: store format {fmt!r}, this policygraph reads {_FORMAT}")

    def _lock(self, *, exclusive: bool) -> None:
        lock_path = self.path / _LOCK
        handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        try:
            fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            doing = "a build" if exclusive else "reading"
            raise StoreError(
                f"{self.path}: in use by {holder}; {doing} must wait until it finishes"
            ) from None
        if exclusive:
            handle.seek(0)
            handle.truncate()
            handle.write(f"policygraph build (pid {os.getpid()})\n")
            handle.flush()
        self._lock_file = handle

    def _open_rw(self) -> ox.Store:
        try:
            return ox.Store(str(self.path / _DATA))
        except OSError as error:
            raise StoreError(f"{self.path}: cannot open the database ({error})") from None

    def _repair_for_reading(self) -> None:
        """A killed build left a journal: take the write lock for a moment and undo it."""
        self._unlock()
        self._lock(exclusive=True)
        self._db = self._open_rw()
        self._recover()
        self._db = None  # closes the read-write handle
        self._unlock()
        self._lock(exclusive=False)

    def _unlock(self) -> None:
        if self._lock_file is not None:
            with suppress(OSError):
                self._lock_file.truncate(0)
            self._lock_file.close()
            self._lock_file = None

    def close(self) -> None:
        if self._db is not None and self.write:
            self._db.flush()
        self._db = None
        self._unlock()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def db(self) -> ox.Store:
        if self._db is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._db

    # ------------------------------------------------------------------ journal

    def _recover(self) -> None:
        journal = self.path / _JOURNAL
        if not journal.exists():
            return
        try:
            pending = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pending = {"articles": [], "reference": True}
        self._drop(pending.get("articles", []))
        if pending.get("articles"):
            self._sweep()
        if pending.get("reference"):
            self.refresh_reference(load_gazetteer())
        self._journal_done()

    def _journal(self, articles: Sequence[str], *, reference: bool = False) -> None:
        data = json.dumps({"articles": list(articles), "reference": reference})
        _graph.write_atomic(self.path / _JOURNAL, data.encode("utf-8"))

    def _journal_done(self) -> None:
        self.db.flush()
        with suppress(FileNotFoundError):
            (self.path / _JOURNAL).unlink()

    def _drop(self, graphs: Iterable[str]) -> None:
        """Drop graphs, and take their triples out of the default graph (the union) unless
        another graph states them too; each graph in one transaction."""
        for name in sorted(set(graphs)):
            dropped = 0
            if self._quads is not None:  # counted by the engine: 0.2 ms, in Python 9 ms
                counted = self._select(
                    f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
                )
                dropped = int(next(iter(counted))["n"].value)
            self._changing(-dropped)
            self.db.update(_DROP.replace("$G", f"<{name}>"))
            self._forget(name)

    def _take_out(self, graphs: Iterable[str]) -> dict[str, set[ox.Triple]]:
        """Remove graphs, leaving their union copies; the triples each stated."""
        stated: dict[str, set[ox.Triple]] = {}
        for name in sorted(set(graphs)):
            node = ox.NamedNode(name)
            triples = {quad.triple for quad in self.db.quads_for_pattern(None, None, None, node)}
            self._changing(-len(triples))
            self.db.remove_graph(node)
            stated[name] = triples
            self._forget(name)
        return stated

    def _forget(self, name: str) -> None:
        """Keep what this run knows in step with a graph that is gone."""
        if self._held is not None:
            self._held.pop(name, None)
        self._units = None  # the units the graph named may be named by no other

    def _changing(self, quads: int) -> None:
        """Note a change of ``quads`` named quads. The saved count is deleted before the
        first change: a run that stops before ``count`` makes the next one count again."""
        if not self._stats_cleared:
            with suppress(FileNotFoundError):
                (self.path / _STATS).unlink()
            self._stats_cleared, self._stored = True, None
        if self._quads is not None:
            self._quads += quads

    def _sweep(self) -> None:
        """Take out of the default graph every triple no named graph states (after a killed
        bulk load, which may have written part of a batch's union triples)."""
        self.db.update(
            "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
        )

    # ------------------------------------------------------------------ reading

    def articles(self) -> dict[str, tuple[str, str]]:
        """Article graph name → (content hash, extractor version). Saved by the last run
        that changed the store (reading it back takes 5 s at 100,000 articles); otherwise
        read from the index of the two properties (a SPARQL join over every graph is ten
        times slower) once. Then kept up to date by this process's writes."""
        if self._held is None and not self._stats_cleared:
            saved = self._saved()["articles"]
            self._held = None if saved is None else dict(saved)
        if self._held is None:
            hashes = self._by_graph(PG_NS + "contentHash")
            versions = self._by_graph(PG_NS + "extractorVersion")
            self._held = {g: (h, versions.get(g, "")) for g, h in hashes.items()}
        return dict(self._held)

    def _by_graph(self, predicate: str) -> dict[str, str]:
        """Graph name → the value of ``predicate`` on the graph's own node."""
        found: dict[str, str] = {}
        for quad in self.db.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            graph = quad.graph_name
            value = quad.object
            if not isinstance(graph, ox.NamedNode) or quad.subject != graph:
                continue  # only what the article graph says of its own node
            if isinstance(value, ox.Literal):
                found[graph.value] = value.value
        return found

    def sources(self) -> dict[str, str]:
        """Article graph name → its ``pg:sourceName``."""
        return self._by_graph(PG_NS + "sourceName")

    def _select(self, query: str) -> ox.QuerySolutions:
        result = self.db.query(query, prefixes={"pg": PG_NS})
        assert isinstance(result, ox.QuerySolutions)
        return result

    def __len__(self) -> int:
        return len(self.db)

    def dataset(self, graphs: Iterable[str] | None = None) -> Dataset:
        """The store (or only the named ``graphs``) as an rdflib dataset, for drawing,
        exporting and validating."""
        dataset = Dataset()
        _graph.bind_prefixes(dataset)
        if graphs is None:
            # the named graphs only: the default graph is their union, kept for queries
            quads: Iterable[Any] = (
                quad for quad in self.db if isinstance(quad.graph_name, ox.NamedNode)
            )
        else:
            quads = (
                quad
                for name in sorted(set(graphs))
                for quad in self.db.quads_for_pattern(None, None, None, ox.NamedNode(name))
            )
        for quad in quads:
            name = quad.graph_name
            target = (
                dataset.graph(URIRef(name.value))
                if isinstance(name, ox.NamedNode)
                else dataset.default_graph
            )
            target.add((_node(quad.subject), _node(quad.predicate), _node(quad.object)))
        return dataset

    def article_names(self) -> list[str]:
        return sorted(self.articles())

    def graphs_naming(self, text: str) -> list[str]:
        """Article graphs in which an entity's key, label or name contains ``text``
        (case-insensitive): what a drawing focused on ``text`` needs."""
        # pyoxigraph writes the literal escaped, as N-Triples does
        query = _NAMING.replace("$TEXT", str(ox.Literal(text)))
        return sorted(row["g"].value for row in self._select(query))

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Binding] | None = None,
        timeout: float | None = None,
    ) -> QueryResult:
        """Run SPARQL over the union of the graphs; ``bindings`` substitute variables.
        (Checks are ``query.run_query``'s, which calls this.) With a ``timeout`` the query runs
        in a child process that is stopped when the time is up: the engine computes in native
        code, which no signal interrupts, so that a slow query stops (and Ctrl-C with it)."""
        if bindings:
            text = _with_values(text, bindings, "query")
        if timeout is not None:
            return _query_in_child(self.path / _DATA, text, timeout)
        return _results(self.db, text)

    # ------------------------------------------------------------------ writing

    def put(self, graphs: Sequence[_graph.ArticleGraph], replacing: Iterable[str] = ()) -> None:
        """Write a batch of article graphs; ``replacing`` names graphs to drop first."""
        if not self.write:
            raise StoreError(f"{self.path}: opened for reading")
        names = sorted({str(g.iri) for g in graphs} | set(replacing))
        self._journal(names, reference=True)
        # a replaced graph goes at once; the union copies of what it stated are checked
        # once the new graphs are in, since the new version of an article restates most
        # of what the old one did (a graph dropped with its union check, as ``remove``
        # does, cost 50 ms; a killed run's journal makes the next opening sweep the union)
        stated = self._take_out(replacing)
        # each graph's quads, and its triples again in the default graph (the union)
        data = b"".join(g.nquads() + g.ntriples() for g in graphs)
        if data:
            self._changing(sum(g.count for g in graphs))
            self._wrote(len(graphs))
            # our own writer made the data (IRIs escaped): skip re-validating it
            self.db.bulk_load(data, ox.RdfFormat.N_QUADS, lenient=True)
            if self._held is not None:
                version = extractor_version()
                self._held.update((str(g.iri), (g.content_hash, version)) for g in graphs)
            if self._units is not None:
                self._units.update(*(g.unit_ids for g in graphs))
        if stated:
            restated = {
                quad.triple
                for g in graphs
                if str(g.iri) in stated
                for quad in ox.parse(g.ntriples(), ox.RdfFormat.N_TRIPLES)
            }
            for name, triples in stated.items():
                own = name + "/"  # the article's own nodes: its mentions and their selectors
                for triple in triples - restated:
                    subject = triple.subject
                    # no other graph says anything of the article or of its own nodes (an
                    # article IRI has no "/" after id/article/), so those need no lookup:
                    # after a bulk load each lookup cost 13 ms
                    mine = isinstance(subject, ox.NamedNode) and (
                        subject.value == name or subject.value.startswith(own)
                    )
                    if mine or not self._stated_elsewhere(triple, None):
                        self.db.remove(ox.Quad(triple.subject, triple.predicate, triple.object))
        # the articles are in; the reference graph stays stale until refresh_reference
        self.db.flush()
        self._journal([], reference=True)

    def remove(self, names: Iterable[str]) -> int:
        """Take article graphs out; how many there were."""
        present = set(self.articles())
        gone = sorted(set(names) & present)
        if gone:
            self._journal(gone, reference=True)
            self._drop(gone)
            self._wrote(len(gone))
            self._journal([], reference=True)
        return len(gone)

    def refresh_reference(self, gazetteer: Gazetteer | None) -> None:
        """Bring the reference graph in line with the units the article graphs describe.

        Only the difference is written: a day's new articles usually add a few units to a
        reference graph of many thousand triples, and dropping and reloading all of it cost
        more than the articles themselves (15 s of a 25 s build of 100 articles into a
        store of 20,000). Union copies are added before the graph's own quads and removed
        before them, so a run killed half-way leaves a difference the next run finishes.

        The units named are kept from run to run while articles are only added (each new
        graph brings its own); after a graph is dropped they are found again by a pass over
        every article graph (7 s at 20,000 articles, in a build). And while units are only
        added, only what they bring is compared with the store: the reference graph of a
        set of units is the union of each unit's (its description and that of the units
        around it), so nothing leaves it, and reading all of it back (218,728 triples at
        20,000 articles) took 2-4 s of a day's build."""
        if self._units is None or gazetteer is None:
            rows = self._select(_graph.UNITS_QUERY)
            unit_ids = {_graph.unit_id_of(row["v"].value, row["c"].value) for row in rows}
            if gazetteer is not None:  # what an article graph's unit_ids holds
                unit_ids = {u for u in unit_ids if u in gazetteer}
            self._units = unit_ids if gazetteer is not None else None
        else:
            unit_ids = self._units
        made_from, self._reference_units = self._reference_units, None
        self._journal([], reference=True)
        name = ox.NamedNode(str(REFERENCE_GRAPH))
        if gazetteer is not None and made_from and made_from <= unit_ids:
            part = _graph.reference_graph(unit_ids - made_from, gazetteer).ntriples()
            new = {
                quad.triple
                for quad in ox.parse(part, ox.RdfFormat.N_TRIPLES)
                if ox.Quad(quad.subject, quad.predicate, quad.object, name) not in self.db
            }
            gone: set[ox.Triple] = set()
        else:
            reference = _graph.reference_graph(unit_ids, gazetteer).ntriples()
            wanted = {quad.triple for quad in ox.parse(reference, ox.RdfFormat.N_TRIPLES)}
            held = {quad.triple for quad in self.db.quads_for_pattern(None, None, None, name)}
            gone = held - wanted
            new = wanted - held
        for triple in gone:
            if not self._stated_elsewhere(triple, name):
                self.db.remove(ox.Quad(triple.subject, triple.predicate, triple.object))
        for triple in gone:
            self.db.remove(ox.Quad(triple.subject, triple.predicate, triple.object, name))
        if gone or new:
            self._changing(len(new) - len(gone))
        if new:
            for target in (ox.DefaultGraph(), name):  # union copies first
                quads = [ox.Quad(t.subject, t.predicate, t.object, target) for t in new]
                data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
                self.db.bulk_load(data, ox.RdfFormat.N_QUADS)
        if gazetteer is not None:
            self._reference_units = frozenset(unit_ids)
        self._journal_done()

    def _stated_elsewhere(self, triple: ox.Triple, graph: ox.NamedNode | None) -> bool:
        """Whether a named graph other than ``graph`` states ``triple`` (the first such
        quad is enough: a triple every article states is not counted through)."""
        for quad in self.db.quads_for_pattern(triple.subject, triple.predicate, triple.object):
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name != graph:
                return True
        return False

    # ------------------------------------------------------------------ file index

    def file_index(self) -> dict[str, FileRecord]:
        """What the last build read: absolute path → (size, mtime_ns, article IRI, hash).
        A file whose size and modification time are unchanged, and whose article the store
        holds with that hash, is not read again. (Anything out of step — a killed build, an
        edited store — only means the file is read and compared by its hash as usual.)"""
        index: dict[str, FileRecord] = {}
        try:
            text = (self.path / _FILES).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return index
        for line in text.splitlines():
            fields = line.split("\t")
            if len(fields) == 5 and fields[1].isdigit() and fields[2].isdigit():
                index[fields[0]] = (int(fields[1]), int(fields[2]), fields[3], fields[4])
        return index

    def save_file_index(self, index: Mapping[str, FileRecord]) -> None:
        held = self.articles()
        lines = [
            f"{path}\t{size}\t{mtime}\t{iri}\t{digest}\n"
            for path, (size, mtime, iri, digest) in sorted(index.items())
            if held.get(iri, ("",))[0] == digest and "\t" not in path and "\n" not in path
        ]
        _graph.write_atomic(self.path / _FILES, "".join(lines).encode("utf-8"))

    def count(self) -> int:
        """Quads in the named graphs (not their union): the count saved by the last run,
        moved by this run's writes; counted again (a pass over the whole store) only when
        unknown — a new store, or one a killed run left behind. Saved with the rest of
        what this run knows of the store (``save``)."""
        if self._quads is None:
            rows = self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
            self._quads = int(next(iter(rows))["n"].value)
        self.save()
        return self._quads

    def save(self) -> None:
        """Save what this run knows of the store (see ``_STATS``) for the next, counting
        nothing: a figure this run does not know is saved as unknown, unless the store is
        unchanged and an earlier run saved it."""
        saved = self._saved()
        figures: dict[str, Any] = {
            "quads": self._quads,
            "written": self._written,
            "units": None if self._units is None else frozenset(self._units),
            "articles": self._held,
        }
        if not self._stats_cleared:  # the store has not changed: what was saved still holds
            figures = {
                key: saved[key] if value is None else value for key, value in figures.items()
            }
        if self._stats_cleared or figures != saved:
            units: frozenset[str] | None = figures["units"]
            data = {
                "version": extractor_version(),
                "quads": figures["quads"],
                "written": figures["written"],
                "units": None if units is None else sorted(units),
                "articles": figures["articles"],
            }
            text = json.dumps(data, ensure_ascii=False, sort_keys=True)
            _graph.write_atomic(self.path / _STATS, text.encode("utf-8"))
            held = figures["articles"]  # a copy: this run's writes move self._held
            self._stored = {**figures, "articles": None if held is None else dict(held)}

    def _saved(self) -> dict[str, Any]:
        """The figures the last run saved (read once); None for each one missing or
        unreadable, and for the units when another extractor version saved them (its
        gazetteer may differ)."""
        if self._stored is not None:
            return self._stored
        try:
            saved = json.loads((self.path / _STATS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
        if not isinstance(saved, dict):
            saved = {}
        figures: dict[str, Any] = {
            key: value if isinstance(value := saved.get(key), int) and value >= 0 else None
            for key in ("quads", "written")
        }
        units = saved.get("units")
        figures["units"] = (
            frozenset(units)
            if isinstance(units, list)
            and all(isinstance(u, str) for u in units)
            and saved.get("version") == extractor_version()
            else None
        )
        articles = saved.get("articles")
        figures["articles"] = (
            {iri: (held[0], held[1]) for iri, held in articles.items()}
            if isinstance(articles, dict)
            and all(
                isinstance(held, list) and len(held) == 2 and all(isinstance(v, str) for v in held)
                for held in articles.values()
            )
            else None
        )
        self._stored = figures
        return figures

    def _wrote(self, articles: int) -> None:
        if self._written is not None:
            self._written += articles

    def compact_if_due(self) -> bool:
        """Compact the database when the articles written or removed since the last
        compaction reach a tenth of those it holds (always after a first build; also when
        that number is unknown). A bulk load leaves many overlapping files, and queries
        look in each: on a 20,000-article store just built, ``agencies`` took 8.0 s before
        compaction and 2.6 s after, ``mentions-of`` 2.3 s and 0.9 s; compacting took 18 s.
        Small additions are not worth a pass over the store each day, but they add up."""
        held = len(self.articles())
        if self._written is not None and self._written * 10 < held:
            return False
        self.db.optimize()
        self._written = 0
        return True

    def reference_is_stale(self) -> bool:
        return (self.path / _JOURNAL).exists() or not self.db.contains_named_graph(
            ox.NamedNode(str(REFERENCE_GRAPH))
        )


def _results(db: ox.Store, text: str) -> QueryResult:
    """A query's rows as rdflib terms."""
    result = db.query(text)
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(("ask",), ((Literal(bool(result)),),), "ask")
    if isinstance(result, ox.QueryTriples):
        triples = sorted(
            (_node(t.subject), _node(t.predicate), _node(t.object)) for t in result
        )
        return QueryResult(("subject", "predicate", "object"), tuple(triples), "graph")
    variables = [v.value for v in result.variables]
    seen: dict[Any, Node] = {}  # terms repeat down a column: convert each once

    def node(term: Any) -> Node | None:
        if term is None:
            return None
        found = seen.get(term)
        if found is None:
            found = seen[term] = _node(term)
        return found

    rows = tuple(tuple(node(row[i]) for i in range(len(variables))) for row in result)
    return QueryResult(tuple(variables), rows)


def _query_in_child(location: Path, text: str, timeout: float) -> QueryResult:
    """Run ``text`` on the store at ``location`` (read-only) in a child process, stopped
    after ``timeout`` seconds or when this process is interrupted."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child_query, args=(str(location), text, sender), daemon=True
    )
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryError(f"query: timed out after {timeout:g} s")
        outcome, payload = receiver.recv()
    except EOFError:
        raise QueryError("query: the query process stopped without an answer") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if outcome == "error":
        raise QueryError(f"query: {payload}")
    result: QueryResult = payload
    return result


def _child_query(location: str, text: str, sender: Any) -> None:
    try:
        sender.send(("ok", _results(ox.Store.read_only(location), text)))
    except Exception as err:  # pyoxigraph raises SyntaxError, OSError, ValueError
        sender.send(("error", " ".join(str(err).split())))
    finally:
        sender.close()


def remove_store(path: str | os.PathLike[str]) -> None:
    """Delete a store directory (only if it is one)."""
    target = Path(path)
    if not (target / _MARK).exists():
        raise StoreError(f"{target}: not a policygraph store")
    shutil.rmtree(target)


def _node(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)  # RDF 1.1: a plain literal is an xsd:string
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported term in the store: {term!r}")


def _ox(term: Node) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot bind {term!r}")
