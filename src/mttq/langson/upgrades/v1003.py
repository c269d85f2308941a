"""1002 → 1003: news (mttq.langson.news).

Existing sites get the News Item behaviour (category, featured), the
categories record and query fields, the new permissions, the new catalog
indexes (filled), and the province home's news listing switched from the
path of its news folder to the ``province_home`` index (other blocks and
their edits stay as they are).
"""

from mttq.langson import logger
from mttq.langson.network.sections import ACTIVE_UNITS_QUERY
from mttq.langson.network.sections import PROVINCE_HOME_QUERY
from plone import api


PROFILE = "profile-mttq.langson:default"
INDEXES = ("news_category", "featured", "province_home", "unit_active")


def _switch_province_listings(site):
    blocks = dict(getattr(site, "blocks", None) or {})
    changed = False
    for block in blocks.values():
        if block.get("@type") != "listing":
            continue
        query = (block.get("querystring") or {}).get("query") or []
        if block.get("headline") == "Tin từ cơ sở" and not any(c.get("i") == "unit_active" for c in query):
            query.append(dict(ACTIVE_UNITS_QUERY))
            changed = True
        paths = [c for c in query if c.get("i") == "path" and c.get("v") == "./tin-tuc"]
        if block.get("variation") == "mttqNewsFeatured" and paths:
            block["querystring"]["query"] = [c for c in query if c not in paths] + [dict(PROVINCE_HOME_QUERY)]
            block.setdefault("linkHref", [{"@id": "/tin-tuc", "title": "Tin tức"}])
            changed = True
    if changed:
        site.blocks = blocks
    return changed


def news(context):
    setup = api.portal.get_tool("portal_setup")
    catalog = api.portal.get_tool("portal_catalog")
    before = set(catalog.indexes())
    for step in ("typeinfo", "rolemap", "plone.app.registry", "catalog"):
        setup.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    new = [name for name in INDEXES if name not in before]
    if new:
        catalog.manage_reindexIndex(ids=new)
    # Metadata columns of existing news items.
    brains = catalog.unrestrictedSearchResults(portal_type="News Item")
    for brain in brains:
        brain._unrestrictedGetObject().reindexObject(idxs=list(INDEXES))
    switched = _switch_province_listings(api.portal.get())
    logger.info("News installed; new indexes: %s; province home listing switched: %s", ", ".join(new) or "none", switched)
