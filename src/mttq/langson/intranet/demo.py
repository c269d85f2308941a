"""Demo content of the intranet sections (`make start`, MTTQ_DEMO=1).

The files are made here (nothing is downloaded): a PDF handbook (fpdf2), a
slide deck (an OpenDocument presentation written as zip + XML) and a link
to videos; an internal guidance document and an intranet news item.
"""

from datetime import date
from mttq.langson.intranet.sections import GUIDANCE_ID
from mttq.langson.intranet.sections import LIBRARY_ID
from mttq.langson.intranet.sections import NEWS_ID
from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from mttq.langson.network.groups import INTRANET_ID
from plone import api
from plone.namedfile.file import NamedBlobFile
from xml.sax.saxutils import escape

import io
import zipfile


ODP = "application/vnd.oasis.opendocument.presentation"

SLIDES = (
    ("Chuyển đổi số trong công tác Mặt trận", ["Bài giảng tập huấn cán bộ Mặt trận cơ sở",
                                              "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"]),
    ("Vì sao cần chuyển đổi số?", ["Nắm bắt tâm tư, nguyện vọng của Nhân dân nhanh hơn",
                                   "Giảm giấy tờ, tiết kiệm thời gian đi lại",
                                   "Công khai, minh bạch thông tin hoạt động"]),
    ("Công cụ thường dùng", ["Cổng thông tin điện tử và khu vực nội bộ",
                             "Thư điện tử công vụ, chữ ký số",
                             "Họp trực tuyến, nhóm trao đổi công việc"]),
    ("Việc cần làm sau tập huấn", ["Cập nhật tin hoạt động của đơn vị lên cổng thông tin",
                                   "Hoàn thành khóa học Kỹ năng số cơ bản",
                                   "Hướng dẫn lại cho cán bộ chi hội, ban công tác Mặt trận"]),
)


def slide_deck(slides=SLIDES):
    """A small but valid OpenDocument presentation, one text frame per line."""
    pages = []
    for number, (title, lines) in enumerate(slides, 1):
        frames = [f'<draw:frame svg:x="2cm" svg:y="1.5cm" svg:width="24cm" svg:height="3cm">'
                  f'<draw:text-box><text:p>{escape(title)}</text:p></draw:text-box></draw:frame>']
        body = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
        frames.append('<draw:frame svg:x="2cm" svg:y="5cm" svg:width="24cm" svg:height="12cm">'
                      f"<draw:text-box>{body}</draw:text-box></draw:frame>")
        pages.append(f'<draw:page draw:name="Trang {number}">{"".join(frames)}</draw:page>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">'
        f'<office:body><office:presentation>{"".join(pages)}</office:presentation></office:body>'
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODP}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as odp:
        # The mimetype entry comes first and uncompressed (OpenDocument's rule).
        odp.writestr(zipfile.ZipInfo("mimetype"), ODP, compress_type=zipfile.ZIP_STORED)
        odp.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        odp.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def handbook_pdf():
    from mttq.langson.scale.pdf import document_pdf

    return document_pdf(
        "01/STHD-MTTQ",
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        "Sổ tay hướng dẫn nghiệp vụ công tác Mặt trận ở khu dân cư",
        [
            "Phần 1. Tổ chức và hoạt động của Ban Công tác Mặt trận ở khu dân cư: thành phần, "
            "nhiệm vụ, chế độ sinh hoạt định kỳ.",
            "Phần 2. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc: chuẩn bị, nội dung, "
            "báo cáo kết quả về Ủy ban MTTQ cấp xã.",
            "Phần 3. Giám sát và phản biện xã hội ở cơ sở; tiếp nhận, tổng hợp ý kiến, "
            "kiến nghị của cử tri và Nhân dân.",
        ],
        "Nguyễn Văn Bình",
        "Phó Chủ tịch",
    )


def _create(container, type_name, item_id, **fields):
    if item_id in container.objectIds():
        return container[item_id]
    return api.content.create(container=container, type=type_name, id=item_id, safe_id=False, **fields)


