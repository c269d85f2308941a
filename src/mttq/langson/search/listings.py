"""One page of a listing costs one page, not the whole result set.

Volto's listing and search blocks ask ``@querystring-search`` for a page
(``b_start``, ``b_size``). plone.restapi hands the query to the querybuilder
without them and batches afterwards, so ZCatalog sorts every match to show
a few: on the province home, "Tin từ cơ sở" sorted 92,000 news by date to
show eight (0.5 s a request at 100,000 news). Given the page, ZCatalog
keeps only the best ``b_start + b_size`` while walking the matches (its
n-best sort), returns the page's items and still counts every match; the
batch plone.restapi builds then takes them as they are (plone.batching's
"optimized batch", the one Plone's own collections use), so the items,
"items_total" and the pager's links are unchanged.

Only ``@querystring-search`` marks its request: collections, feeds and
exports that call the querybuilder for every result keep getting them all.
"""

from mttq.langson.interfaces import IMttqLangsonLayer
from plone.app.querystring.querybuilder import QueryBuilder
from plone.restapi.services.querystringsearch.get import QuerystringSearchGet
from plone.restapi.services.querystringsearch.get import QuerystringSearchPost
from zope.interface import alsoProvides


class IPagedQuerystringSearch(IMttqLangsonLayer):
    """A request of @querystring-search, which only serializes one page."""


class PagedQueryBuilder(QueryBuilder):
    """The querybuilder for paged requests: asks the catalog for the page."""

    page = None

    def _makequery(self, query=None, batch=False, b_start=0, b_size=30, sort_on=None, sort_order=None,
                   limit=0, brains=False, custom_query=None):
        # A limit of the listing's own already bounds the sort; a batch is
        # built here from every result.
        if brains and not batch and not limit and b_size:
            self.page = {"b_start": max(int(b_start or 0), 0), "b_size": int(b_size)}
        return super()._makequery(
            query=query, batch=batch, b_start=b_start, b_size=b_size, sort_on=sort_on,
            sort_order=sort_order, limit=limit, brains=brains, custom_query=custom_query)

    def filter_query(self, query):
        # The last look at the catalog query before it runs.
        query = super().filter_query(query)
        if self.page and query.get("sort_on") and not {"sort_limit", "b_start", "b_size"} & set(query):
            query.update(self.page)
        return query


class PagedQuerystringSearchPost(QuerystringSearchPost):
    def reply(self):
        alsoProvides(self.request, IPagedQuerystringSearch)
        return super().reply()


class PagedQuerystringSearchGet(QuerystringSearchGet):
    def reply(self):
        alsoProvides(self.request, IPagedQuerystringSearch)
        return super().reply()
