"""The HTML page as a person sees it: opened in headless Chromium, without network.

Chromium (Debian's ``chromium`` package, /usr/bin/chromium) runs with ``--dump-dom`` (the
DOM after the page script ran) and ``--screenshot``; every host name resolves to nothing, so
a page that tried to fetch anything would show it. The tests SKIP when Chromium is missing.

Screenshots are kept: in ``$PG_ARTIFACTS/screenshots/`` when the environment variable
``PG_ARTIFACTS`` is set (``PG_ARTIFACTS=outputs make test`` → ``outputs/screenshots/``),
otherwise in pytest's temporary folder; the path is printed (``pytest -s``) and attached to
the test report as the ``screenshots`` property.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest
from rdflib import Dataset

from policygraph.draw import COLOURS, draw
from policygraph.export import to_networkx
from policygraph.graph import build_graph
from policygraph.models import DocumentRef, Extraction, Place, SourceText
from tests._graph_data import extraction_a, extraction_b, gazetteer, mention

_CHROMIUM = "/usr/bin/chromium"
_WINDOW = (1400, 900)

# An article without a date, written for these tests.
_TEXT_UNDATED = (
    "Ban Thường vụ Huyện ủy Đakrông tiếp tục thực hiện Kết luận 100-KL/TW "
    "tại xã Tà Rụt trong năm nay."
)


def _undated() -> Extraction:
    t = _TEXT_UNDATED
    return Extraction(
        source=SourceText(name="khong-ngay.txt", text=t),
        documents=(
            DocumentRef(
                key="100-KL/TW",
                type="Kết luận",
                number="100",
                symbol="KL/TW",
                party=True,
                mentions=(mention(t, "Kết luận 100-KL/TW"),),
            ),
        ),
        places=(Place(name="Tà Rụt", level="xã", mentions=(mention(t, "xã Tà Rụt"),)),),
        organizations=(),
        province="Quảng Trị",
        district="Đakrông",
    )


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or (_CHROMIUM if os.path.exists(_CHROMIUM) else None)
    if path is None:
        pytest.skip("headless Chromium is not installed (/usr/bin/chromium: "
                    "apt-get install chromium)")
    return path


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_graph([extraction_a(), extraction_b(), _undated()], gazetteer())


@pytest.fixture(scope="module")
def page(dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return draw(dataset, tmp_path_factory.mktemp("page") / "graph.html")


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = os.environ.get("PG_ARTIFACTS")
    folder = Path(root) / "screenshots" if root else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder.resolve()}")
    return folder


Run = Callable[..., str]


@pytest.fixture()
def browse(chromium: str, tmp_path: Path) -> Iterator[Run]:
    def run(page: Path, fragment: str = "", *, screenshot: Path | None = None) -> str:
        url = page.resolve().as_uri() + (("#" + quote(fragment, safe="=&/,")) if fragment else "")
        command = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp_path / 'profile'}",
            f"--window-size={_WINDOW[0]},{_WINDOW[1]}", "--virtual-time-budget=3000",
        ]
        command += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
        done = subprocess.run([*command, url], capture_output=True, text=True, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        if screenshot:
            assert screenshot.exists(), done.stderr[-2000:]
        return done.stdout

    yield run


class _Dom(HTMLParser):
    """The node elements (id → classes), the details panel text and its HTML attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: dict[str, set[str]] = {}
        self.urls: list[str] = []
        self.depth = 0  # > 0 while inside #details or #hits
        self.panel: list[str] = []
        self.marks: list[str] = []
        self._in_mark = False
        self.ready = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "body" and a.get("data-ready") == "1":
            self.ready = True
        if "data-node-id" in a and "node" in a.get("class", "").split():
            self.nodes[a["data-node-id"]] = set(a["class"].split())
        self.urls += [a[k] for k in ("src", "href") if k in a]
        if a.get("id") in ("details", "hits"):
            self.depth = 1
        elif self.depth:
            self.depth += 1
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.panel.append(data)
        if self._in_mark:
            self.marks.append(data)


def _dom(text: str) -> _Dom:
    parsed = _Dom()
    parsed.feed(text)
    assert parsed.ready, "the page script did not finish"
    return parsed


def _types(dataset: Dataset) -> dict[str, str]:
    return {str(n): str(a["type"]) for n, a in to_networkx(dataset).nodes(data=True)}


def test_page_renders_one_element_per_network_node(
    dataset: Dataset, page: Path, browse: Run
) -> None:
    dom = _dom(browse(page))
    network = to_networkx(dataset)
    assert len(dom.nodes) == network.number_of_nodes()
    assert set(dom.nodes) == {str(n) for n in network.nodes}
    assert not [n for n, c in dom.nodes.items() if "hidden" in c]  # all shown at first


