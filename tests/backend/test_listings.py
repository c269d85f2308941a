"""Listings sort one page, not every match (mttq.langson.search.listings, #4).

Volto's listing and search blocks ask ``@querystring-search`` for a page;
the catalog is given a sort limit of the page's end, so that the province
home's "Tin từ cơ sở" does not sort 92,000 news to show eight. The page's
items and the total for the pager stay what they were; callers that want
every result (collections, feeds) keep getting them all.
"""

from DateTime import DateTime
from mttq.langson.search.listings import IPagedQuerystringSearch
from mttq.langson.search.listings import PagedQueryBuilder
from plone import api
from plone.app.querystring.querybuilder import QueryBuilder
from plone.app.testing import SITE_OWNER_NAME
from Products.ZCatalog.Catalog import Catalog
from zope.component import getMultiAdapter
from zope.interface import alsoProvides

import json
import pytest
import transaction


PAQO = "plone.app.querystring.operation"
FOLDER = "huyen-trang-dinh/tin-tuc"
TITLES = [f"Tin số {n}" for n in range(1, 8)]  # "Tin số 7" is the newest


@pytest.fixture
def news(functional):
    portal = functional["portal"]
    with api.env.adopt_user(SITE_OWNER_NAME):
        folder = portal.unrestrictedTraverse(FOLDER)
        for day, title in enumerate(TITLES, start=1):
            item = api.content.create(folder, "News Item", title=title, news_category="Chuyển đổi số")
            item.setEffectiveDate(DateTime(f"2026-10-{day:02d} 08:00 GMT+7"))
            api.content.transition(item, "publish")
            item.reindexObject()
    transaction.commit()
    return portal


@pytest.fixture
def sort_limits(monkeypatch):
    """The limit ZCatalog is asked to sort up to, for every sorted search."""
    seen = []
    original = Catalog.sortResults

    def spy(self, rs, sort_index, reverse=False, limit=None, *args, **kw):
        seen.append(limit)
        return original(self, rs, sort_index, reverse, limit, *args, **kw)

    monkeypatch.setattr(Catalog, "sortResults", spy)
    return seen


def _page(api_client, b_start, b_size, **extra):
    body = {
        "query": [
            {"i": "portal_type", "o": f"{PAQO}.selection.any", "v": ["News Item"]},
            {"i": "news_category", "o": f"{PAQO}.selection.any", "v": ["Chuyển đổi số"]},
        ],
        "sort_on": "effective", "sort_order": "descending", "b_start": b_start, "b_size": b_size, **extra,
    }
    response = api_client.post("@querystring-search", json=body)
    assert response.status_code == 200, response.text
    return response.json()


class TestPagedListings:
    def test_each_page_sorts_only_up_to_its_end(self, news, api_client, sort_limits):
        first = _page(api_client, 0, 3)
        assert [item["title"] for item in first["items"]] == ["Tin số 7", "Tin số 6", "Tin số 5"]
        second = _page(api_client, 3, 3)
        assert [item["title"] for item in second["items"]] == ["Tin số 4", "Tin số 3", "Tin số 2"]
        last = _page(api_client, 6, 3)
        assert [item["title"] for item in last["items"]] == ["Tin số 1"]
        # the pager still counts every match
        assert first["items_total"] == second["items_total"] == last["items_total"] == len(TITLES)
        assert "next" in first["batching"] and "next" not in last["batching"]
        assert sort_limits == [3, 6, 9]

    def test_a_listing_limit_of_its_own_still_bounds_the_total(self, news, api_client, sort_limits):
        limited = _page(api_client, 0, 2, limit=4)
        assert [item["title"] for item in limited["items"]] == ["Tin số 7", "Tin số 6"]
        assert limited["items_total"] == 4
        assert sort_limits == [4]

    def test_get_requests_are_paged_too(self, news, api_client, sort_limits):
        body = {
            "query": [{"i": "news_category", "o": f"{PAQO}.selection.any", "v": ["Chuyển đổi số"]}],
            "sort_on": "effective", "sort_order": "descending", "b_size": 2,
        }
        response = api_client.get("@querystring-search", params={"query": json.dumps(body)})
        assert response.status_code == 200, response.text
        assert [item["title"] for item in response.json()["items"]] == ["Tin số 7", "Tin số 6"]
        assert response.json()["items_total"] == len(TITLES)
        assert sort_limits == [2]

    def test_other_callers_get_every_result(self, news, sort_limits):
        portal = news
        request = portal.REQUEST
        builder = getMultiAdapter((portal, request), name="querybuilderresults")
        assert isinstance(builder, QueryBuilder) and not isinstance(builder, PagedQueryBuilder)
        query = [{"i": "news_category", "o": f"{PAQO}.selection.any", "v": ["Chuyển đổi số"]}]
        brains = builder(query=query, sort_on="effective", sort_order="descending", brains=True, b_size=2)
        assert len(brains) == len(TITLES)
        assert sort_limits == [None]

        alsoProvides(request, IPagedQuerystringSearch)
        assert isinstance(getMultiAdapter((portal, request), name="querybuilderresults"), PagedQueryBuilder)
