"""The sections every unit site starts with, as Volto pages with blocks."""

from mttq.langson.network.blocks import listing_block
from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from plone import api
from plone.i18n.normalizer.interfaces import IIDNormalizer
from Products.CMFPlone.interfaces.constrains import ENABLED
from Products.CMFPlone.interfaces.constrains import ISelectableConstrainTypes
from zope.component import getUtility


def _news_blocks():
    return page_blocks(
        title_block(),
        listing_block(["News Item"], path=".", b_size=12, variation="mttqNews"),
    )


def _documents_blocks():
    # The registry block (volto-mttq's mttqRegistry, backed by @registry):
    # filters, paging, CSV and the province's documents ("Văn bản cấp trên").
    from mttq.langson.documents.blocks import registry_block

    return page_blocks(
        title_block(),
        text_block("Văn bản chỉ đạo, hướng dẫn của đơn vị."),
        registry_block(),
    )


def _calendar_blocks():
    # The add-on's calendar block (month and list views of the Events below).
    return page_blocks(
        title_block(),
        text_block("Lịch làm việc của lãnh đạo và các hoạt động của đơn vị."),
        {"@type": "mttqCalendar", "view": "month"},
    )


def _gallery_blocks():
    return page_blocks(
        title_block(),
        listing_block(["Album"], path=".", b_size=12, variation="summary", headline="Album"),
        listing_block(["Image"], path=".", b_size=24, sort_on="created", variation="imageGallery",
                      headline="Ảnh mới"),
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


PROVINCE_HOME_QUERY = {"i": "province_home", "o": "plone.app.querystring.operation.boolean.isTrue", "v": ""}
# News of closed units stay in their archive, not in "Tin từ cơ sở" (news/indexers.py).
ACTIVE_UNITS_QUERY = {"i": "unit_active", "o": "plone.app.querystring.operation.boolean.isTrue", "v": ""}


def province_news_block():
    block = listing_block(["News Item"], b_size=6, variation="mttqNewsFeatured", headline="Tin tức",
                          extra_query=[PROVINCE_HOME_QUERY])
    # No path in the query any more: "Xem thêm" needs its own link.
    block["linkHref"] = [{"@id": "/tin-tuc", "title": "Tin tức"}]
    return block


def home_blocks(is_province):
    """The home page of a unit site, or of the province (the root)."""
    blocks = [title_block()]
    if not is_province:
        # Variations of the volto-mttq add-on (volto-frontend/packages/volto-mttq).
        blocks.append(
            listing_block(["News Item"], path="./tin-tuc", b_size=6, variation="mttqNewsFeatured", headline="Tin tức")
        )
    else:
        # The province's own news and the units' news it accepted (news/proposals.py).
        blocks.append(province_news_block())
        blocks.append(
            listing_block(
                ["News Item"], b_size=8, variation="mttqNews", headline="Tin từ cơ sở",
                extra_query=[{"i": "unit_code", "o": "plone.app.querystring.operation.selection.none", "v": ["20"]},
                             ACTIVE_UNITS_QUERY],
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
        ("Lịch công tác", "Lịch làm việc, hội nghị, hoạt động.", _calendar_blocks()),
        ("Thư viện ảnh", "Hình ảnh, video hoạt động.", _gallery_blocks()),
        ("Giới thiệu", "Cơ cấu tổ chức, lãnh đạo, liên hệ.", _about_blocks(unit_title)),
        ("Liên hệ", "Địa chỉ, điện thoại, thư điện tử.", _contact_blocks(unit_title, address, phone, email)),
    ]


def section_id(title):
    return getUtility(IIDNormalizer).normalize(title)


# What editors may add in each section, so that the add menu offers what
# belongs there (news in Tin tức, guidance documents in Văn bản) and a
# stray form or folder cannot end up in the news listing.
SECTION_TYPES = {
    "tin-tuc": ("News Item", "Image", "File", "Link"),
    "van-ban": ("GuidanceDocument",),
    "lich-cong-tac": ("Event",),
    "thu-vien-anh": ("Album",),
    "gioi-thieu": ("Document", "Image", "File", "Link"),
    "lien-he": ("Document", "Image", "File", "Link", "EasyForm"),
}


def constrain_section(page):
    """Restrict what can be added in a section to its SECTION_TYPES."""
    types = SECTION_TYPES.get(page.getId())
    if types is None:
        return False
    constraints = ISelectableConstrainTypes(page)
    # Which types are valid depends on who may add them: this is the site's
    # configuration, set whoever runs it (an upgrade step, a command).
    with api.env.adopt_roles(["Manager"]):
        constraints.setConstrainTypesMode(ENABLED)
        constraints.setLocallyAllowedTypes(types)
        constraints.setImmediatelyAddableTypes(types)
    return True


def constrain_sections(container):
    """Apply SECTION_TYPES to the sections of a unit site (or the root)."""
    return [page for page in (container.get(sid) for sid in SECTION_TYPES)
            if page is not None and constrain_section(page)]


def create_sections(container, unit_title, address="", phone="", email=""):
    """Create the missing sections of a unit site and publish them."""
    created = []
    previous = None
    for title, description, (blocks, layout) in section_specs(unit_title, address, phone, email):
        sid, previous = section_id(title), previous
        if sid in container.objectIds():
            previous = sid
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
        constrain_section(page)
        api.content.transition(obj=page, transition="publish")
        if previous is not None:
            # A section added to an existing site takes its place in the menu.
            container.moveObjectToPosition(sid, container.getObjectPosition(previous) + 1)
        previous = sid
        created.append(page)
    # Citizens' feedback form and the private case folder (mttq.langson.feedback).
    from mttq.langson.feedback.setup import ensure_feedback

    ensure_feedback(container, unit_title)
    # The search page with facets (mttq.langson.search), out of the menu.
    from mttq.langson.search.page import ensure_search_page

    ensure_search_page(container)
    return created
