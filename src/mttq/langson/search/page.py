"""The search page ("Tìm kiếm") of the province and of every unit site.

A Volto page holding Volto's own search block, configured with facets on
catalog indexes: unit (``unit_code``), content type (``portal_type``), news
category (``news_category``) and year (``year``). Its base query is the
whole network (an absolute path to the root): the unit a reader searches in
is a facet value the header's search box puts in the address, so that
unticking it widens the search to the network, and the address (with the
facets) can be shared and reloaded. The page stays out of the navigation.
"""

from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from plone import api


PAGE_ID = "tim-kiem"
PAGE_TITLE = "Tìm kiếm"
PAGE_DESCRIPTION = "Tìm tin tức, văn bản, sự kiện trên trang của đơn vị và toàn mạng lưới."
PAQO = "plone.app.querystring.operation"
# (index, label, Volto facet widget); the labels are the page's own text.
FACETS = (
    ("unit_code", "Đơn vị", "selectFacet"),
    ("portal_type", "Loại nội dung", "checkboxFacet"),
    ("news_category", "Chuyên mục", "checkboxFacet"),
    ("year", "Năm", "checkboxFacet"),
)


def search_block():
    """Volto's search block: facets on the left, Vietnamese labels."""
    return {
        "@type": "search",
        "variation": "facetsLeftSide",
        "headline": "",
        "showSearchInput": True,
        "showSearchButton": True,
        "searchInputPrompt": "Nhập từ khóa (có dấu hoặc không dấu)",
        "searchButtonLabel": "Tìm",
        "showTotalResults": True,
        "showSortOn": True,
        "sortOnLabel": "Sắp xếp",
        "sortOnOptions": ["effective", "sortable_title"],
        "facetsTitle": "Lọc kết quả",
        "facets": [
            {
                "@id": f"facet-{index}",
                "title": label,
                "field": {"label": label, "value": index},
                "type": widget,
                "multiple": True,
                "hidden": False,
                "advanced": False,
            }
            for index, label, widget in FACETS
        ],
        # The results: the add-on's listing template (unit, type, date).
        "listingBodyTemplate": "mttqSearchResults",
        "query": {
            # The whole network whatever page the block is on (the block's
            # default would be the unit's path, which no facet could widen).
            "query": [{"i": "path", "o": f"{PAQO}.string.absolutePath", "v": "/"}],
            # No sort: relevance (exact accents first) for a text search,
            # newest first (Volto's default) without one.
            "b_size": "20",
        },
    }


def search_page_blocks():
    return page_blocks(
        title_block(),
        text_block("Tìm có dấu hoặc không dấu đều được. Trên trang của một đơn vị, kết quả mặc định là của đơn vị "
                   "đó: bỏ chọn đơn vị ở mục \u201cĐơn vị\u201d để tìm trên toàn mạng lưới."),
        search_block(),
    )


def ensure_search_page(container):
    """The container's (unit site's or root's) search page, created and published if missing."""
    page = container.get(PAGE_ID)
    if page is not None:
        return None
    blocks, layout = search_page_blocks()
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(
            container=container,
            type="Document",
            id=PAGE_ID,
            title=PAGE_TITLE,
            description=PAGE_DESCRIPTION,
            blocks=blocks,
            blocks_layout=layout,
            exclude_from_nav=True,
            safe_id=False,
        )
        if api.content.get_state(page, default=None) != "published":
            api.content.transition(obj=page, transition="publish")
    return page
