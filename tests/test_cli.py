"""The command line through its real entry point: contract, help, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from policygraph.cli import _parser

COMMANDS = ("extract", "build", "query", "draw", "export")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policygraph", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def test_every_command_has_help() -> None:
    parser = _parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert set(COMMANDS) <= set(subparsers.choices)  # type: ignore[arg-type]
    for name in COMMANDS:
        result = run(name, "--help")
        assert result.returncode == 0
        assert "usage: policygraph " + name in result.stdout


def test_the_package_and_its_query_path_start_without_spacy_or_networkx() -> None:
    # a query, a draw or an export command must not pay for spaCy (a second to import) nor
    # networkx before it needs them: they are imported where a text is read or a network made
    code = (
        "import sys, policygraph, policygraph.cli, policygraph.query, policygraph.store;"
        " print(sorted(m for m in ('spacy', 'networkx') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    # ... and the verbs still reach them
    code = (
        "import policygraph as pg; e = pg.extract(pg.read_text('UBND xã Ba Lòng họp.', 'a'));"
        " print([a.name for a in e.organizations])"
    )
    check = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert check.stdout.strip() == "['Ủy ban nhân dân xã Ba Lòng']", check.stderr


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("policygraph: error:")]
    assert len(errors) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in errors[0]


def test_unknown_path_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run("extract", str(tmp_path / "nope.txt")), "nope.txt", "no such file")
    assert_one_line_error(
        run("build", str(tmp_path / "nope"), "-o", str(tmp_path / "g.ttl")), "nope"
    )
    assert not (tmp_path / "g.ttl").exists()


def test_empty_file_is_named_and_the_exit_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("extract", str(tmp_path / "empty.txt"))
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "g.ttl"))
    assert_one_line_error(result, "nothing to build")
    assert not (tmp_path / "g.ttl").exists()


def test_build_query_and_errors(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Huyện Vĩnh Linh triển khai Chỉ thị 05\n\nNgày đăng: 02/03/2022 10:00\n\n"
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, UBND huyện Vĩnh Linh "
        "đã tổ chức hội nghị tại xã Vĩnh Thạch.\n",
        encoding="utf-8",
    )
    graph = tmp_path / "graph.ttl"
    built = run("build", str(article), "-o", str(graph))
    assert built.returncode == 0, built.stderr
    assert "1 articles" in built.stderr
    result = run("query", str(graph), "--name", "documents", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [row["key"]["value"] for row in rows] == ["05-CT/TW"]

    bad = run("query", str(graph), "-e", "SELECT ?s WHERE { ?s ?p }")
    assert_one_line_error(bad, "line 1")
    rq = tmp_path / "broken.rq"
    rq.write_text("SELECT ?x\nWHERE {\n  ?x ?y\n}\n", encoding="utf-8")
    assert_one_line_error(run("query", str(graph), "-f", str(rq)), "broken.rq", "line")
    assert_one_line_error(
        run("query", str(tmp_path / "missing.ttl"), "--name", "documents"), "missing.ttl"
    )


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = run("query", "--name", "documents")
    assert result.returncode == 2
    result = run("build", "x.txt", "-o", str(tmp_path / "graph.xyz"))
    assert result.returncode == 2
    assert "unknown graph format" in result.stderr


@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_extract_formats(tmp_path: Path, fmt: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Tiêu đề\n\nUBND tỉnh Quảng Trị ban hành Quyết định số 12/QĐ-UBND ngày 3/1/2020.\n",
        encoding="utf-8",
    )
    result = run("extract", str(article), "--format", fmt)
    assert result.returncode == 0, result.stderr
    if fmt == "jsonl":
        record = json.loads(result.stdout)
        assert set(record) >= {
            "file",
            "title",
            "date",
            "author",
            "publisher",
            "documents",
            "places",
            "organizations",
        }
        doc = record["documents"][0]
        assert set(doc) >= {
            "key",
            "type",
            "issuer",
            "date",
            "complete",
            "relation",
            "surface",
            "start",
            "end",
        }
        assert article.read_text(encoding="utf-8")[doc["start"] : doc["end"]] == doc["surface"]
    else:
        assert "12/QĐ-UBND" in result.stdout


def test_validate_reports_node_rule_and_article(tmp_path: Path) -> None:
    from rdflib import Dataset, Namespace

    from .conftest import EXAMPLES

    graph = tmp_path / "graph.trig"
    assert run("build", str(EXAMPLES), "-o", str(graph)).returncode == 0
    assert run("validate", str(graph)).returncode == 0
    dataset = Dataset()
    dataset.parse(graph, format="trig")
    quote = Namespace("http://www.w3.org/ns/oa#").exact
    victim = sorted(dataset.quads((None, quote, None, None)))[0]
    dataset.remove(victim)
    broken = tmp_path / "broken.trig"
    dataset.serialize(broken, format="trig")
    result = run("validate", str(broken))
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    node, context = str(victim[0]), victim[3]
    article = str(context.identifier if hasattr(context, "identifier") else context)
    assert node.rsplit("/", 3)[-3] in line and article.rsplit("/", 1)[-1] in line
    assert "pgsh:Selector sh:MinCountConstraintComponent oa:exact" in line
    assert "1 violations" in result.stderr


def test_a_spaced_symbol_is_listed_as_a_variant_of_its_key(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Tiêu đề\n\nThực hiện Kết luận số 100 - KL/TW của Ban Bí thư; Kết luận số 100-KL/TW"
        " được học tập.\n",
        encoding="utf-8",
    )
    result = run("extract", str(article), "--format", "jsonl")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    (doc,) = record["documents"]
    assert doc["key"] == "100-KL/TW"
    assert doc["variant"] == ["100 - KL/TW"]  # the written form differs by its spaces


def test_a_build_that_cannot_write_one_output_writes_none(tmp_path: Path) -> None:
    from .conftest import EXAMPLES

    first = tmp_path / "graph.ttl"
    first.write_text("# the graph of an earlier run\n", encoding="utf-8")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder is needed\n", encoding="utf-8")
    result = run("build", str(EXAMPLES), "-o", str(first), "-o", str(blocked / "g.trig"))
    assert_one_line_error(result, "g.trig", "cannot write")
    assert first.read_text(encoding="utf-8") == "# the graph of an earlier run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "not-a-folder"]


def test_query_file_and_row_cap_errors(tmp_path: Path) -> None:
    from .conftest import EXAMPLES

    graph = tmp_path / "g.ttl"
    assert run("build", str(EXAMPLES), "-o", str(graph)).returncode == 0
    binary = tmp_path / "q.rq"
    binary.write_bytes(b"\xff\xfe\x00SELECT")
    assert_one_line_error(run("query", str(graph), "-f", str(binary)), "q.rq", "not UTF-8")
    result = run("query", str(graph), "--name", "relations", "--max-rows", "-1")
    assert result.returncode == 2 and "--max-rows" in result.stderr
    # the prefixed form the tables print may be given back
    asked = [
        run("query", str(graph), "--name", "units-of", "--format", "csv", "--param", unit,
            "--param", "date=2021-06-01").stdout
        for unit in ("unit=pgid:unit/2024/467", "unit=2024-467")
    ]
    assert asked[0] == asked[1] and len(asked[0].splitlines()) > 1


def test_an_unknown_output_format_is_a_usage_error_in_every_command(tmp_path: Path) -> None:
    from .conftest import EXAMPLES

    graph = tmp_path / "g.ttl"
    assert run("build", str(EXAMPLES), "-o", str(graph)).returncode == 0
    for args in (
        ("build", str(EXAMPLES), "-o", str(tmp_path / "g.rdf")),
        ("draw", str(graph), "-o", str(tmp_path / "g.jpg")),
        ("export", str(graph), "--to", "gexf2", "-o", str(tmp_path / "g.x")),
    ):
        assert run(*args).returncode == 2, args


def test_draw_options_that_would_be_ignored_are_usage_errors(tmp_path: Path) -> None:
    from .conftest import EXAMPLES

    graph = tmp_path / "g.ttl"
    assert run("build", str(EXAMPLES), "-o", str(graph)).returncode == 0
    for args, says in (
        (("--top", "3"), "needs --timeline"),
        (("--timeline", "document", "--top", "0"), "--top 0"),
        (("--focus", "100-KL/TW", "--depth", "-1"), "--depth -1"),
    ):
        result = run("draw", str(graph), "-o", str(tmp_path / "d.png"), *args)
        assert result.returncode == 2 and says in result.stderr, args
        assert not (tmp_path / "d.png").exists()
    result = run("draw", str(graph), "-o", str(tmp_path / "d.png"), "--timeline", "document",
                 "--top", "2")
    assert result.returncode == 0 and (tmp_path / "d.png").exists()


def test_a_build_of_only_unusable_inputs_says_why(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "g.ttl"))
    assert result.returncode == 1
    assert "no usable input texts (2 unusable; the first:" in result.stderr
    assert "a.txt: empty file" in result.stderr
    assert not (tmp_path / "g.ttl").exists()


def test_paths_may_follow_options_and_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, place in (("a.txt", "huyện Đakrông"), ("b.txt", "huyện Hướng Hóa")):
        (folder / name).write_text(
            f"Tin địa phương\n\nUBND {place} triển khai Kế hoạch số 12/KH-UBND.\n",
            encoding="utf-8",
        )
    graph = tmp_path / "g.ttl"
    # a path after -o, and b.txt both inside the folder and named again
    result = run("build", str(folder / "a.txt"), "-o", str(graph), str(folder))
    assert result.returncode == 0, result.stderr
    assert "2 articles" in result.stderr
    result = run("extract", str(folder / "b.txt"), "--format", "jsonl", str(folder / "a.txt"))
    assert result.returncode == 0, result.stderr
    names = [json.loads(line)["file"] for line in result.stdout.splitlines()]
    assert [Path(name).name for name in names] == ["b.txt", "a.txt"]


def test_a_new_store_that_would_hold_nothing_is_not_left_behind(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    store = tmp_path / "store"
    assert_one_line_error(run("build", str(tmp_path / "bad.txt"), "--store", str(store)), "nothing")
    assert not store.exists()
