"""Demo content: a few Vietnamese news items per unit (on for `make start`)."""

from DateTime import DateTime
from io import BytesIO
from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from mttq.langson.network.units import all_units
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.i18n.normalizer.interfaces import IIDNormalizer
from plone.namedfile.file import NamedBlobImage
from zope.component import getUtility

import math
import PIL.Image
import PIL.ImageDraw


NEWS = (
    (
        "{area}: Hội nghị triển khai nhiệm vụ công tác Mặt trận năm 2026",
        "Ban Thường trực Ủy ban MTTQ Việt Nam {area} tổ chức hội nghị triển khai nhiệm vụ "
        "công tác Mặt trận, tập trung vào chuyển đổi số và giám sát, phản biện xã hội.",
    ),
    (
        "{area} ra quân hưởng ứng Tháng cao điểm \"Vì người nghèo\"",
        "Các tổ chức thành viên, doanh nghiệp và nhân dân {area} chung tay ủng hộ Quỹ "
        "\"Vì người nghèo\", hỗ trợ xây nhà Đại đoàn kết cho hộ nghèo.",
    ),
    (
        "Tập huấn kỹ năng số cho cán bộ Mặt trận {area}",
        "Cán bộ Mặt trận {area} được tập huấn sử dụng thư điện tử, chữ ký số và cổng "
        "thông tin điện tử trong xử lý công việc hằng ngày.",
    ),
)


FOOTER_LINKS = [
    {"title": "Ủy ban Trung ương MTTQ Việt Nam", "url": "https://mattran.org.vn"},
    {"title": "Cổng thông tin điện tử tỉnh Lạng Sơn", "url": "https://langson.gov.vn"},
]


def emblem_png(primary, secondary, size=160):
    """A round emblem with a five-pointed star in the unit's colours."""
    image = PIL.Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = PIL.ImageDraw.Draw(image)
    draw.ellipse((2, 2, size - 3, size - 3), fill=primary, outline=secondary, width=size // 16)
    centre, outer, inner = size / 2, size * 0.34, size * 0.14
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points.append((centre + radius * math.cos(angle), centre - radius * math.sin(angle)))
    draw.polygon(points, fill=secondary)
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def decorate_unit(unit, index):
    """Demo interface settings: an emblem logo and full footer contacts."""
    unit.logo = NamedBlobImage(emblem_png(unit.primary_color, unit.secondary_color),
                               filename="logo.png", contentType="image/png")
    unit.footer_phone = f"0205 3{800 + index:03d} {100 + index * 7:03d}"
    slug = "tinh-lang-son" if unit.unit_level == "province" else unit.getId()
    unit.footer_email = f"mttq.{slug}@mttq-langson.example"
    unit.footer_links = FOOTER_LINKS


def create_demo_content(site, per_unit=3):
    now = DateTime()
    count = 0
    for index, unit in enumerate(all_units(site)):
        decorate_unit(unit, index)
        news_folder = unit.get("tin-tuc")
        if news_folder is None or len(news_folder.objectIds()):
            continue
        area = unit.unit_name if unit.unit_level != "province" else "Tỉnh Lạng Sơn"
        for n, (title, summary) in enumerate(NEWS[:per_unit]):
            text = summary.format(area=area)
            blocks, layout = page_blocks(title_block(), text_block(text))
            headline = title.format(area=area)
            item = api.content.create(
                container=news_folder,
                type="News Item",
                # An explicit id: plone.api's temporary-id-then-rename path logs catalog errors.
                id=getUtility(IIDNormalizer).normalize(headline, max_length=80),
                title=headline,
                description=text,
                text=RichTextValue(f"<p>{text}</p>", "text/html", "text/x-html-safe"),
                blocks=blocks,
                blocks_layout=layout,
            )
            # Zope DateTime, as Dexterity stores dates (a zoneinfo datetime does not pickle).
            published = now - (n * 7 + index + index / 24.0)
            item.effective_date = item.creation_date = published
            api.content.transition(obj=item, transition="publish")
            item.setEffectiveDate(published)
            item.reindexObject()
            count += 1
    return count
