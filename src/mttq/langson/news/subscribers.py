from mttq.langson.news.proposals import forget
from plone import api


BATCH = 500


def forget_proposal(obj, event):
    """A deleted item leaves no proposal behind (moves keep the UID and the record)."""
    if event.newParent is None:
        forget(obj)


def reindex_unit_news(unit, event):
    """Closing or reopening a unit flips ``unit_active`` of its news."""
    if event.action not in ("close", "reopen"):
        return
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(unit.getPhysicalPath())
    start = 0
    while True:
        brains = catalog.unrestrictedSearchResults(
            portal_type="News Item", path=path, sort_on="path", b_start=start, b_size=BATCH
        )[start:start + BATCH]
        if not brains:
            break
        for brain in brains:
            brain._unrestrictedGetObject().reindexObject(idxs=["unit_active"])
        start += BATCH
