"""Throughput of policygraph.agencies.find_agencies on a multi-megabyte generated text.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_agencies.py [megabytes]
The sentences are written for this benchmark (news genre); articles of 12 sentences drawn with a
fixed seed give about one agency mention per 200 characters, a little denser than the dev corpus
(one per 240 characters), so the figure is a conservative estimate for real news text.
"""

from __future__ import annotations

import random
import sys
import time

from policygraph.agencies import find_agencies

SENTENCES = [
    "Sáng nay, UBND huyện Đakrông tổ chức hội nghị sơ kết công tác cải cách hành "
    "chính sáu tháng đầu năm.",
    "Đồng chí Phó Chủ tịch UBND tỉnh Quảng Trị đề nghị các địa phương đẩy nhanh tiến "
    "độ giải ngân vốn đầu tư công.",
    "Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch triển khai thực hiện Chỉ thị số "
    "05-CT/TW của Bộ Chính trị.",
    "Người dân ở các thôn vùng cao đã chủ động chuyển đổi cây trồng, mạnh dạn đưa "
    "giống mới vào sản xuất.",
    "Theo báo cáo của Sở Nội vụ, toàn tỉnh đã tinh giản được hơn 300 biên chế trong "
    "giai đoạn vừa qua.",
    "Hội đồng nhân dân tỉnh Sơn La khóa XV đã thông qua nghị quyết về chính sách hỗ "
    "trợ phát triển cây ăn quả.",
    "Mùa mưa năm nay đến sớm, nhiều tuyến đường liên xã bị sạt lở, gây khó khăn cho "
    "việc đi lại của bà con.",
    "Ủy ban MTTQ Việt Nam xã Ba Lòng phối hợp với các đoàn thể trao 20 suất quà cho hộ nghèo.",
    "Thực hiện Quyết định số 18/QĐ-TTg của Thủ tướng Chính phủ, huyện đã rà soát lại "
    "các tiêu chí nông thôn mới.",
    "Cán bộ, chiến sĩ Đồn Biên phòng Cửa khẩu Quốc tế La Lay giúp dân thu hoạch lúa trước mùa lũ.",
    "Các trường học trên địa bàn đã hoàn thành việc sửa chữa phòng học, sẵn sàng cho năm học mới.",
    "Bộ Tài chính vừa có văn bản hướng dẫn các địa phương quyết toán kinh phí chương "
    "trình mục tiêu quốc gia.",
    "Phòng Tài nguyên và Môi trường huyện Hướng Hóa kiểm tra việc khai thác cát trái "
    "phép trên sông.",
    "Đoàn công tác của Ban Dân vận Tỉnh ủy Quảng Trị làm việc với Huyện ủy Đakrông "
    "về công tác dân vận chính quyền.",
    "Giá cả nông sản ổn định giúp người trồng sắn và cà phê yên tâm đầu tư chăm sóc vườn cây.",
    "UBND các xã: Tà Rụt, A Ngo, Húc Nghì chịu trách nhiệm tổ chức lễ công bố xã đạt chuẩn.",
    "Tại kỳ họp, Ban Kinh tế - Ngân sách HĐND tỉnh đã trình bày báo cáo thẩm tra các tờ trình.",
    "Công an tỉnh Quảng Trị đã triệt phá một đường dây buôn bán ma túy qua biên giới.",
    "Chiều cùng ngày, lãnh đạo huyện đã đi thăm một số mô hình kinh tế hộ gia đình tiêu biểu.",
    "Liên đoàn Lao động tỉnh tổ chức tuyên dương 50 công nhân lao động giỏi năm 2023.",
    "Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương với đa số đại biểu tán thành.",
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội các cấp tiếp tục vận động "
    "nhân dân tham gia.",
    "Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập khu vực phòng thủ năm 2024 tại huyện Vĩnh Linh.",
    "Nhiều hộ dân đã tự nguyện hiến đất để mở rộng đường giao thông nông thôn, góp "
    "phần thay đổi diện mạo làng quê.",
    "Văn bản số 123/UBND-NC ngày 5/3 yêu cầu các cơ quan, đơn vị thực hiện nghiêm chế độ báo cáo.",
    # sentences without agencies, as in most of an article
    "Trong năm qua, tổng giá trị sản xuất nông nghiệp tăng khoảng 4,5% so với cùng kỳ năm trước.",
    "Bà con đã chủ động gia cố nhà cửa, chặt tỉa cây cối để phòng tránh gió bão trong mùa mưa.",
    "Con đường bê tông mới làm giúp việc vận chuyển nông sản ra chợ thuận lợi hơn nhiều.",
    "Nhiều gia đình đã thoát nghèo nhờ nuôi bò sinh sản và trồng rừng kinh tế theo hướng bền vững.",
    "Các em học sinh được tặng sách vở, áo ấm trước khi bước vào năm học mới.",
    "Lễ hội truyền thống năm nay thu hút đông đảo du khách gần xa đến tham quan, trải nghiệm.",
    "Đến nay, tỉ lệ hộ dân được sử dụng nước sinh hoạt hợp vệ sinh đạt trên 95%.",
    "Thời tiết nắng nóng kéo dài khiến nhiều diện tích lúa vụ hè thu thiếu nước tưới.",
    "Tổng kinh phí thực hiện dự án hơn 12 tỷ đồng, được huy động từ nhiều nguồn khác nhau.",
    "Sau buổi làm việc, đoàn đã đến thăm và tặng quà một số gia đình chính sách trên địa bàn.",
    "Mô hình trồng dược liệu dưới tán rừng mang lại thu nhập ổn định cho người dân vùng cao.",
    "Các hợp tác xã đã liên kết với doanh nghiệp để bao tiêu sản phẩm cho nông dân.",
    "Công tác phòng, chống dịch bệnh trên đàn gia súc, gia cầm được triển khai quyết liệt.",
    "Năm học này, toàn huyện có thêm ba trường đạt chuẩn quốc gia, nâng tổng số lên 28 trường.",
    "Phong trào toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư tiếp tục được duy trì.",
    "Qua kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của địa phương cho đợt diễn tập.",
    "Người dân phấn khởi khi cây cầu mới hoàn thành, nối liền hai bờ con suối lớn.",
    "Trong tháng, lực lượng chức năng đã xử lý 45 trường hợp vi phạm trật tự an toàn giao thông.",
    "Đời sống vật chất và tinh thần của đồng bào dân tộc thiểu số ngày càng được cải thiện.",
    "Buổi tọa đàm diễn ra trong không khí cởi mở, nhiều ý kiến tâm huyết đã được gửi gắm.",
]


def corpus(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        article = rng.sample(SENTENCES, 12)
        chunk = " ".join(article) + "\n\n"
        parts.append(chunk)
        size += len(chunk)
    return "".join(parts)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    text = corpus(megabytes)
    find_agencies("UBND tỉnh", province="Quảng Trị")  # load data and compile once
    articles = text.split("\n\n")
    best_whole = best_articles = 0.0
    for _ in range(5):
        start = time.perf_counter()
        found = find_agencies(text, province="Quảng Trị", district="Đakrông")
        best_whole = max(best_whole, len(text) / (time.perf_counter() - start))
        start = time.perf_counter()
        for article in articles:
            find_agencies(article, province="Quảng Trị", district="Đakrông")
        best_articles = max(best_articles, len(text) / (time.perf_counter() - start))
    mentions = sum(len(a.mentions) for a in found)
    print(f"text: {len(text):,} chars, {len(articles):,} articles, {mentions:,} agency mentions")
    print(f"one text:      {best_whole / 1e6:6.2f} M chars/s")
    print(f"per article:   {best_articles / 1e6:6.2f} M chars/s")


if __name__ == "__main__":
    main()