def create_demo_intranet(site):
    """Demo materials, an internal guidance document and an intranet news item."""
    intranet = site.get(INTRANET_ID)
    if intranet is None or LIBRARY_ID not in intranet.objectIds():
        return []
    library, made = intranet[LIBRARY_ID], []
    made.append(_create(
        library, "File", "so-tay-nghiep-vu-mat-tran.pdf",
        title="Sổ tay nghiệp vụ công tác Mặt trận ở khu dân cư",
        description="Hướng dẫn tổ chức hoạt động của Ban Công tác Mặt trận, Ngày hội Đại đoàn kết, "
                    "giám sát và phản biện xã hội ở cơ sở.",
        subject=("Nghiệp vụ", "Khu dân cư"),
        file=NamedBlobFile(handbook_pdf(), filename="so-tay-nghiep-vu-mat-tran.pdf",
                           contentType="application/pdf"),
    ))
    made.append(_create(
        library, "File", "bai-giang-chuyen-doi-so.odp",
        title="Bài giảng: Chuyển đổi số trong công tác Mặt trận",
        description="Bài trình chiếu dùng trong lớp tập huấn cán bộ Mặt trận cơ sở năm 2026.",
        subject=("Chuyển đổi số", "Bài giảng"),
        file=NamedBlobFile(slide_deck(), filename="bai-giang-chuyen-doi-so.odp", contentType=ODP),
    ))
    made.append(_create(
        library, "Link", "video-huong-dan-ky-so",
        title="Video: Hướng dẫn ký số văn bản điện tử",
        description="Các video hướng dẫn cài đặt và sử dụng chữ ký số trên văn bản điện tử.",
        subject=("Chuyển đổi số", "Chữ ký số"),
        remoteUrl="https://www.youtube.com/results?search_query=h%C6%B0%E1%BB%9Bng+d%E1%BA%ABn+k%C3%BD+s%E1%BB%91",
    ))
    blocks, layout = page_blocks(
        title_block(),
        text_block("Trước mỗi buổi sinh hoạt, Ban Công tác Mặt trận rà soát danh sách hộ gia đình, "
                   "phân công người ghi biên bản và chuẩn bị nội dung lấy ý kiến Nhân dân."),
        text_block("Biên bản gửi về Ủy ban MTTQ cấp xã trong 5 ngày làm việc."),
    )
    made.append(_create(
        library, "Document", "huong-dan-sinh-hoat-khu-dan-cu",
        title="Hướng dẫn tổ chức buổi sinh hoạt khu dân cư",
        description="Các bước chuẩn bị và tổ chức buổi sinh hoạt định kỳ của khu dân cư.",
        subject=("Nghiệp vụ", "Khu dân cư"),
        blocks=blocks, blocks_layout=layout,
    ))
    guidance = intranet.get(GUIDANCE_ID)
    if guidance is not None:
        from mttq.langson.scale.pdf import document_pdf

        pdf = document_pdf("12/HD-MTTQ-BTT", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
                           "Hướng dẫn quy trình tiếp nhận, xử lý phản ánh qua cổng thông tin (nội bộ)",
                           ["Văn bản lưu hành nội bộ, không đăng tải công khai.",
                            "Bộ phận văn phòng kiểm tra phản ánh mới mỗi ngày làm việc, phân công người xử lý "
                            "và trả lời trong thời hạn quy định."],
                           "Nguyễn Văn Bình", "Phó Chủ tịch")
        made.append(_create(
            guidance, "GuidanceDocument", "hd-12-noi-bo",
            title="Hướng dẫn quy trình tiếp nhận, xử lý phản ánh qua cổng thông tin",
            document_number="12/HD-MTTQ-BTT", document_type="HD", issue_date=date(2026, 3, 2),
            issuing_body="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", signer="Nguyễn Văn Bình",
            signer_position="Phó Chủ tịch", document_field="to-chuc-xay-dung", urgency="thuong",
            file=NamedBlobFile(pdf, filename="12-HD-MTTQ-BTT.pdf", contentType="application/pdf"),
        ))
    news = intranet.get(NEWS_ID)
    if news is not None:
        text = ("Từ tháng 3/2026, tài liệu tập huấn, bài giảng và video hướng dẫn được đăng tại mục "
                "Tài liệu tập huấn của khu vực nội bộ; cán bộ đăng nhập để xem và tải về.")
        blocks, layout = page_blocks(title_block(), text_block(text))
        made.append(_create(
            news, "News Item", "tai-lieu-tap-huan-da-co-tren-cong",
            title="Tài liệu tập huấn đã có trên khu vực nội bộ",
            description=text, blocks=blocks, blocks_layout=layout,
        ))
    return made
