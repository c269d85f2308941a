"""Vietnamese news and document text, varied but reproducible (seeded)."""

import random


ACTORS = (
    "Ủy ban MTTQ Việt Nam", "Ban Thường trực Ủy ban MTTQ", "Ban Công tác Mặt trận khu dân cư",
    "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh", "Đoàn Thanh niên", "Liên đoàn Lao động",
)
ACTIONS = (
    "tổ chức hội nghị", "phát động", "tổng kết", "giám sát", "trao tặng", "tập huấn", "triển khai",
    "sơ kết", "ra quân", "tuyên truyền", "thăm hỏi, tặng quà", "lấy ý kiến nhân dân về",
)
TOPICS = (
    "Quỹ Vì người nghèo", "nhà Đại đoàn kết", "chuyển đổi số trong công tác Mặt trận",
    "cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"",
    "Ngày hội Đại đoàn kết toàn dân tộc", "phản biện xã hội dự thảo nghị quyết",
    "an sinh xã hội cho hộ nghèo vùng cao", "bảo vệ môi trường khu dân cư", "công tác dân tộc, tôn giáo",
    "kỹ năng số cho cán bộ Mặt trận", "hòa giải ở cơ sở", "hỗ trợ đồng bào bị thiên tai",
    "thủy lợi nội đồng", "xây dựng khu dân cư kiểu mẫu", "đường giao thông nông thôn",
)
PLACES = (
    "thôn Bản Chắt", "khối phố Đông Kinh", "xã Tân Tiến", "thôn Nà Pàn", "khu dân cư Hoàng Văn Thụ",
    "bản Khòn Nưa", "thôn Pác Làng", "xã Hữu Kiên", "thị trấn Thất Khê", "phường Chi Lăng",
)
SENTENCES = (
    "Tham dự có đại diện lãnh đạo {actor}, các tổ chức thành viên và đông đảo nhân dân {place}.",
    "Qua đó góp phần củng cố khối đại đoàn kết toàn dân tộc, xây dựng {place} ngày càng giàu đẹp.",
    "Dịp này, {actor} đã trao {count} suất quà cho các hộ gia đình có hoàn cảnh khó khăn.",
    "Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện {topic} trong thời gian tới.",
    "Đến nay, toàn địa bàn đã vận động được {count} triệu đồng ủng hộ {topic}.",
    "Các ý kiến phản ánh, kiến nghị của cử tri được tổng hợp, gửi tới cơ quan có thẩm quyền xem xét.",
    "Phát biểu tại buổi lễ, đồng chí Chủ tịch {actor} ghi nhận, biểu dương kết quả đạt được.",
    "Người dân {place} phấn khởi, tin tưởng vào chủ trương, chính sách của Đảng và Nhà nước.",
)
NAMES = (
    "Hoàng Văn Thụ", "Nông Thị Hà", "Lường Văn Bình", "Vi Thị Thủy", "Lăng Văn Hòa", "Hứa Thị Mai",
    "Triệu Văn Quý", "Lộc Thị Huệ", "Chu Văn Nguyên", "Đinh Thị Lan",
)
POSITIONS = ("Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực", "Trưởng ban")


class VietnameseText:
    def __init__(self, seed=2026):
        self.rng = random.Random(seed)

    def pick(self, items):
        return self.rng.choice(items)

    def _fill(self, template):
        return template.format(
            actor=self.pick(ACTORS), place=self.pick(PLACES), topic=self.pick(TOPICS),
            count=self.rng.randint(5, 300),
        )

    def news_title(self, unit_short_name):
        return f"{unit_short_name}: {self.pick(ACTORS)} {self.pick(ACTIONS)} {self.pick(TOPICS)}"

    def paragraph(self, sentences=3):
        return " ".join(self._fill(self.pick(SENTENCES)) for _ in range(sentences))

    def person(self):
        return self.pick(NAMES), self.pick(POSITIONS)

    def document_summary(self):
        return f"V/v {self.pick(ACTIONS)} {self.pick(TOPICS)}"
