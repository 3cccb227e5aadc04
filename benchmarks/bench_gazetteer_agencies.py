"""Speed of place and agency recognition together, the way the pipeline runs them.

Run: ``.venv/bin/python benchmarks/bench_gazetteer_agencies.py [--mb 4] [--runs 5] [--corpus DIR]``

The pipeline calls ``find_places(text)`` first, then ``find_agencies(text, province=...,
district=...)`` with the province and district that ``find_places`` found. This benchmark
measures, in characters per second of CPU time on one core (best of ``--runs`` runs; CPU time
of this process, so that other programs on the machine count less):

* places alone, agencies alone (with the province/district found by the places run) and
  both together;
* on one multi-megabyte text, and on the same text cut into its articles (about 3,000
  characters each) processed one by one, as a batch of news articles is.

The text is built deterministically (fixed seed) from template sentences written for this
benchmark in the genre of local news (no corpus text): articles about one district, with a
heading, a dateline, agency and place mentions, person names, document numbers and plain prose;
the units are drawn from the packaged gazetteer. It names a place about every 170 characters
and an agency about every 200 (counted from the finders' mentions), about as densely as the
local news of the dev corpus (one place per 140, one agency per 240 characters), so the figures
are not flattered by thin text. ``--corpus DIR`` also measures the ``*.txt`` files of a folder
(each file one article), repeated to the same size (such texts are not shipped).

The import time, the gazetteer's load time and the first-call set-up (name index, regex
compilation) are measured in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from policygraph.agencies import find_agencies
from policygraph.gazetteer import Unit, load
from policygraph.places import find_places

# sentences that name places and agencies ({…} filled per article)
_NAMED = (
    "Sáng {d}/{m}, UBND huyện {district} tổ chức hội nghị sơ kết công tác cải cách hành chính"
    " sáu tháng đầu năm {y}.",
    "Đoàn công tác của Ban Dân vận Tỉnh ủy {province} đã đến thăm bà con thôn {n}, xã {c1}.",
    "Các xã {c1}, {c2} và {c3} được công nhận đạt chuẩn nông thôn mới năm {y}.",
    "Phó Chủ tịch UBND tỉnh {province} Nguyễn Văn {given} kiểm tra tiến độ dự án đường liên xã"
    " tại xã {c2}.",
    "Huyện ủy {district} ban hành kế hoạch triển khai đến các chi bộ, tổ dân phố số {n}.",
    "Theo báo cáo của Sở Nội vụ, toàn tỉnh đã tinh giản được hơn {n} biên chế trong giai đoạn"
    " vừa qua.",
    "Ủy ban MTTQ Việt Nam xã {c1} phối hợp với các đoàn thể trao {n} suất quà cho hộ nghèo.",
    "Ban Thường vụ Huyện ủy đã chỉ đạo các tổ chức cơ sở đảng nghiêm túc quán triệt Chỉ thị"
    " số {n}-CT/TW của Bộ Chính trị.",
    "Phòng Tài nguyên và Môi trường huyện {district} kiểm tra việc khai thác cát trái phép trên"
    " địa bàn xã {c3}.",
    "Tại kỳ họp, Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm tra các tờ trình.",
    "Công an tỉnh {province} đã triệt phá một đường dây buôn bán ma túy qua biên giới.",
    "Bộ Tài chính vừa có văn bản hướng dẫn các địa phương quyết toán kinh phí chương trình"
    " mục tiêu quốc gia.",
    "Thực hiện Quyết định số {n}/QĐ-TTg của Thủ tướng Chính phủ, huyện đã rà soát lại các tiêu"
    " chí nông thôn mới.",
    "Trung tâm Y tế huyện {district} đã tổ chức tiêm vắc xin cho hơn {n} trẻ em tại xã {c2}.",
    "Cục Thuế tỉnh {province} thông báo danh sách doanh nghiệp chậm nộp thuế.",
    "Bà Trần Thị {given}, Bí thư Đảng ủy xã {c3}, cho biết xã đã hoàn thành chỉ tiêu sớm.",
    "UBND các xã: {c1}, {c2} chịu trách nhiệm tổ chức lễ công bố xã đạt chuẩn.",
    "Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập khu vực phòng thủ năm {y} tại huyện {district}.",
    "Sở Giáo dục và Đào tạo phối hợp với HĐND huyện {district} khảo sát trường lớp ở thôn {n}.",
    "Liên đoàn Lao động tỉnh {province} tuyên dương {n} công nhân lao động giỏi.",
)
# sentences without names, as most of an article is (lower-case level words included)
_PLAIN = (
    "Trong năm qua, tổng giá trị sản xuất nông nghiệp tăng khoảng {m},{d}% so với cùng kỳ.",
    "Bà con đã chủ động gia cố nhà cửa, chặt tỉa cây cối để phòng tránh gió bão trong mùa mưa.",
    "Con đường bê tông mới làm giúp việc vận chuyển nông sản ra chợ thuận lợi hơn nhiều.",
    "Nhiều gia đình đã thoát nghèo nhờ nuôi bò sinh sản và trồng rừng kinh tế bền vững.",
    "Mùa mưa năm nay đến sớm, nhiều diện tích lúa ở các xã vùng trũng bị ngập úng, chính quyền"
    " đã huy động lực lượng hỗ trợ bà con thu hoạch.",
    "Đến nay, tỉ lệ hộ dân toàn huyện được sử dụng nước sạch đạt trên {m}{d}%.",
    "Tổng kinh phí thực hiện dự án hơn {n} tỷ đồng, được huy động từ nhiều nguồn khác nhau.",
    "Phong trào Dân vận khéo được triển khai rộng khắp, nhiều mô hình hay, cách làm sáng tạo"
    " đã được nhân rộng trong toàn tỉnh.",
    "Các hợp tác xã đã liên kết với doanh nghiệp để bao tiêu sản phẩm cho nông dân.",
    "Hội nghị diễn ra sáng {d}/{m}/{y} với sự tham dự của hơn {n} đại biểu.",
    "Người dân phấn khởi khi cây cầu mới hoàn thành, nối liền hai bờ con suối lớn.",
    "Trong tháng, lực lượng chức năng đã xử lý {n} trường hợp vi phạm trật tự an toàn giao"
    " thông.",
    "Đồng chí Lê Văn {given}, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo phát biểu chỉ đạo.",
    "Buổi tọa đàm diễn ra trong không khí cởi mở, nhiều ý kiến tâm huyết đã được gửi gắm.",
    "Năm học này, toàn huyện có thêm ba trường đạt chuẩn quốc gia, nâng tổng số lên {n}"
    " trường.",
)
_HEADINGS = (
    "{district}: Nâng cao hiệu quả công tác dân vận ở cơ sở",
    "{province} đẩy mạnh xây dựng nông thôn mới",
    "Hội nghị tổng kết công tác năm {y} của huyện {district}",
)
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan", "Minh", "Nam", "Tuấn")
_NAMED_SHARE = 0.4
_ARTICLE_CHARS = 3000


def _fill(
    rng: random.Random, template: str, communes: list[Unit], fields: dict[str, object]
) -> str:
    picks = [rng.choice(communes).name for _ in range(3)]
    return template.format(
        d=rng.randint(1, 28), m=rng.randint(1, 12), n=rng.randint(1, 999),
        c1=picks[0], c2=picks[1], c3=picks[2], given=rng.choice(_GIVEN), **fields,
    )


def generated_articles(target_chars: int, seed: int = 11) -> list[str]:
    """Articles of about 3,000 characters (the text is their concatenation)."""
    rng = random.Random(seed)
    gaz = load()
    districts = [
        u for u in gaz if u.vintage == "2024" and u.tier == 2 and gaz.children(u.id)
    ]
    articles: list[str] = []
    size = 0
    while size < target_chars:
        district = rng.choice(districts)
        province = gaz.province(district.id)
        communes: list[Unit] = gaz.children(district.id)
        fields: dict[str, object] = {
            "district": district.name,
            "province": province.name,
            "y": rng.randint(2015, 2024),
        }

        lines = [
            _fill(rng, rng.choice(_HEADINGS), communes, fields),
            f"{province.name}, ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)} năm"
            f" {fields['y']}",
        ]
        paragraph: list[str] = []
        length = sum(len(line) for line in lines)
        while length < _ARTICLE_CHARS:
            pool = _NAMED if rng.random() < _NAMED_SHARE else _PLAIN
            sentence = _fill(rng, rng.choice(pool), communes, fields)
            paragraph.append(sentence)
            length += len(sentence) + 1
            if len(paragraph) >= 4 and rng.random() < 0.3:
                lines.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            lines.append(" ".join(paragraph))
        article = "\n".join(lines)
        articles.append(article)
        size += len(article) + 2
    return articles


def corpus_articles(folder: Path, target_chars: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {folder}")
    return texts * max(1, target_chars // sum(len(t) + 2 for t in texts))


def _places(text: str) -> tuple[str | None, str | None]:
    found = find_places(text)
    return found.province, found.district


def _both(text: str) -> int:
    """Places, then agencies with the province and district found (as the pipeline runs)."""
    found = find_places(text)
    return len(find_agencies(text, province=found.province, district=found.district))


def _best(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def measure(label: str, articles: list[str], runs: int) -> None:
    text = "\n\n".join(articles)
    context = [_places(a) for a in articles]  # warm-up too: data loaded, regexes compiled
    whole_context = _places(text)
    found_places = find_places(text)
    found_agencies = find_agencies(
        text, province=whole_context[0], district=whole_context[1]
    )
    place_mentions = sum(len(p.mentions) for p in found_places.places)
    agency_mentions = sum(len(a.mentions) for a in found_agencies)
    mb = len(text) / 1e6
    print(
        f"{label}: {mb:.1f} M chars in {len(articles):,} articles;"
        f" {place_mentions:,} place mentions (one per {len(text) // max(place_mentions, 1)}"
        f" chars), {agency_mentions:,} agency mentions (one per"
        f" {len(text) // max(agency_mentions, 1)} chars)"
    )

    def agencies_whole() -> None:
        find_agencies(text, province=whole_context[0], district=whole_context[1])

    def agencies_articles() -> None:
        for article, (province, district) in zip(articles, context, strict=True):
            find_agencies(article, province=province, district=district)

    rows = (
        ("places alone", lambda: find_places(text), lambda: [find_places(a) for a in articles]),
        ("agencies alone", agencies_whole, agencies_articles),
        ("together", lambda: _both(text), lambda: [_both(a) for a in articles]),
    )
    print(f"  {'':16} {'one text':>12} {'per article':>12}   (M chars/s, best of {runs})")
    for name, whole, pieces in rows:
        print(
            f"  {name:16} {mb / _best(runs, whole):12.2f} {mb / _best(runs, pieces):12.2f}"
        )


def cold_load() -> tuple[float, float, float, float]:
    """Seconds, in a fresh interpreter: importing the package (spaCy included), reading the
    gazetteer, the first find_places (name index), the first find_agencies (pre-scan)."""
    code = (
        "import time\n"
        "t = time.perf_counter()\n"
        "from policygraph.gazetteer import load\n"
        "from policygraph.places import find_places\n"
        "from policygraph.agencies import find_agencies\n"
        "i = time.perf_counter() - t\n"
        "t = time.perf_counter()\n"
        "load()\n"
        "a = time.perf_counter() - t\n"
        "t = time.perf_counter()\n"
        "find_places('xã Ba Lòng, huyện Đakrông')\n"
        "b = time.perf_counter() - t\n"
        "t = time.perf_counter()\n"
        "find_agencies('UBND huyện Đakrông', province='Quảng Trị')\n"
        "print(i, a, b, time.perf_counter() - t)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), float(out[1]), float(out[2]), float(out[3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=4.0, help="size of the text (M chars)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (best is kept)")
    parser.add_argument("--corpus", type=Path, default=None, help="folder of *.txt files")
    args = parser.parse_args()
    loads = [cold_load() for _ in range(3)]
    import_s, gaz_s, places_s, agencies_s = (min(x) for x in zip(*loads, strict=True))
    print(
        f"import {import_s * 1000:.0f} ms; gazetteer load {gaz_s * 1000:.0f} ms"
        f" ({len(load()):,} units); first find_places {places_s * 1000:.0f} ms;"
        f" first find_agencies {agencies_s * 1000:.0f} ms (best of 3 fresh interpreters)"
    )
    target = int(args.mb * 1e6)
    measure("generated news text", generated_articles(target), args.runs)
    if args.corpus is not None:
        measure(f"corpus {args.corpus}", corpus_articles(args.corpus, target), args.runs)


if __name__ == "__main__":
    main()
