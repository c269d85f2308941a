"""Demo course: 'Kỹ năng số cơ bản cho cán bộ Mặt trận' (3 modules, lessons, quizzes)."""

from mttq.langson.courses.setup import ensure_courses_folder
from plone import api
from plone.app.textfield.value import RichTextValue


DEMO_ID = "ky-nang-so-co-ban"
DEMO_TITLE = "Kỹ năng số cơ bản cho cán bộ Mặt trận"

# (module id, title, description, lessons [(id, title, html)], questions [(title, kind, choices, correct, explanation)])
MODULES = (
    (
        "thu-dien-tu-va-mat-khau",
        "Sử dụng an toàn thư điện tử và mật khẩu",
        "Nhận biết thư lừa đảo, đặt và quản lý mật khẩu mạnh, bật xác thực hai lớp.",
        (
            ("mat-khau-manh", "Đặt mật khẩu mạnh và quản lý mật khẩu",
             "<p>Mật khẩu mạnh có ít nhất 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký hiệu. "
             "Không dùng lại một mật khẩu cho nhiều tài khoản; không ghi mật khẩu lên giấy dán ở màn hình.</p>"
             "<p>Bật xác thực hai lớp (mã gửi qua điện thoại hoặc ứng dụng xác thực) cho hộp thư công vụ.</p>"),
            ("nhan-biet-thu-lua-dao", "Nhận biết thư điện tử lừa đảo",
             "<p>Thư lừa đảo thường giả danh cơ quan cấp trên hoặc ngân hàng, thúc giục mở tệp đính kèm "
             "hoặc bấm vào đường liên kết để \"xác minh tài khoản\".</p>"
             "<p>Kiểm tra kỹ địa chỉ người gửi, không mở tệp lạ, và báo ngay cho bộ phận công nghệ thông tin.</p>"),
        ),
        (
            ("Mật khẩu nào sau đây an toàn nhất?", "single",
             ["123456789", "matkhau2024", "Lang$on-MTTQ-2026!x"], [3],
             "Mật khẩu dài, có chữ hoa, chữ thường, chữ số và ký hiệu là an toàn nhất."),
            ("Nên dùng chung một mật khẩu cho mọi tài khoản để dễ nhớ.", "truefalse", [], [2],
             "Mỗi tài khoản cần một mật khẩu riêng."),
            ("Dấu hiệu nào cho thấy một thư điện tử có thể là lừa đảo?", "multiple",
             ["Thúc giục bấm vào liên kết để xác minh tài khoản", "Địa chỉ người gửi gần giống địa chỉ cơ quan",
              "Thư do đồng nghiệp gửi đúng địa chỉ công vụ, nội dung đã trao đổi trước"], [1, 2],
             "Sự thúc giục và địa chỉ giả mạo là dấu hiệu điển hình của thư lừa đảo."),
        ),
    ),
    (
        "van-ban-truc-tuyen-va-chu-ky-so",
        "Làm việc với văn bản trực tuyến và chữ ký số",
        "Soạn thảo, chia sẻ văn bản trên môi trường mạng và ký số văn bản điện tử.",
        (
            ("soan-thao-chia-se", "Soạn thảo và chia sẻ văn bản trực tuyến",
             "<p>Lưu văn bản trên hệ thống được cơ quan cho phép, chia sẻ đúng người cần xem, "
             "và đặt quyền \"chỉ xem\" khi không cần chỉnh sửa.</p>"),
            ("chu-ky-so", "Chữ ký số trong văn bản điện tử",
             "<p>Chữ ký số có giá trị pháp lý như chữ ký tay và con dấu đối với văn bản điện tử. "
             "Thiết bị ký số (USB token) và mã PIN phải được giữ bí mật, không giao cho người khác.</p>"),
        ),
        (
            ("Chữ ký số trên văn bản điện tử có giá trị pháp lý.", "truefalse", [], [1],
             "Văn bản điện tử ký số hợp lệ có giá trị pháp lý như văn bản giấy."),
            ("Khi chia sẻ văn bản chỉ để người khác đọc, nên đặt quyền nào?", "single",
             ["Chỉnh sửa", "Chỉ xem", "Toàn quyền"], [2],
             "Chỉ cấp quyền vừa đủ cho công việc."),
            ("Việc nào cần làm để bảo vệ thiết bị ký số?", "multiple",
             ["Giữ bí mật mã PIN", "Cho đồng nghiệp mượn khi vắng mặt", "Rút thiết bị khỏi máy sau khi ký"], [1, 3],
             "Thiết bị ký số và mã PIN chỉ người được cấp mới được dùng."),
        ),
    ),
    (
        "su-dung-cong-thong-tin",
        "Sử dụng Cổng thông tin MTTQ tỉnh Lạng Sơn",
        "Đăng nhập, đọc tài liệu nội bộ, đăng tin của đơn vị và theo dõi khóa học.",
        (
            ("dang-nhap-noi-bo", "Đăng nhập và khu vực nội bộ",
             "<p>Cán bộ đăng nhập bằng tài khoản được cấp để đọc văn bản hướng dẫn, tài liệu tập huấn "
             "và tin nội bộ tại mục <strong>Nội bộ</strong>.</p>"),
            ("hoc-tap-cua-toi", "Học tập của tôi và chứng nhận",
             "<p>Trang <strong>Học tập của tôi</strong> cho biết các khóa học bắt buộc, tiến độ và bài học "
             "cần học tiếp. Khi hoàn thành, cán bộ tải chứng nhận có mã QR để xác minh.</p>"),
        ),
        (
            ("Tài liệu tập huấn nội bộ nằm ở mục nào của cổng thông tin?", "single",
             ["Tin tức", "Nội bộ", "Liên hệ"], [2], "Tài liệu dành cho cán bộ nằm trong mục Nội bộ."),
            ("Chứng nhận hoàn thành khóa học có mã QR để xác minh.", "truefalse", [], [1],
             "Mã QR dẫn tới trang xác minh công khai."),
        ),
    ),
)


def create_demo_course(site):
    folder = ensure_courses_folder(site)
    if folder is None or DEMO_ID in folder.objectIds():
        return None
    course = api.content.create(
        container=folder, type="Course", id=DEMO_ID, title=DEMO_TITLE,
        description="Khóa học bắt buộc về kỹ năng số cơ bản: an toàn thông tin, văn bản điện tử "
                    "và chữ ký số, sử dụng cổng thông tin.",
        mandatory_units=[getattr(site, "unit_code", "20")] + [
            brain.unit_code for brain in api.content.find(portal_type="UnitSite", sort_limit=1000)[:1000]],
        mandatory_groups=[], self_enrolment=True, allow_review=True, certificate=True,
    )
    for module_id, title, description, lessons, questions in MODULES:
        module = api.content.create(container=course, type="CourseModule", id=module_id,
                                    title=title, description=description)
        for lesson_id, lesson_title, html in lessons:
            api.content.create(container=module, type="Lesson", id=lesson_id, title=lesson_title,
                               text=RichTextValue(html, "text/html", "text/x-html-safe"), required=True)
        quiz = api.content.create(container=module, type="Quiz", id="kiem-tra", title=f"Kiểm tra: {title}",
                                  pass_mark=60, max_attempts=3, time_limit_minutes=15,
                                  draw_count=0, required=True)
        for n, (question, kind, choices, correct, explanation) in enumerate(questions, 1):
            api.content.create(container=quiz, type="Question", id=f"cau-{n}", title=question, kind=kind,
                               choices=choices, correct=correct, explanation=explanation)
    return course