def test_focus_page_renders_the_neighbourhood(
    dataset: Dataset, tmp_path: Path, browse: Run
) -> None:
    focused = draw(dataset, tmp_path / "focus.html", focus="218-QĐ/TW", depth=1)
    dom = _dom(browse(focused))
    labels = {n: str(a["label"]) for n, a in to_networkx(dataset).nodes(data=True)}
    shown = {labels[n] for n in dom.nodes}
    assert "Quyết định 218-QĐ/TW" in shown and "Bộ Chính trị" in shown
    assert "Chỉ thị 18/2000/CT-TTg" not in shown  # two steps away


def test_page_loads_nothing_from_the_network(page: Path, browse: Run) -> None:
    static = page.read_text("utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", static, re.I)
    assert not re.search(r"@import|url\(", static)
    # after the script filled the details panel (the article's url is shown as text only)
    dom = _dom(browse(page, "search=Huyện ủy Đakrông quán triệt"))
    assert dom.panel, "the search selected nothing"
    assert not [u for u in dom.urls if re.match(r"\s*(?:https?:)?//", u, re.I)], dom.urls


@pytest.mark.parametrize("query", ["217-QĐ/TW", "217-qd/tw", "Quyết định 217"])
def test_search_in_the_url_highlights_the_document_and_shows_its_sentence(
    page: Path, browse: Run, query: str
) -> None:
    dom = _dom(browse(page, f"search={query}"))
    hits = [n for n, c in dom.nodes.items() if "hit" in c]
    selected = [n for n, c in dom.nodes.items() if "selected" in c]
    assert len(hits) == 1 and "217-qd_tw" in hits[0]
    assert selected == hits
    panel = " ".join(dom.panel)
    assert "1 kết quả" in panel and "Quyết định 217-QĐ/TW" in panel
    assert "Bộ Chính trị" in panel  # issuer among the attributes and links
    assert "217-QĐ/TW" in dom.marks  # the quote, highlighted inside its sentence
    assert "quán triệt Quyết định" in panel  # the sentence (a test sentence, not corpus text)
    others = [n for n, c in dom.nodes.items() if "dim" in c]
    assert len(others) == len(dom.nodes) - 1


def test_search_that_matches_nothing_selects_nothing(page: Path, browse: Run) -> None:
    dom = _dom(browse(page, "search=999-QĐ/TW"))
    assert not [n for n, c in dom.nodes.items() if {"hit", "selected"} & c]
    assert "0 kết quả" in " ".join(dom.panel)


def test_exact_key_wins_over_a_longer_key(page: Path, browse: Run) -> None:
    # "39-NQ/TW" is also inside the label of other nodes; the document itself is selected
    dom = _dom(browse(page, "search=39-NQ/TW"))
    selected = [n for n, c in dom.nodes.items() if "selected" in c]
    assert len(selected) == 1 and "39-nq_tw" in selected[0]


@pytest.mark.parametrize(
    ("fragment", "shown", "hidden"),
    [
        # 2021: only the Đakrông article; the 2020 article and what only it cites disappear
        ("from=2021&to=2021&undated=0", ["Quyết định 217-QĐ/TW", "Bộ Chính trị"],
         ["Nghị quyết 39-NQ/TW (2019)", "Kết luận 100-KL/TW"]),
        ("from=2020&to=2020&undated=0", ["Nghị quyết 39-NQ/TW (2019)", "Chỉ thị 18/2000/CT-TTg"],
         ["Quyết định 217-QĐ/TW", "Kết luận 100-KL/TW"]),
        # undated articles are kept unless undated=0
        ("from=2020&to=2020", ["Kết luận 100-KL/TW"], ["Quyết định 217-QĐ/TW"]),
        ("hide=place,agency", ["Quyết định 217-QĐ/TW"], ["Bộ Chính trị", "xã Hải Phúc"]),
    ],
)
def test_period_and_type_filters_from_the_url(
    dataset: Dataset, page: Path, browse: Run, fragment: str, shown: list[str],
    hidden: list[str]
) -> None:
    html_text = page.read_text("utf-8")
    titles = {re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<title>([^<]*)</title></g>",
                                                              html_text)}
    for label in shown + hidden:
        assert label in titles, label  # the trap nodes exist in the page
    dom = _dom(browse(page, fragment))
    by_title = dict(re.findall(
        r'data-node-id="([^"]+)"[^>]*>.*?<title>([^<]*)</title></g>', html_text))
    visible = {by_title[n] for n, c in dom.nodes.items() if "hidden" not in c}
    for label in shown:
        assert label in visible, label
    for label in hidden:
        assert label not in visible, label
    if fragment.startswith("hide="):
        types = _types(dataset)
        assert all(types[n] in ("article", "document") for n, c in dom.nodes.items()
                   if "hidden" not in c)


