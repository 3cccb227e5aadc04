"""The persistent store (issue #7/#8): store builds equal file builds, incremental builds,
removal, killed builds, the one-writer lock, bad store paths, reading commands on a store,
building into a real Oxigraph server, and the progress bar."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, URIRef

from policygraph import api, builder, cli
from policygraph import graph as graph_module
from policygraph.endpoint import Endpoint
from policygraph.gazetteer import load as load_gazetteer
from policygraph.query import list_queries
from policygraph.store import Store
from policygraph.vocab import PG_NS, REFERENCE_GRAPH

from .conftest import cli_ok as _ok
from .conftest import generated_articles
from .conftest import run_cli as _cli

ROOT = Path(__file__).resolve().parents[1]
POLICYGRAPH = str(Path(sys.executable).parent / "policygraph")
JOURNAL = "policygraph-journal.json"
LOCK = "policygraph.lock"

# Our own short articles, in the genre of the corpus. Only a3 names units of Hà Tĩnh (the
# reference graph holds the units named and what surrounds them, so it holds Hương Sơn only
# while a3 is there); every other article is about Quảng Trị.
ARTICLES = {
    "a1-chi-thi-18.txt": (
        "Đakrông đẩy mạnh công tác dân vận\n\n"
        "Thực hiện Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000 của Thủ tướng Chính phủ, UBND huyện"
        " Đakrông đã chỉ đạo các xã rà soát lại công tác tiếp dân. Huyện ủy Đakrông giao cho xã"
        " Ba Lòng làm điểm trong năm 2023.\n"
    ),
    "a2-nghi-quyet-39.txt": (
        "Quảng Trị hỗ trợ vùng đồng bào dân tộc thiểu số\n\n"
        "Ngày 5/4/2023, UBND tỉnh Quảng Trị ban hành Quyết định số 712/QĐ-UBND về hỗ trợ sinh kế"
        " cho người dân xã Tà Long, huyện Đakrông. Quyết định căn cứ Nghị quyết số 39-NQ/TW ngày"
        " 15/10/2019 của Bộ Chính trị.\n"
    ),
    "a3-ke-hoach.txt": (
        "Hương Sơn triển khai kế hoạch trồng rừng\n\n"
        "Theo Kế hoạch số 45/KH-UBND ngày 2/3/2022 của UBND huyện Hương Sơn, xã Sơn Kim 1 sẽ"
        " trồng mới 120 ha rừng. Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh hướng dẫn"
        " kỹ thuật cho bà con. Kế hoạch số 45/KH-UBND thay thế Kế hoạch số 20/KH-UBND.\n"
    ),
    "a4-vinh-linh.txt": (
        "Vĩnh Linh nâng cao chất lượng giáo dục vùng ven biển\n\n"
        "Thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương, Huyện ủy"
        " Vĩnh Linh đã chỉ đạo xã Vĩnh Thái, huyện Vĩnh Linh, tỉnh Quảng Trị xây dựng thêm hai"
        " trường học đạt chuẩn quốc gia.\n"
    ),
    "a5-ba-long.txt": (
        "Xã Ba Lòng giảm nghèo bền vững\n\n"
        "Căn cứ Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000 của Thủ tướng Chính phủ và Quyết định số"
        " 712/QĐ-UBND của UBND tỉnh Quảng Trị, UBND xã Ba Lòng, huyện Đakrông đã hỗ trợ 40 hộ"
        " nghèo làm nhà ở.\n"
    ),
}
EXTRA = (
    "a6-tieu-hoc.txt",
    "Hương Trà sửa chữa trường tiểu học\n\n"
    "Theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, UBND thị xã Hương"
    " Trà đã bố trí vốn sửa chữa trường tiểu học ở xã Hương Toàn, tỉnh Thừa Thiên Huế.\n",
)
EDITED = (
    "Quảng Trị hỗ trợ vùng đồng bào dân tộc thiểu số\n\n"
    "Ngày 5/4/2023, UBND tỉnh Quảng Trị ban hành Quyết định số 712/QĐ-UBND về hỗ trợ sinh kế"
    " cho người dân xã Tà Long, huyện Đakrông. Đoàn cán bộ đã học tập kinh nghiệm của xã Chiềng"
    " Sơn, huyện Mộc Châu, tỉnh Sơn La. Quyết định căn cứ Nghị quyết số 39-NQ/TW ngày"
    " 15/10/2019 của Bộ Chính trị.\n"
)


# ---------------------------------------------------------------------- helpers


def _one_line_error(err: str, *needles: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("policygraph: error: "), err
    for needle in needles:
        assert needle in lines[0], (needle, err)


def _spawn(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [POLICYGRAPH, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _graphs(store: Path) -> dict[str, frozenset[str]]:
    """Graph name → its quads (N-Quads-like strings); opens the store as a reader would."""
    found: dict[str, set[str]] = {}
    with Store(store) as opened:
        for quad in opened.db:
            name = getattr(quad.graph_name, "value", "")
            if name:  # the default graph is the union of these, kept for queries
                found.setdefault(name, set()).add(str(quad))
    return {name: frozenset(quads) for name, quads in found.items()}


def _union_holds(store: Path) -> None:
    """The store's default graph is exactly the set union of its named graphs."""
    with Store(store) as opened:
        union: set[str] = set()
        default: set[str] = set()
        for quad in opened.db:
            triple = f"{quad.subject} {quad.predicate} {quad.object}"
            (union if getattr(quad.graph_name, "value", "") else default).add(triple)
    assert default == union


