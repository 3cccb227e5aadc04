"""Speed of ``find_documents`` on a large generated text, against a bare regex scan.

Run: ``python benchmarks/bench_citations.py [--mb 8] [--share 0.125] [--repeat 3]``. The
text is built deterministically from template sentences written for this benchmark (no corpus
text), with citations, dates, amounts and plain prose mixed in roughly the proportions of news
articles. Prints characters per second of the finder and of a bare compiled-regex scan over
the same text in the same run (best of ``--repeat`` runs each, so that other work on the
machine disturbs the figures less; ``--clock cpu`` times the process's CPU time instead of
wall time), and their ratio.

Density: news articles cite a document about every 500-1500 characters (the seed article
about every 700). The default share of citing sentences, 0.125, gives one mention per ~710
characters; ``--share 0.25`` (the earlier default, one per ~350) is a dense stress case.
"""

from __future__ import annotations

import argparse
import random
import re
import time

from policygraph.citations import find_documents

# Citing sentences (about one in four) among plain news prose with dates, times, amounts,
# phone numbers and codes that the finder must pass over.
_CITING = (
    "Căn cứ Nghị định số {n}/{y}/NĐ-CP ngày {d}/{m}/{y} của Chính phủ quy định chi tiết một số"
    " điều của Luật Đầu tư;",
    "Thực hiện Chỉ thị số {n}-CT/TW ngày {d}/{m}/{y} của Ban Bí thư về tăng cường công tác dân"
    " vận, Ban Thường vụ Huyện ủy đã ban hành kế hoạch triển khai đến các chi bộ.",
    "Ngày {d}/{m}/{y}, Ủy ban nhân dân tỉnh Lâm Đồng đã ban hành Quyết định số {n}/QĐ-UBND về"
    " việc công nhận xã đạt chuẩn nông thôn mới.",
    "Theo tinh thần Nghị quyết số {n}-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, các cấp ủy tiếp tục"
    " đổi mới phương thức lãnh đạo; Nghị quyết {n} đã đi vào cuộc sống.",
    "Quyết định số {n}/{y}/QĐ-TTg được sửa đổi, bổ sung bởi Quyết định số {n2}/QĐ-TTg ngày"
    " {d} tháng {m} năm {y2} của Thủ tướng Chính phủ.",
    "Công văn số {n}/BNV-CQĐP ngày {d}/{m}/{y} của Bộ Nội vụ hướng dẫn việc sắp xếp thôn, tổ"
    " dân phố; Luật Tổ chức chính quyền địa phương năm {y} quy định rõ thẩm quyền.",
)
_PLAIN = (
    "Tổng kinh phí thực hiện năm {y} là {n}.{d}00 triệu đồng, tăng {m}% so với cùng kỳ; đường"
    " dây nóng 0263.3{n}.{d}{m} hoạt động cả ngày.",
    "Hội nghị diễn ra lúc 08:{d}:{m} sáng {d}/{m}/{y} tại hội trường với sự tham dự của hơn {n}"
    " đại biểu đến từ các xã, thị trấn trên địa bàn huyện.",
    "Các đơn vị áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015 và thực hiện"
    " Chương trình 135 giai đoạn {y}-{y2}.",
    "Người dân trong thôn đã góp hơn {n} ngày công để làm đường giao thông nông thôn, trồng cây"
    " xanh và dọn vệ sinh môi trường dọc các tuyến kênh mương nội đồng.",
    "Mùa mưa năm nay đến sớm, nhiều diện tích lúa đông xuân ở các xã vùng trũng bị ngập úng,"
    " chính quyền địa phương đã huy động lực lượng hỗ trợ bà con thu hoạch chạy lũ.",
    "Đoàn công tác đã đến thăm, tặng quà các gia đình chính sách, hộ nghèo và trao {d} suất học"
    " bổng cho học sinh có hoàn cảnh khó khăn vươn lên học tốt.",
    "Tính đến ngày {d}/{m}, toàn huyện đã giải ngân được {n} tỷ đồng vốn đầu tư công, đạt {m}%"
    " kế hoạch vốn được giao trong quý II/{y}.",
    "Các chi bộ thôn, bản duy trì sinh hoạt định kỳ vào ngày mùng {d} hằng tháng, nội dung sinh"
    " hoạt gắn với những việc cụ thể của thôn như giữ gìn an ninh trật tự và phát triển sản xuất.",
    "Phong trào thi đua Dân vận khéo được triển khai rộng khắp, nhiều mô hình hay, cách làm sáng"
    " tạo đã được nhân rộng, góp phần nâng cao đời sống vật chất và tinh thần của nhân dân.",
    "Liên hệ đặt mua sản phẩm qua số điện thoại 0912 {n} {d}{m} hoặc đến trực tiếp cửa hàng giới"
    " thiệu sản phẩm OCOP của hợp tác xã tại trung tâm thị trấn.",
    "Lượt xem: {n} | Cập nhật lúc {d}:{m} ngày {d}/{m}/{y}",
    "Trong năm, lực lượng công an xã đã phối hợp tổ chức {d} đợt tuyên truyền pháp luật, hòa giải"
    " thành công {m} vụ việc, không để phát sinh điểm nóng về an ninh trật tự trên địa bàn.",
)


def build_text(megabytes: float, share: float = 0.125, seed: int = 20) -> str:
    """About ``megabytes`` of text; ``share`` of the sentences cite documents."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        pool = _CITING if rng.random() < share else _PLAIN
        template = pool[rng.randrange(len(pool))]
        year = rng.randrange(1995, 2025)
        sentence = template.format(
            n=rng.randrange(1, 3000),
            n2=rng.randrange(1, 3000),
            d=rng.randrange(1, 29),
            m=rng.randrange(1, 13),
            y=year,
            y2=year + 1,
        )
        parts.append(sentence)
        size += len(sentence) + 1
        if rng.random() < 0.15:
            parts.append("\n")
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=8.0, help="size of the generated text (MB)")
    parser.add_argument(
        "--share",
        type=float,
        default=0.125,
        help="share of sentences that cite documents (0.125: one mention per ~710 characters)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall time, or the process's CPU time (steadier on a machine shared with other work)",
    )
    args = parser.parse_args()
    clock = time.perf_counter if args.clock == "wall" else time.process_time
    text = build_text(args.mb, args.share)
    find_documents("Chỉ thị số 18/2000/CT-TTg")  # load reference data and compile patterns

    baseline = re.compile(r"\d+[a-zđ]?[^\S\n]{0,3}[/\-–][^\S\n]{0,3}[A-ZĐ\d]")
    scan_seconds = find_seconds = float("inf")
    for _ in range(max(1, args.repeat)):
        began = clock()
        hits = sum(1 for _ in baseline.finditer(text))
        scan_seconds = min(scan_seconds, clock() - began)

        began = clock()
        documents = find_documents(text)
        find_seconds = min(find_seconds, clock() - began)

    chars = len(text)
    mentions = sum(len(d.mentions) for d in documents)
    print(
        f"text: {chars:,} characters, {len(documents):,} documents, {mentions:,} mentions"
        f" (one per {chars // max(mentions, 1):,} characters), {hits:,} bare-regex hits"
    )
    print(f"bare regex scan: {chars / scan_seconds / 1e6:8.2f} M chars/s")
    print(f"find_documents : {chars / find_seconds / 1e6:8.2f} M chars/s")
    print(f"ratio (finder / scan): {scan_seconds / find_seconds:.3f}")


if __name__ == "__main__":
    main()
