"""1009 → 1010: the search page with facets (mttq.langson.search).

Existing sites get the ``year`` index (filled) and its query field, and
the province and every unit its "Tìm kiếm" page (Volto's search block with
the unit, type, category and year facets), as new sites get them from
``create_sections``.
"""

from mttq.langson import logger
from mttq.langson.network.units import all_units
from mttq.langson.search.page import ensure_search_page
from plone import api


PROFILE = "profile-mttq.langson:default"
INDEXES = ("year",)


def search_page(context):
    setup = api.portal.get_tool("portal_setup")
    catalog = api.portal.get_tool("portal_catalog")
    before = set(catalog.indexes())
    for step in ("catalog", "plone.app.registry"):
        setup.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    new = [name for name in INDEXES if name not in before]
    if new:
        catalog.manage_reindexIndex(ids=new)
    created = [page for page in (ensure_search_page(unit) for unit in all_units()) if page is not None]
    logger.info("Search pages added in %d units; new indexes: %s", len(created), ", ".join(new) or "none")