def _hashes(store: Path) -> dict[str, tuple[str, str]]:
    with Store(store) as opened:
        return opened.articles()


def _sources(store: Path) -> dict[str, str]:
    with Store(store) as opened:
        return opened.sources()


def _dump(store: Path) -> bytes:
    with Store(store) as opened:
        return graph_module.dumps(opened.dataset(), ".trig")


def _reference_text(store: Path) -> str:
    return "\n".join(sorted(_graphs(store).get(str(REFERENCE_GRAPH), frozenset())))


def _counts(err: str) -> tuple[int, int, int]:
    found = re.search(r"\((\d+) new, (\d+) changed, (\d+) unchanged[,)]", err)
    assert found, err
    return int(found[1]), int(found[2]), int(found[3])


def _wait_for(
    condition: Callable[[], bool], process: subprocess.Popen[bytes], limit: float
) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.002)
    return False


def _kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate()


# ---------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(tmp_path_factory.mktemp("articles") / "in", ARTICLES)


@pytest.fixture()
def folder(tmp_path: Path, articles: Path) -> Path:
    """A copy of the articles that a test may change."""
    return Path(shutil.copytree(articles, tmp_path / "in"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, articles: Path) -> tuple[Path, Path]:
    """(a store, the TriG of a file build) of the five articles."""
    where = tmp_path_factory.mktemp("built")
    _ok("build", articles, "--store", where / "store")
    _ok("build", articles, "-o", where / "a.trig")
    return where / "store", where / "a.trig"


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """150 generated articles (benchmarks/corpus_gen.py)."""
    return generated_articles(tmp_path_factory.mktemp("big"), 150)


@pytest.fixture(scope="module")
def big_clean(tmp_path_factory: pytest.TempPathFactory, big: Path) -> dict[str, frozenset[str]]:
    # in a subprocess, like the killed builds: the same code as theirs
    store = tmp_path_factory.mktemp("big-clean") / "store"
    done = subprocess.run([POLICYGRAPH, "build", big, "--store", store], capture_output=True)
    assert done.returncode == 0, done.stderr
    return _graphs(store)


# ---------------------------------------------------------------------- 1. store = file


def test_store_build_writes_the_same_trig_as_a_file_build(tmp_path: Path, articles: Path) -> None:
    _ok("build", articles, "--store", tmp_path / "S", "-o", tmp_path / "a.trig")
    _ok("build", articles, "-o", tmp_path / "b.trig")
    a, b = (tmp_path / "a.trig").read_bytes(), (tmp_path / "b.trig").read_bytes()
    assert a == b
    assert b"a1-chi-thi-18" in a and str(REFERENCE_GRAPH).encode() in a
    assert _dump(tmp_path / "S") == b


def test_batches_written_while_the_next_are_extracted_give_the_same_store(
    tmp_path: Path, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # batches of two: the writer thread loads one while the next is gathered
    _ok("build", articles, "--store", tmp_path / "one")
    monkeypatch.setattr(builder, "STORE_BATCH", 2)
    _ok("build", articles, "--store", tmp_path / "many")
    assert _graphs(tmp_path / "many") == _graphs(tmp_path / "one")
    assert _dump(tmp_path / "many") == _dump(tmp_path / "one")
    _union_holds(tmp_path / "many")  # batches naming the same agencies and documents


def test_a_failed_batch_write_stops_the_build(
    tmp_path: Path, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an error in the writer thread reaches the build instead of being lost there
    def broken(self: Store, graphs: object, replacing: object = ()) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(builder, "STORE_BATCH", 2)
    monkeypatch.setattr(Store, "put", broken)
    with pytest.raises(OSError, match="disk full"):
        api.build([articles], store=tmp_path / "S")


# ---------------------------------------------------------------------- 2. incremental


def test_rebuild_of_an_unchanged_folder_changes_nothing(tmp_path: Path, articles: Path) -> None:
    store = tmp_path / "S"
    _, err = _ok("build", articles, "--store", store)
    assert _counts(err) == (5, 0, 0)
    before = _graphs(store)
    _, err = _ok("build", articles, "--store", store)
    assert _counts(err) == (0, 0, 5)
    assert _graphs(store) == before


def test_editing_one_article_replaces_only_its_graph(tmp_path: Path, folder: Path) -> None:
    store = tmp_path / "S"
    _ok("build", folder, "--store", store)
    before, hashes = _graphs(store), _hashes(store)
    (folder / "a2-nghi-quyet-39.txt").write_text(EDITED, encoding="utf-8")
    _, err = _ok("build", folder, "--store", store)
    assert _counts(err) == (0, 1, 4)
    after, new_hashes = _graphs(store), _hashes(store)
    edited = next(iri for iri, name in _sources(store).items() if name == "a2-nghi-quyet-39.txt")
    assert set(after) == set(before)
    for name in before:
        if name in (edited, str(REFERENCE_GRAPH)):
            continue
        assert after[name] == before[name], name
    assert after[edited] != before[edited]
    assert new_hashes[edited][0] != hashes[edited][0]
    assert {k: v for k, v in new_hashes.items() if k != edited} == {
        k: v for k, v in hashes.items() if k != edited
    }
    assert "Mộc Châu" not in "".join(before[str(REFERENCE_GRAPH)])
    assert "Mộc Châu" in _reference_text(store)
    _union_holds(store)
    _ok("build", folder, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()


def test_an_edit_that_drops_what_others_still_say_keeps_it_in_the_union(
    tmp_path: Path, folder: Path
) -> None:
    # a5 names Ba Lòng, Đakrông and Chỉ thị 18/2000/CT-TTg, as a1 does. Rewritten to name
    # none of them, its old graph's triples leave the union only where no other graph
    # states them: what a1 still says stays, what a5 alone said goes.
    store = tmp_path / "S"
    _ok("build", folder, "--store", store)
    (folder / "a5-ba-long.txt").write_text(EXTRA[1], encoding="utf-8")
    _, err = _ok("build", folder, "--store", store)
    assert _counts(err) == (0, 1, 4)
    _union_holds(store)
    with Store(store) as opened:
        union = {str(q.object) for q in opened.db.quads_for_pattern(None, None, None, None)}
    assert '"18/2000/CT-TTg"' in union  # a1 still cites it
    assert _triples_said(err) == _recount(store)
    _ok("build", folder, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()


def test_adding_one_article_adds_its_graph(tmp_path: Path, folder: Path) -> None:
    store = tmp_path / "S"
    _ok("build", folder, "--store", store)
    before = _graphs(store)
    (folder / EXTRA[0]).write_text(EXTRA[1], encoding="utf-8")
    _, err = _ok("build", folder, "--store", store)
    assert _counts(err) == (1, 0, 5)
    after = _graphs(store)
    added = set(after) - set(before)
    assert len(added) == 1 and EXTRA[0] in _sources(store).values()
    assert all(after[n] == before[n] for n in before if n != str(REFERENCE_GRAPH))
    assert "Hương Trà" not in "".join(before[str(REFERENCE_GRAPH)])
    assert "Hương Trà" in _reference_text(store)
    _ok("build", folder, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()


def test_prune_removes_the_articles_whose_files_are_gone(tmp_path: Path, folder: Path) -> None:
    store = tmp_path / "S"
    _ok("build", folder, "--store", store)
    first = sorted(folder.iterdir())[0]
    first.unlink()
    _, err = _ok("build", folder, "--store", store)  # without --prune nothing is removed
    assert first.name in _sources(store).values()
    _, err = _ok("build", folder, "--store", store, "--prune")
    assert "1 removed" in err and first.name not in _sources(store).values()
    _ok("build", folder, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()
    # an unreadable input keeps its article: a read error must not delete data
    (folder / "hong.txt").write_bytes(b"")
    second = sorted(p for p in folder.iterdir() if p.name != "hong.txt")[0]
    second.unlink()
    code, _, err = _cli("build", folder, "--store", store, "--prune")
    assert code == 1 and "not pruned" in err
    assert second.name in _sources(store).values()
    code, _, err = _cli("build", folder, "--prune", "-o", tmp_path / "x.trig")
    assert code == 2 and "--prune needs --store" in err


@pytest.mark.parametrize("how", ["source name", "article IRI", "path"])
def test_remove_takes_an_article_out(tmp_path: Path, folder: Path, how: str) -> None:
    store = tmp_path / "S"
    _ok("build", folder, "--store", store)
    before = _graphs(store)
    iri = next(i for i, n in _sources(store).items() if n == "a3-ke-hoach.txt")
    assert "Hương Sơn" in _reference_text(store)
    name = {
        "source name": "a3-ke-hoach.txt",
        "article IRI": iri,
        "path": str(folder / "a3-ke-hoach.txt"),
    }[how]
    out, err = _ok("remove", "--store", store, name)
    assert out.splitlines() == [iri]
    assert err.splitlines() == [f"removed 1 articles from {store}"]
    after = _graphs(store)
    assert set(after) == set(before) - {iri}
    assert all(after[n] == before[n] for n in after if n != str(REFERENCE_GRAPH))
    reference = _reference_text(store)
    assert "Hương Sơn" not in reference  # named by the removed article only
    assert "Ba Lòng" in reference  # still named by others
    _union_holds(store)
    (folder / "a3-ke-hoach.txt").unlink()
    _ok("build", folder, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()


def test_a_reference_refresh_left_half_done_is_finished_by_the_next(
    tmp_path: Path, articles: Path
) -> None:
    # The reference graph is written by difference: union copies before the graph's own
    # quads on the way in, and before them on the way out. Stop it at each of those points
    # by hand, leaving the journal a stopped refresh leaves; the next opening must bring
    # back exactly the store a fresh build makes.
    store = tmp_path / "S"
    _ok("build", articles, "--store", store)
    _ok("build", articles, "-o", tmp_path / "fresh.trig")
    fresh = (tmp_path / "fresh.trig").read_bytes()
    name = ox.NamedNode(str(REFERENCE_GRAPH))
    stale = ox.Triple(
        ox.NamedNode("https://w3id.org/policygraph/id/unit/2024/99999"),
        ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
        ox.Literal("xã Không Có", language="vi"),
    )
    with Store(store, write=True) as opened:
        held = sorted(
            (q.triple for q in opened.db.quads_for_pattern(None, None, None, name)), key=str
        )
        assert len(held) > 100
        for triple in held[::7]:  # added to the union, not yet to the graph
            opened.db.remove(ox.Quad(triple.subject, triple.predicate, triple.object, name))
        for triple in held[3::11]:  # neither
            opened.db.remove(ox.Quad(triple.subject, triple.predicate, triple.object, name))
            opened.db.remove(ox.Quad(triple.subject, triple.predicate, triple.object))
        # a triple no longer wanted, taken out of the union but not yet out of the graph
        opened.db.add(ox.Quad(stale.subject, stale.predicate, stale.object, name))
        # what a refresh writes before it starts, and removes once it is done
        (store / JOURNAL).write_text('{"articles": [], "reference": true}', encoding="utf-8")
    with Store(store, write=True):  # the next opening finishes it
        pass
    assert not (store / JOURNAL).exists()
    _union_holds(store)
    assert _dump(store) == fresh


def _triples_said(err: str) -> int:
    found = re.search(r"(\d+) triples", err)
    assert found, err
    return int(found[1])


def _recount(store: Path) -> int:
    with Store(store) as opened:
        return sum(1 for quad in opened.db if isinstance(quad.graph_name, ox.NamedNode))


def test_the_quad_count_follows_every_change_without_a_recount(
    tmp_path: Path, folder: Path
) -> None:
    # the count a build reports is kept from run to run and moved by each write; after
    # adding, editing, removing and pruning it must equal a full count
    store = tmp_path / "S"
    _, err = _ok("build", folder, "--store", store)
    assert _triples_said(err) == _recount(store)
    (folder / EXTRA[0]).write_text(EXTRA[1], encoding="utf-8")
    (folder / "a2-nghi-quyet-39.txt").write_text(EDITED, encoding="utf-8")
    _, err = _ok("build", folder, "--store", store)
    assert _counts(err) == (1, 1, 4)
    assert _triples_said(err) == _recount(store)
    _ok("remove", "--store", store, "a3-ke-hoach.txt")
    (folder / "a3-ke-hoach.txt").unlink()
    sorted(folder.iterdir())[0].unlink()
    _, err = _ok("build", folder, "--store", store, "--prune")
    assert "1 removed" in err
    assert _triples_said(err) == _recount(store)
    # a run that changes the store deletes the saved count first: stopped before the
    # end, it leaves nothing stale behind
    with Store(store, write=True) as opened:
        opened.remove([next(iter(opened.articles()))])
        assert not (store / "policygraph-stats.json").exists()
    _, err = _ok("build", folder, "--store", store)
    assert _triples_said(err) == _recount(store)


def _scanned(store: Path) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """The articles and the gazetteer units their graphs name, read from the graphs."""
    gazetteer = load_gazetteer()
    with Store(store) as opened:
        hashes = opened._by_graph(PG_NS + "contentHash")
        versions = opened._by_graph(PG_NS + "extractorVersion")
        rows = opened._select(graph_module.UNITS_QUERY)
        units = {graph_module.unit_id_of(r["v"].value, r["c"].value) for r in rows}
    return {g: (h, versions[g]) for g, h in hashes.items()}, {u for u in units if u in gazetteer}


def test_what_a_run_knows_is_kept_for_the_next_and_equals_the_graphs(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The article index and the units the graphs name are saved at the end of a run, so a
    # day's additions read neither back from a large store. Kept or found again, they must
    # equal what the graphs hold, and the store must equal a fresh build.
    scans: list[str] = []
    select, by_graph = Store._select, Store._by_graph

    def spy_select(self: Store, query: str) -> ox.QuerySolutions:
        if query == graph_module.UNITS_QUERY:
            scans.append("units")
        return select(self, query)

    def spy_by_graph(self: Store, predicate: str) -> dict[str, str]:
        scans.append(predicate.rsplit("#", 1)[-1])
        return by_graph(self, predicate)

    monkeypatch.setattr(Store, "_select", spy_select)
    monkeypatch.setattr(Store, "_by_graph", spy_by_graph)
    store = tmp_path / "S"
    _ok("build", folder, "--store", store)
    assert scans == []  # a new store holds nothing: each graph brings its units
    day = _write(tmp_path / "day", {EXTRA[0]: EXTRA[1]})
    scans.clear()
    _, err = _ok("build", day, "--store", store)
    assert _counts(err)[0] == 1
    assert scans == []  # only added: neither the units nor the articles are read back
    shutil.copy(day / EXTRA[0], folder / EXTRA[0])
    _ok("build", folder, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()

    def kept() -> tuple[dict[str, tuple[str, str]], set[str]]:
        with Store(store, write=True) as opened:
            assert opened._units is not None
            return opened.articles(), set(opened._units)

    assert kept() == _scanned(store)
    # an edit drops a graph: the units it named may be named by no other, so they are
    # found again by a pass; the store still equals a fresh build
    (folder / "a3-ke-hoach.txt").write_text(EDITED.replace("Quảng Trị", "Hà Tĩnh"), "utf-8")
    scans.clear()
    _, err = _ok("build", folder, "--store", store)
    assert _counts(err)[1] == 1 and scans == ["units"]
    _ok("build", folder, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()
    assert kept() == _scanned(store)
    # so does a removal, and it saves what it found for the next run
    _ok("remove", "--store", store, "a1-chi-thi-18.txt")
    assert kept() == _scanned(store)
    (folder / "a1-chi-thi-18.txt").unlink()
    _ok("build", folder, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()
    # saved figures that cannot be read are not trusted: the graphs are read again, and
    # units no run saved are found by a pass when the reference graph is next refreshed
    stats = store / "policygraph-stats.json"
    for damaged in ('{"articles": {"x": 1}, "units": "2024-1"}', "not json", "[]"):
        stats.write_text(damaged, encoding="utf-8")
        expected = _scanned(store)[0]
        with Store(store, write=True) as opened:
            assert opened._units is None
            assert opened.articles() == expected
    scans.clear()
    _, err = _ok(
        "build",
        _write(tmp_path / "day2", {"a7.txt": ARTICLES["a4-vinh-linh.txt"]}),
        "--store",
        store,
    )
    assert _counts(err)[0] == 1 and scans == ["contentHash", "extractorVersion", "units"]
    assert kept() == _scanned(store)
    # units saved by another extractor version are not trusted (its gazetteer may differ)
    stats.write_text(stats.read_text("utf-8").replace('"version": "', '"version": "0+x'), "utf-8")
    expected = _scanned(store)[0]
    with Store(store, write=True) as opened:
        assert opened._units is None and opened.articles() == expected


def test_articles_added_day_by_day_give_the_store_of_one_build(tmp_path: Path) -> None:
    # Adding articles only adds units, and then only what the new units bring is compared
    # with the reference graph (the reference of a set of units is the union of each
    # unit's). Days of generated articles, each naming places of its own and places named
    # before, must end in exactly the store one build of them all makes.
    every = generated_articles(tmp_path / "gen", 36)
    names = sorted(every.iterdir())
    store = tmp_path / "S"
    for day, start in enumerate(range(0, 36, 9)):
        folder = tmp_path / f"day{day}"
        folder.mkdir()
        for path in names[start : start + 9]:
            shutil.copy(path, folder / path.name)
        _, err = _ok("build", folder, "--store", store)
        assert _counts(err)[0] == 9
        assert _triples_said(err) == _recount(store)
    _ok("build", every, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()
    _union_holds(store)


def test_a_store_is_compacted_after_large_writes_not_after_each_small_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # compaction is a pass over the whole store: due once the articles written since the
    # last one reach a tenth of those held, so small daily additions add up to one
    done: list[bool] = []
    real = Store.compact_if_due

    def spy(self: Store) -> bool:
        done.append(real(self))
        return done[-1]

    monkeypatch.setattr(Store, "compact_if_due", spy)
    folder = generated_articles(tmp_path / "gen", 30)
    store = tmp_path / "S"
    _ok("build", folder, "--store", store)
    assert done == [True]  # a first build
    _ok("build", folder, "--store", store)
    assert done == [True]  # nothing changed: not even asked
    day = tmp_path / "day"
    for number, expected in ((1, False), (2, False), (3, False), (4, True), (5, False)):
        _write(day, {f"tin-{number}.txt": EXTRA[1]})
        _ok("build", day, "--store", store)
        assert done[-1] is expected, (number, done)
    assert len(_sources(store)) == 35
    _union_holds(store)


def test_remove_of_an_unknown_article_fails_in_one_line(tmp_path: Path, articles: Path) -> None:
    store = tmp_path / "S"
    _ok("build", articles, "--store", store)
    before = _graphs(store)
    code, out, err = _cli("remove", "--store", store, "khong-co-bai-nay.txt")
    assert (code, out) == (1, "")
    _one_line_error(err, "khong-co-bai-nay.txt")
    assert _graphs(store) == before


# ---------------------------------------------------------------------- 4. killed builds


def _lock_held(store: Path) -> bool:
    try:
        return "pid" in (store / LOCK).read_text(encoding="utf-8")
    except OSError:
        return False


def _journal_says(store: Path, articles: bool) -> bool:
    """The journal exists and names articles (a batch is being written) or none (the
    articles are in, the reference graph is being recomputed)."""
    try:
        text = (store / JOURNAL).read_text(encoding="utf-8")
    except OSError:
        return False
    return bool(text) and ('"articles": []' in text) != articles


@pytest.mark.parametrize("moment", ["extracting", "writing articles", "writing the reference"])
def test_killed_store_build_leaves_whole_articles_and_resumes(
    tmp_path: Path, big: Path, big_clean: dict[str, frozenset[str]], moment: str
) -> None:
    store = tmp_path / "S"
    process = _spawn("build", big, "--store", store, "-j", "1")
    if moment == "writing articles":
        caught = _wait_for(lambda: _journal_says(store, articles=True), process, 60)
    elif moment == "writing the reference":
        caught = _wait_for(lambda: _journal_says(store, articles=False), process, 60)
    else:  # the store is open for writing, nothing written yet
        caught = _wait_for(lambda: _lock_held(store), process, 60)
        caught = caught and not _wait_for(lambda: False, process, 0.5)
    _kill(process)
    assert caught and process.returncode == -signal.SIGKILL, "the build ended before the kill"
    journal_left = (store / JOURNAL).exists()
    # opening the store works (a killed build's journal is undone on opening)
    out, _ = _ok("query", "--store", store, "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert out.strip()
    graphs = _graphs(store)
    hashes = _hashes(store)
    articles = set(graphs) - {str(REFERENCE_GRAPH)}
    print(f"killed at {moment}: journal {journal_left}, {len(articles)} articles kept")
    assert articles <= set(hashes), "a graph without its content hash"
    for name in articles:
        assert graphs[name] == big_clean[name], f"{name} is half there"
    _union_holds(store)  # nothing of a half-loaded batch is left in the union either
    rerun = subprocess.run(
        [POLICYGRAPH, "build", big, "--store", store, "-j", "1"], capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr
    new, changed, unchanged = _counts(rerun.stderr)
    assert new + changed + unchanged == 150 and unchanged == len(articles)
    assert _graphs(store) == big_clean
    _union_holds(store)


@pytest.mark.parametrize("after", ["taking the old graphs out", "loading the new ones"])
def test_a_replacement_stopped_half_way_is_undone_on_opening(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, after: str
) -> None:
    # A replaced graph is removed before its new version is loaded, and its union copies
    # are checked only after: a build stopped between the two leaves union triples no
    # graph states. The journal names the batch, so the next opening takes the batch's
    # graphs out and sweeps the union; the next build redoes them.
    store = tmp_path / "S"
    _ok("build", folder, "--store", store)
    before = _graphs(store)
    (folder / "a2-nghi-quyet-39.txt").write_text(EDITED, encoding="utf-8")
    (folder / "a5-ba-long.txt").write_text(EXTRA[1], encoding="utf-8")

    class Stopped(Exception):
        pass

    def stop(*args: object) -> bool:
        raise Stopped(after)

    # _wrote comes after the old graphs are out; _stated_elsewhere once the new are in
    monkeypatch.setattr(
        Store, "_wrote" if after.startswith("taking") else "_stated_elsewhere", stop
    )
    with pytest.raises(Stopped):
        _cli("build", folder, "--store", store)
    monkeypatch.undo()
    assert (store / JOURNAL).exists()
    with Store(store, write=True):  # the next opening undoes the batch
        pass
    _union_holds(store)
    after_stop = _graphs(store)
    edited = {
        i for i, n in _sources(store).items() if n in ("a2-nghi-quyet-39.txt", "a5-ba-long.txt")
    }
    assert not edited  # the batch's articles are out, to be redone
    assert {n: g for n, g in after_stop.items() if n != str(REFERENCE_GRAPH)} == {
        n: g for n, g in before.items() if n in after_stop and n != str(REFERENCE_GRAPH)
    }
    assert len(after_stop) == len(before) - 2
    _, err = _ok("build", folder, "--store", store)
    assert _counts(err) == (2, 0, 3)
    _union_holds(store)
    _ok("build", folder, "-o", tmp_path / "fresh.trig")
    assert _dump(store) == (tmp_path / "fresh.trig").read_bytes()


def test_killed_file_build_leaves_the_earlier_file(tmp_path: Path, big: Path) -> None:
    target = tmp_path / "x.trig"
    target.write_bytes(b"# an earlier graph\n")
    process = _spawn("build", big, "-o", target, "--no-validate")
    finished = _wait_for(lambda: False, process, 3.0)
    _kill(process)
    assert not finished and process.returncode == -signal.SIGKILL, "ended before the kill"
    assert target.read_bytes() == b"# an earlier graph\n"


# ---------------------------------------------------------------------- 5. one writer


def test_a_store_in_use_refuses_a_second_build_and_queries(
    tmp_path: Path, big: Path, articles: Path
) -> None:
    store = tmp_path / "S"
    process = _spawn("build", big, "--store", store, "-j", "1")
    try:
        held = _wait_for(lambda: _lock_held(store), process, 60)
        assert held, "the build never took the lock"
        code, out, err = _cli("build", articles, "--store", store)
        assert (code, out) == (1, "")
        _one_line_error(err, str(store), "in use", str(process.pid))
        code, out, err = _cli("query", "--store", store, "--name", "documents")
        assert (code, out) == (1, "")
        _one_line_error(err, str(store), "in use")
        assert process.poll() is None, "the build ended during the checks: not a test of the lock"
    finally:
        _kill(process)


# ---------------------------------------------------------------------- 6. bad store paths


def test_a_file_is_not_a_store(tmp_path: Path, articles: Path) -> None:
    target = tmp_path / "S"
    target.write_bytes(b"not a store\n")
    code, out, err = _cli("build", articles, "--store", target)
    assert (code, out) == (1, "")
    _one_line_error(err, str(target))
    assert target.read_bytes() == b"not a store\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["S"]


@pytest.mark.parametrize("command", ["build", "query"])
def test_a_folder_of_other_things_is_not_a_store(
    tmp_path: Path, articles: Path, command: str
) -> None:
    target = tmp_path / "S"
    target.mkdir()
    (target / "ghi-chu.txt").write_text("Huyện ủy Đakrông\n", encoding="utf-8")
    if command == "build":
        code, out, err = _cli("build", articles, "--store", target)
    else:
        code, out, err = _cli("query", "--store", target, "--name", "documents")
    assert (code, out) == (1, "")
    _one_line_error(err, str(target), "not a policygraph store")
    assert sorted(p.name for p in target.iterdir()) == ["ghi-chu.txt"]


@pytest.mark.parametrize("command", ["query", "validate", "draw", "export", "remove"])
def test_a_missing_store_fails_in_one_line(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "khong-co"
    args: dict[str, list[str | Path]] = {
        "query": ["query", "--store", missing, "--name", "documents"],
        "validate": ["validate", "--store", missing],
        "draw": ["draw", "--store", missing, "-o", tmp_path / "x.svg"],
        "export": ["export", "--store", missing, "--to", "graphml", "-o", tmp_path / "g.graphml"],
        "remove": ["remove", "--store", missing, "a1-chi-thi-18.txt"],
    }
    code, out, err = _cli(*args[command])
    assert (code, out) == (1, "")
    _one_line_error(err, str(missing), "no such store")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- 7. reading a store


# parameters for the named queries that take some, with values the built store holds
_PARAMS = {
    "mentions-of": ["--param", "name=18/2000/CT-TTg"],
    "units-of": ["--param", "unit=2024-467", "--param", "date=2021-06-01"],
}
_NAMED = [name for name, _ in list_queries()]


@pytest.mark.parametrize("name", _NAMED)
def test_query_on_a_store_gives_the_file_rows(built: tuple[Path, Path], name: str) -> None:
    """Every named query gives the same rows, in the same order, from Oxigraph (the store)
    and rdflib (the file): the queries are written for the store's speed, not for one
    engine's reading of them."""
    store, trig = built
    params = _PARAMS.get(name, [])
    from_store, _ = _ok("query", "--store", store, "--name", name, "--format", "csv", *params)
    from_file, _ = _ok("query", trig, "--name", name, "--format", "csv", *params)
    assert from_store == from_file
    if name != "conflicts":  # the articles cite no key twice with different issuers
        assert len(from_store.splitlines()) > 1


def test_draw_export_validate_a_store(tmp_path: Path, built: tuple[Path, Path]) -> None:
    import networkx as nx

    store, trig = built
    _ok("draw", "--store", store, "-o", tmp_path / "x.svg")
    assert b"<svg" in (tmp_path / "x.svg").read_bytes()
    _ok("export", "--store", store, "--to", "graphml", "-o", tmp_path / "s.graphml")
    _ok("export", trig, "--to", "graphml", "-o", tmp_path / "f.graphml")
    from_store = nx.read_graphml(tmp_path / "s.graphml")
    from_file = nx.read_graphml(tmp_path / "f.graphml")
    assert from_store.number_of_nodes() > 0
    assert set(from_store.nodes) == set(from_file.nodes)
    assert set(from_store.edges) == set(from_file.edges)
    out, _ = _ok("validate", "--store", store)
    assert out.strip() == f"{store}: conforms to the shapes"


def test_open_store_dataset_equals_the_file(built: tuple[Path, Path]) -> None:
    store, trig = built
    with api.open_store(store) as opened:
        dataset = opened.dataset()
    loaded = Dataset()
    loaded.parse(trig, format="trig")
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert names == {g.identifier for g in loaded.graphs() if len(g)}
    for name in names:
        assert isinstance(name, URIRef)
        assert set(dataset.graph(name)) == set(loaded.graph(name)), name


def test_an_open_store_is_taken_where_a_dataset_is(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    # the library's verbs take the store itself, as the command line's --store does
    import networkx as nx

    store, trig = built
    loaded = api.load_graph(trig)
    with api.open_store(store) as opened:
        network = api.to_networkx(opened)
        assert api.validate(opened).conforms
        api.export(opened, "graphml", tmp_path / "s.graphml")
        api.draw(opened, tmp_path / "s.svg", focus="39-NQ/TW")
        api.draw_timeline(opened, tmp_path / "t.svg")
    from_file = api.to_networkx(loaded)
    assert network.number_of_nodes() > 0
    assert set(network.nodes) == set(from_file.nodes)
    assert sorted(network.edges(keys=False)) == sorted(from_file.edges(keys=False))
    assert set(nx.read_graphml(tmp_path / "s.graphml").nodes) == set(from_file.nodes)
    assert (tmp_path / "s.svg").read_text().startswith("<?xml")
    assert (tmp_path / "t.svg").stat().st_size > 0


# ---------------------------------------------------------------------- 8. an endpoint


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tests.test_endpoint import _oxigraph  # starts `oxigraph serve --union-default-graph`

    with _oxigraph(tmp_path_factory.mktemp("oxigraph") / "store") as base:
        yield base


def _rows(csv: str) -> tuple[str, set[str]]:
    lines = csv.splitlines()
    return lines[0], set(lines[1:])


def test_build_query_remove_on_an_endpoint(
    server: str, articles: Path, built: tuple[Path, Path]
) -> None:
    store, trig = built
    point = Endpoint(server, timeout=30)
    for name in point.graph_names():
        point.delete_graph(name)
    _, err = _ok("build", articles, "--endpoint", server)
    assert _counts(err) == (5, 0, 0)
    for name in ("documents", "places", "agencies"):
        remote, _ = _ok("query", "--endpoint", server, "--name", name, "--format", "csv")
        local, _ = _ok("query", trig, "--name", name, "--format", "csv")
        assert _rows(remote) == _rows(local), name
    _, err = _ok("build", articles, "--endpoint", server)
    assert _counts(err) == (0, 0, 5)
    iri = next(i for i, n in _sources(store).items() if n == "a3-ke-hoach.txt")
    assert iri in point.graph_names()
    out, _ = _ok("remove", "--endpoint", server, "a3-ke-hoach.txt")
    assert out.splitlines() == [iri]
    names = point.graph_names()
    assert iri not in names and str(REFERENCE_GRAPH) in names
    assert len(names) == 5  # four articles and the reference graph
    places, _ = _ok("query", "--endpoint", server, "--name", "places", "--format", "csv")
    assert "Hương Sơn" not in places and "Ba Lòng" in places


# ---------------------------------------------------------------------- 10. progress


def test_progress_bar_and_rate(tmp_path: Path, articles: Path) -> None:
    _, err = _ok("build", articles, "--store", tmp_path / "S", "--progress")
    assert " articles [" in err or " articles/s]" in err, err  # tqdm's bar
    summary = err.strip().splitlines()[-1]
    assert summary.startswith(f"built store {tmp_path / 'S'}: 5 articles"), summary
    assert summary.endswith("articles/s"), summary
    _, quiet = _ok("build", articles, "--store", tmp_path / "S", "--no-progress")
    assert len(quiet.strip().splitlines()) == 1


def test_a_big_store_is_drawn_around_a_focus(
    tmp_path: Path, built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store too big to load whole is refused for drawing in one line; with --focus only
    the articles that name the focus are loaded, and the picture holds the focus."""
    store, trig = built
    monkeypatch.setattr(cli, "WHOLE_STORE_LIMIT", 10)
    code, _, err = _cli("draw", "--store", store, "-o", tmp_path / "all.svg")
    assert code == 2
    _one_line_error(err, str(store), "too many", "--focus")
    assert not (tmp_path / "all.svg").exists()
    _ok("draw", "--store", store, "--focus", "18/2000/CT-TTg", "-o", tmp_path / "f.html")
    _ok("draw", trig, "--focus", "18/2000/CT-TTg", "-o", tmp_path / "t.html")
    page = (tmp_path / "f.html").read_text(encoding="utf-8")
    assert "18/2000/CT-TTg" in page
    hostile = 'x" } ; DROP ALL #'
    code, _, err = _cli("draw", "--store", store, "--focus", hostile, "-o", tmp_path / "n.svg")
    assert code == 1
    _one_line_error(err, "no article names")
    assert _ok("query", "--store", store, "--name", "documents", "--format", "csv")[0]


def _damage(store: Path) -> str:
    """Take the first article's source name out of the store (which the shapes require), by
    hand; the article graph's IRI."""
    graph = sorted(_hashes(store))[0]
    db = ox.Store(str(store / "oxigraph"))
    db.update(
        f"DELETE WHERE {{ GRAPH <{graph}> {{ <{graph}> "
        "<https://w3id.org/policygraph/ontology#sourceName> ?n } }"
    )
    db.flush()
    del db  # closes the database
    return graph


def test_validate_a_store_part_by_part_finds_a_bad_article(tmp_path: Path, articles: Path) -> None:
    """Validation of a store goes part by part; a violation in one article is reported with
    its article graph, and the exit status says so."""
    store = tmp_path / "store"
    _ok("build", articles, "--store", store)
    graph = _damage(store)
    code, out, err = _cli("validate", "--store", store)
    assert code == 1
    assert graph in out and "pg:sourceName" in out
    assert "1 violations" in err


def test_build_validate_into_a_store_checks_the_graphs_it_wrote(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``build --store --validate`` checks the article graphs this run wrote (an earlier,
    damaged one is left to ``validate --store``), and a violation is an error that names
    the store; with an endpoint it is refused."""
    store = tmp_path / "store"
    _ok("build", folder, "--store", store)
    _damage(store)
    (folder / "new.txt").write_text(
        "Huyện Gio Linh thực hiện Chỉ thị số 05-CT/TW\n\nUBND huyện Gio Linh đã họp.\n",
        encoding="utf-8",
    )
    _, err = _ok("build", folder, "--store", store, "--validate")
    assert "1 new" in err and "conforms to the shapes" in err
    assert _cli("validate", "--store", store)[0] == 1

    from policygraph import validation

    checked: list[list[str]] = []
    real = validation.validate_store

    def failing(s: Store, names: list[str] | None = None) -> validation.ValidationReport:
        checked.append(list(names or []))
        report = real(s, names)
        return validation.ValidationReport(False, 1, "x: broken\n", report.details)

    monkeypatch.setattr(builder, "validate_store", failing)
    (folder / "new.txt").write_text("Xã Gio Sơn họp.\n", encoding="utf-8")
    with pytest.raises(builder.ValidationError, match=f"store {store}: the 1 article graphs"):
        api.build([folder], store=store, check=True)
    assert len(checked) == 1 and len(checked[0]) == 1 and checked[0][0].endswith("new-txt")
    code, _, err = _cli("build", folder, "--endpoint", "http://127.0.0.1:9/store", "--validate")
    assert code == 2
    _one_line_error(err, "--validate with an endpoint")


def test_a_rerun_does_not_read_files_it_read_unchanged(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with the size and modification time it had when the store took its article
    is not read again; an edited one is, and replaces its article."""
    from policygraph import parallel

    store = tmp_path / "S"
    api.build([folder], store=store)
    reads: list[str] = []
    real = parallel.read_file

    def counting(path: str) -> object:
        reads.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(parallel, "read_file", counting)
    summary = api.build([folder], store=store)
    assert reads == [] and summary.unchanged == summary.articles == 5
    edited = sorted(folder.iterdir())[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    summary = api.build([folder], store=store)
    assert reads == [edited.name] and (summary.replaced, summary.unchanged) == (1, 4)
    # an index that lies (a store edited behind its back) only makes files be read again
    (store / "policygraph-files.tsv").write_text("garbage\n", encoding="utf-8")
    reads.clear()
    summary = api.build([folder], store=store)
    assert len(reads) == 5 and summary.unchanged == 5
    # a build of another folder into the same store (the day's new articles) keeps what
    # the index knows of the first folder
    day = _write(tmp_path / "day", {EXTRA[0]: EXTRA[1]})
    summary = api.build([day], store=store)
    assert summary.added == 1
    reads.clear()
    summary = api.build([folder, day], store=store)
    assert reads == [] and summary.unchanged == 6
