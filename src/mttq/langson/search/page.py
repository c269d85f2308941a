"""The search page ("Tìm kiếm") of the province and of every unit site.

A Volto page holding Volto's own search block, configured with facets on
catalog indexes: unit (``unit_code``), content type (``portal_type``), news
category (``news_category``) and year (``year``). Its base query is the
whole network (an absolute path to the root): the unit a reader searches in
is a facet value the header's search box puts in the address, so that
unticking it widens the search to the network, and the address (with the
facets) can be shared and reloaded. A hidden facet on tags (``Subject``)
serves the tag links of articles and pages. The page stays out of the
navigation.
"""

from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from plone import api


PAGE_ID = "tim-kiem"
PAGE_TITLE = "Tìm kiếm"
PAGE_DESCRIPTION = "Tìm tin tức, văn bản, sự kiện trên trang của đơn vị và toàn mạng lưới."
PAQO = "plone.app.querystring.operation"
# (index, label, Volto facet widget, hidden); the labels are the page's own text.
FACETS = (
    ("unit_code", "Đơn vị", "selectFacet", False),
    ("portal_type", "Loại nội dung", "checkboxFacet", False),
    ("news_category", "Chuyên mục", "checkboxFacet", False),
    ("year", "Năm", "checkboxFacet", False),
    # Tags: the tag links of articles and pages put one in the address; the
    # block then filters by it and lists it among the active filters. Hidden
    # as a facet: the tag vocabulary is only for editors (and lists the
    # intranet's tags too), so anonymous readers would get an empty list.
    ("Subject", "Chủ đề", "selectFacet", True),
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
                "hidden": hidden,
                "advanced": False,
            }
            for index, label, widget, hidden in FACETS
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


def add_missing_facets(page):
    """Give the page's search block the facets of FACETS it lacks (on an
    index no facet uses yet), after those it has: editors' changes stay.
    Returns the indexes added."""
    blocks = dict(page.blocks or {})
    added = []
    for block_id, block in blocks.items():
        if block.get("@type") != "search":
            continue
        facets = list(block.get("facets") or [])
        present = {(facet.get("field") or {}).get("value") for facet in facets}
        new = [facet for facet in search_block()["facets"] if facet["field"]["value"] not in present]
        if new:
            blocks[block_id] = dict(block, facets=facets + new)
            added += [facet["field"]["value"] for facet in new]
    if added:
        page.blocks = blocks  # a new dict: the change is persisted
    return added


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
