"""The sections every unit site starts with, as Volto pages with blocks."""

from mttq.langson.network.blocks import listing_block
from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from plone import api
from plone.i18n.normalizer.interfaces import IIDNormalizer
from zope.component import getUtility


def _news_blocks():
    return page_blocks(
        title_block(),
        listing_block(["News Item"], path=".", b_size=12, variation="mttqNews"),
    )


def _documents_blocks():
    return page_blocks(
        title_block(),
        text_block("Văn bản chỉ đạo, hướng dẫn của đơn vị."),
        listing_block(["GuidanceDocument"], path=".", b_size=20, sort_on="issue_date", variation="default"),
    )


def _about_blocks(unit_title):
    return page_blocks(
        title_block(),
        text_block(f"Giới thiệu về {unit_title}.", style="p"),
        text_block("Cơ cấu tổ chức", style="h2"),
        text_block("Đang cập nhật."),
        text_block("Lãnh đạo", style="h2"),
        text_block("Đang cập nhật."),
        text_block("Thông tin liên hệ", style="h2"),
        text_block("Xem trang Liên hệ."),
    )


def _contact_blocks(unit_title, address, phone, email):
    lines = [unit_title]
    if address:
        lines.append(f"Địa chỉ: {address}")
    if phone:
        lines.append(f"Điện thoại: {phone}")
    if email:
        lines.append(f"Thư điện tử: {email}")
    return page_blocks(title_block(), *[text_block(line) for line in lines])


def home_blocks(is_province):
    """The home page of a unit site, or of the province (the root)."""
    blocks = [
        title_block(),
        # Variations of the volto-mttq add-on (volto-frontend/packages/volto-mttq).
        listing_block(["News Item"], path="./tin-tuc", b_size=6, variation="mttqNewsFeatured", headline="Tin tức"),
    ]
    if is_province:
        blocks.append(
            listing_block(
                ["News Item"], b_size=8, variation="mttqNews", headline="Tin từ cơ sở",
                extra_query=[{"i": "unit_code", "o": "plone.app.querystring.operation.selection.none", "v": ["20"]}],
            )
        )
    blocks.append(listing_block(["GuidanceDocument"], path="./van-ban", b_size=5, sort_on="issue_date",
                                variation="default", headline="Văn bản mới"))
    return page_blocks(*blocks)


def set_home_blocks(site, is_province):
    site.blocks, site.blocks_layout = home_blocks(is_province)


def section_specs(unit_title, address="", phone="", email=""):
    """(title, description, blocks) of each section, in menu order."""
    return [
        ("Tin tức", "Tin hoạt động của đơn vị.", _news_blocks()),
        ("Văn bản", "Văn bản chỉ đạo, hướng dẫn.", _documents_blocks()),
        ("Giới thiệu", "Cơ cấu tổ chức, lãnh đạo, liên hệ.", _about_blocks(unit_title)),
        ("Liên hệ", "Địa chỉ, điện thoại, thư điện tử.", _contact_blocks(unit_title, address, phone, email)),
    ]


def section_id(title):
    return getUtility(IIDNormalizer).normalize(title)


def create_sections(container, unit_title, address="", phone="", email=""):
    """Create the missing sections of a unit site and publish them."""
    created = []
    for title, description, (blocks, layout) in section_specs(unit_title, address, phone, email):
        sid = section_id(title)
        if sid in container.objectIds():
            continue
        page = api.content.create(
            container=container,
            type="Document",
            id=sid,
            title=title,
            description=description,
            blocks=blocks,
            blocks_layout=layout,
            safe_id=False,
        )
        api.content.transition(obj=page, transition="publish")
        created.append(page)
    # Citizens' feedback form and the private case folder (mttq.langson.feedback).
    from mttq.langson.feedback.setup import ensure_feedback

    ensure_feedback(container, unit_title)
    return created
