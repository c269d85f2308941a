"""The ``year`` index: the search page's "Năm" facet.

A guidance document counts in the year it was issued; anything else in the
year it was published (``effective``), or created while never published.
Indexed as text ("2026") so that facet values and URL tokens are the same.
"""

from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer


MIN_YEAR, MAX_YEAR = 1945, 2100


def _year(value):
    year = getattr(value, "year", None)
    if callable(year):  # Zope DateTime
        year = year()
    return year if isinstance(year, int) and MIN_YEAR <= year <= MAX_YEAR else None


@indexer(IDexterityContent)
def year(obj):
    for value in (getattr(obj, "issue_date", None), getattr(obj, "effective_date", None), obj.created()):
        found = _year(value)
        if found is not None:
            return str(found)
    return None
