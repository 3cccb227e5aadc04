"""Speed of ``find_places`` on a large generated text, and the gazetteer's load time.

Run: ``PYTHONPATH=src python benchmarks/bench_places.py [--mb 4] [--corpus DIR]``.
The text is built deterministically from template sentences written for this benchmark (no
corpus text), with administrative units drawn from the packaged gazetteer, agency names,
person names, headings and plain prose in roughly the proportions of local news articles.
``--corpus DIR`` also measures the ``*.txt`` files of a folder, concatenated and repeated to
the same size (such texts are not shipped). Prints the cold load time of the gazetteer (in a
fresh interpreter), the first-call set-up, characters per second on one big text and on
article-sized pieces, and a bare compiled-regex scan over the same text for scale.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

from policygraph.gazetteer import load
from policygraph.places import find_places

_PLACE = (
    "Ngày {d}/{m}/{y}, UBND huyện {district} tổ chức hội nghị tổng kết công tác dân vận"
    " chính quyền, đại diện xã {commune} và xã {commune2} báo cáo kết quả.",
    "Đoàn công tác của Ban Dân vận Tỉnh ủy {province} đã đến thăm bà con thôn {n}, xã"
    " {commune} (huyện {district}).",
    "Các xã {commune}, {commune2} và {commune3} được công nhận đạt chuẩn nông thôn mới năm {y}.",
    "{province}, ngày {d} tháng {m} năm {y}",
    "Phó Chủ tịch UBND tỉnh {province} Nguyễn Văn {given} kiểm tra tiến độ tại TP.HCM và"
    " Phường {d}, Quận {m}.",
    "Huyện ủy {district} ban hành kế hoạch triển khai đến các chi bộ, tổ dân phố số {n}.",
)
_PLAIN = (
    "Tổng kinh phí thực hiện năm {y} là {n}.{d}00 triệu đồng, tăng {m}% so với cùng kỳ.",
    "Hội nghị diễn ra sáng {d}/{m}/{y} tại hội trường với sự tham dự của hơn {n} đại biểu.",
    "Người dân trong thôn đã góp hơn {n} ngày công để làm đường giao thông nông thôn, trồng"
    " cây xanh và dọn vệ sinh môi trường dọc các tuyến kênh mương nội đồng.",
    "Mùa mưa năm nay đến sớm, nhiều diện tích lúa đông xuân ở các xã vùng trũng bị ngập úng,"
    " chính quyền địa phương đã huy động lực lượng hỗ trợ bà con thu hoạch chạy lũ.",
    "Phong trào thi đua Dân vận khéo được triển khai rộng khắp, nhiều mô hình hay, cách làm"
    " sáng tạo đã được nhân rộng, góp phần nâng cao đời sống vật chất và tinh thần của Nhân dân.",
    "Theo Chỉ thị số {n}-CT/TW của Bộ Chính trị, các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc"
    " và các đoàn thể tiếp tục đổi mới phương thức lãnh đạo.",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "Đồng chí Trần Thị {given}, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo phát biểu chỉ đạo.",
    "Lượt xem: {n} | Cập nhật lúc {d}:{m} ngày {d}/{m}/{y}",
)
_PLACE_SHARE = 0.15
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan", "Minh", "Nam", "Tuấn")


def generated_text(target_chars: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    gaz = load()
    districts = [u for u in gaz if u.vintage == "2024" and u.tier == 2]
    parts: list[str] = []
    size = 0
    while size < target_chars:
        district = rng.choice(districts)
        communes = gaz.children(district.id) or [district]
        province = gaz.unit(district.parent or district.id)
        picks = [rng.choice(communes).name for _ in range(3)]
        template = rng.choice(_PLACE if rng.random() < _PLACE_SHARE else _PLAIN)
        sentence = template.format(
            d=rng.randint(1, 28),
            m=rng.randint(1, 12),
            y=rng.randint(2015, 2024),
            n=rng.randint(1, 999),
            district=district.name,
            province=province.name,
            commune=picks[0],
            commune2=picks[1],
            commune3=picks[2],
            given=rng.choice(_GIVEN),
        )
        parts.append(sentence)
        size += len(sentence) + 1
        if rng.random() < 0.15:
            parts.append("\n")
    return " ".join(parts)


def corpus_text(folder: Path, target_chars: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {folder}")
    joined = "\n\n".join(texts)
    return (joined + "\n\n") * max(1, target_chars // len(joined))


def cold_load_seconds() -> tuple[float, float]:
    """Gazetteer load, then first find_places call (index building), in a new interpreter."""
    code = (
        "import time; t=time.perf_counter(); from policygraph.gazetteer import load; load();"
        "a=time.perf_counter()-t; from policygraph.places import find_places;"
        "t=time.perf_counter(); find_places('xã Ba Lòng'); print(a, time.perf_counter()-t)"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def measure(label: str, text: str, article_size: int = 4000) -> None:
    find_places(text[:article_size])  # warm up
    start = time.perf_counter()
    found = find_places(text)
    whole = time.perf_counter() - start
    start = time.perf_counter()
    find_places(text)  # again, with the name caches filled
    again = time.perf_counter() - start
    pieces = [text[i : i + article_size] for i in range(0, len(text), article_size)]
    start = time.perf_counter()
    for piece in pieces:
        find_places(piece)
    articles = time.perf_counter() - start
    start = time.perf_counter()
    scanned = sum(1 for _ in re.finditer(r"[A-ZĐ][a-zà-ỹđ]+", text))
    regex = time.perf_counter() - start
    mb = len(text) / 1e6
    print(f"{label}: {mb:.1f} M chars, {len(found.places):,} distinct places")
    print(f"  one text          {mb / whole:6.1f} M chars/s ({mb / again:.1f} the second time)")
    print(f"  {len(pieces):,} pieces of {article_size:,} chars {mb / articles:6.1f} M chars/s")
    print(f"  bare regex scan   {mb / regex:6.1f} M chars/s ({scanned:,} capitalised words)")
    mentions = sum(len(p.mentions) for p in found.places)
    print(f"  {mentions:,} mentions, one per {len(text) // max(mentions, 1):,} chars")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args()
    load_s, first_s = cold_load_seconds()
    print(
        f"gazetteer cold load {load_s * 1000:.0f} ms; first find_places {first_s * 1000:.0f} ms"
        f" ({len(load()):,} units)"
    )
    target = int(args.mb * 1e6)
    measure("generated news text", generated_text(target))
    if args.corpus is not None:
        measure(f"corpus {args.corpus}", corpus_text(args.corpus, target))


if __name__ == "__main__":
    main()