def _colour_share(pixels: object, colour: str) -> float:
    import numpy as np

    rgb = np.asarray(pixels)[..., :3]
    want = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return float((np.abs(rgb - want).max(axis=-1) < 0.04).mean())


def test_screenshot_shows_the_graph_legend_and_details(
    page: Path, browse: Run, shots: Path, record_property: Callable[[str, object], None]
) -> None:
    import matplotlib.image as mpimg
    import numpy as np

    record_property("screenshots", str(shots.resolve()))
    full = shots / "graph.png"
    browse(page, screenshot=full)
    pixels = mpimg.imread(full)
    assert pixels.shape[:2] == (_WINDOW[1], _WINDOW[0])
    colours = np.unique(pixels[::2, ::2, :3].reshape(-1, 3).round(2), axis=0)
    assert len(colours) > 50  # text, anti-aliasing, four node colours
    assert float((pixels[..., :3].min(axis=-1) < 0.9).mean()) > 0.02  # not a white page
    for kind, colour in COLOURS.items():
        assert _colour_share(pixels, colour) > 0.0002, kind  # every type is drawn
    searched = shots / "search-217.png"
    browse(page, "search=217-QĐ/TW", screenshot=searched)
    after = mpimg.imread(searched)
    # the highlight mark behind the quote in the details panel (left column)
    assert _colour_share(after[:, :360], "#ffe08a") > 0.0005


_MEASURE = """<script>
(function () {
  var boxes = [], over = 0, out = 0;
  var svg = document.getElementById("pg-svg").getBoundingClientRect();
  document.querySelectorAll("g.node").forEach(function (g) {
    if (g.classList.contains("hidden") || g.classList.contains("nolabel")) return;
    boxes.push(g.querySelector("text").getBoundingClientRect());
  });
  boxes.forEach(function (a, i) {
    if (a.left < svg.left - 1 || a.right > svg.right + 1) out += 1;
    boxes.slice(i + 1).forEach(function (b) {
      if (a.left < b.right - 1 && b.left < a.right - 1 &&
          a.top < b.bottom - 1 && b.top < a.bottom - 1) over += 1;
    });
  });
  document.body.setAttribute("data-labels", boxes.length + " " + over + " " + out);
})();
</script>"""


def _crowd(size: int) -> nx.MultiDiGraph:
    """A made-up network: articles citing documents and mentioning communes, with long
    Vietnamese labels, dense enough that not every label fits."""
    network = nx.MultiDiGraph()
    kinds = ("document", "place", "agency")
    for i in range(size):
        kind = "article" if i < size // 10 else kinds[i % 3]
        label = {"article": f"Bài {i}: Hội nghị quán triệt nghị quyết ở huyện Đakrông",
                 "document": f"Nghị quyết {i}-NQ/TW của Bộ Chính trị",
                 "place": f"xã Hướng Hiệp {i}", "agency": f"Ủy ban nhân dân xã Ba Lòng {i}"}[kind]
        network.add_node(f"n{i:03d}", type=kind, label=label)
    for i in range(size // 10, size):
        for article in (i % (size // 10), (i * 7) % (size // 10)):
            network.add_edge(f"n{article:03d}", f"n{i:03d}", type="mentions")
    return network


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crowd")
    page = draw(_crowd(150), folder / "crowd.html")
    measured = folder / "measured.html"
    measured.write_text(page.read_text("utf-8").replace("</body>", _MEASURE + "</body>"), "utf-8")
    return measured


def _labels(dom: str) -> tuple[int, int, int]:
    found = re.search(r'data-labels="(\d+) (\d+) (\d+)"', dom)
    assert found, "the measuring script did not run"
    shown, overlaps, outside = (int(g) for g in found.groups())
    return shown, overlaps, outside


def test_visible_labels_do_not_overlap_in_the_browser(crowd: Path, browse: Run) -> None:
    shown, overlaps, outside = _labels(browse(crowd))
    assert shown >= 20  # a good part of the labels is readable at once
    assert overlaps == 0 and outside == 0


def test_zooming_in_reveals_more_labels(crowd: Path, browse: Run, shots: Path) -> None:
    at_one, _, _ = _labels(browse(crowd))
    at_four, overlaps, _ = _labels(browse(crowd, "zoom=4"))
    assert at_four > at_one
    assert overlaps <= at_four // 50  # placed for their own zoom; rare clashes allowed
    browse(crowd, screenshot=shots / "crowd.png")
    browse(crowd, "zoom=4", screenshot=shots / "crowd-zoom4.png")
