"""1010 → 1011: the search pages get the hidden "Chủ đề" facet (``Subject``).

Tag links of articles and pages open the unit's search page with the tag
in the address; Volto's search block only filters by criteria that one of
its facets covers, so existing pages get the facet, after their own ones.
"""

from mttq.langson import logger
from mttq.langson.network.units import all_units
from mttq.langson.search.page import add_missing_facets
from mttq.langson.search.page import PAGE_ID


def tag_facet(context):
    updated = 0
    for unit in all_units():
        page = unit.get(PAGE_ID)
        if page is not None and add_missing_facets(page):
            updated += 1
    logger.info("Search pages given the tag facet: %d", updated)
