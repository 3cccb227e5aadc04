"""The input matrix of docs/INPUTS.md, through the real command line."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from policygraph.encodings import encode

from .conftest import EXAMPLES

ARTICLE = (
    "Huyện Hướng Hoá triển khai Chỉ thị 05\n\nNgày đăng: 02/03/2022 10:00\n\n"
    "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, UBND huyện Hướng Hóa "
    "đã tổ chức hội nghị tại xã Tân Hợp.\n"
)
GOOD = {
    "utf8.txt": ARTICLE.encode("utf-8"),
    "bom.txt": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    "utf16.txt": ARTICLE.encode("utf-16"),
    "cp1258.txt": encode(ARTICLE, "windows-1258"),
    "tcvn3.txt": encode(ARTICLE, "tcvn3"),
    "vni.txt": encode(ARTICLE, "vni"),
    "nfd.txt": unicodedata.normalize("NFD", ARTICLE).encode("utf-8"),
    "cut.txt": ARTICLE.encode("utf-8") + "Đ".encode()[:1],
}
ENCODINGS = {
    "utf8.txt": "utf-8",
    "bom.txt": "utf-8-sig",
    "utf16.txt": "utf-16",
    "cp1258.txt": "windows-1258",
    "tcvn3.txt": "tcvn3",
    "vni.txt": "vni",
    "nfd.txt": "utf-8",
    "cut.txt": "utf-8",
}
BAD = {
    "empty.txt": "empty file",
    "blob.txt": "binary file, not text",
    "garbled.txt": "not text in a known encoding",
    "menu.html": "no article text found",
    "huge.txt": "too large for one article",
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policygraph", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=300,
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("inputs")
    for name, data in GOOD.items():
        (root / name).write_bytes(data)
    (root / "empty.txt").write_bytes(b" \n\n")
    (root / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (root / "garbled.txt").write_bytes(b"Quy\xe1\xbb\x87t \xff\xfe\x81\x8d\x90\x9d \xc3\x28 end")
    (root / "menu.html").write_bytes(
        (Path(__file__).parent / "data" / "html" / "trang-menu.html").read_bytes()
    )
    with open(root / "huge.txt", "wb") as handle:  # sparse: 21 MB on paper, nothing on disk
        handle.truncate(21_000_000)
    (root / "page.html").write_bytes(
        (Path(__file__).parent / "data" / "html" / "bao-tinh-dan-van.html").read_bytes()
    )
    return root


def test_input_matrix(folder: Path, tmp_path: Path) -> None:
    result = run("extract", str(folder), "--format", "jsonl")
    assert result.returncode == 1
    records = {json.loads(line)["file"]: json.loads(line) for line in result.stdout.splitlines()}
    assert set(records) == set(GOOD) | {"page.html"}
    expected = None
    for name, encoding in ENCODINGS.items():
        record = records[name]
        assert record["encoding"] == encoding, name
        got = (
            [(d["key"], d["issuer"], d["date"]) for d in record["documents"]],
            [(p["name"], p["level"]) for p in record["places"]],
            [o["name"] for o in record["organizations"]],
            record["date"],
        )
        expected = expected or got
        assert got == expected, name
    assert expected and expected[0] == [("05-CT/TW", "Bộ Chính trị", "2016-05-15")]
    assert ("Hướng Hóa", "huyện") in expected[1]
    nfd = (folder / "nfd.txt").read_text(encoding="utf-8")
    for entity in records["nfd.txt"]["places"]:
        for mention in entity["mentions"]:
            assert nfd[mention["start"] : mention["end"]] == mention["surface"]
    warnings = [
        line for line in result.stderr.splitlines() if line.startswith("policygraph: warning:")
    ]
    for name, reason in BAD.items():
        assert any(f"{name}: {reason}" in w and w.endswith("skipped") for w in warnings), name
    assert any("cut.txt: truncated" in w for w in warnings)
    assert "Traceback" not in result.stderr

    graph = tmp_path / "graph.ttl"
    built = run("build", str(folder), "-o", str(graph))
    assert built.returncode == 1
    assert f"{len(GOOD) + 1} articles" in built.stderr and f"{len(BAD)} skipped" in built.stderr
    assert graph.exists()

    strict = tmp_path / "strict.ttl"
    refused = run("build", str(folder), "-o", str(strict), "--strict")
    assert refused.returncode == 1
    assert "policygraph: error:" in refused.stderr and not strict.exists()


def test_standard_input() -> None:
    result = run("extract", "-", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["file"] == "stdin" and record["documents"][0]["key"] == "05-CT/TW"
    rows = "\n".join(
        json.dumps({"id": f"a{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(2)
    )
    result = run("extract", "-", stdin=rows)
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == ["a0", "a1"]


def test_a_failed_build_leaves_the_earlier_graph(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    assert run("build", str(EXAMPLES), "-o", str(graph)).returncode == 0
    before = graph.read_bytes()
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    failed = run("build", str(tmp_path / "empty.txt"), "-o", str(graph))
    assert failed.returncode == 1
    assert graph.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_every_test_the_matrix_names_exists() -> None:
    """The matrix in docs/INPUTS.md names the tests that hold each row: they must exist."""
    import ast
    import re as _re

    from .conftest import ROOT

    doc = (ROOT / "docs" / "INPUTS.md").read_text(encoding="utf-8")
    named = _re.findall(r"`tests/(test_\w+\.py)::(test_\w+)`", doc)
    # "`tests/f.py::test_a`, `…::test_b`": the second test is in the same file
    named += _re.findall(r"`tests/(test_\w+\.py)::test_\w+`, `…::(test_\w+)`", doc)
    assert len(named) >= 10
    for file, test in named:
        tree = ast.parse((ROOT / "tests" / file).read_text(encoding="utf-8"))
        functions = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        assert test in functions, f"{file}::{test}"
