"""The search page with facets (mttq.langson.search.page, issue #4).

Every unit (and the province) has a "Tìm kiếm" page holding Volto's search
block with the unit, type, category and year facets; the ``year`` index and
its vocabulary; what the block asks the backend for (``@querystring``,
``@querystring-search``) narrows by those facets, finds Vietnamese with or
without accents and never gives anonymous readers a draft; the upgrade step
brings all this to an existing site.
"""

from DateTime import DateTime
from datetime import date
from mttq.langson.search.page import FACETS
from mttq.langson.search.page import PAGE_ID
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

import transaction


PROFILE = "mttq.langson:default"
PAQO = "plone.app.querystring.operation"
A, B = "thanh-pho-lang-son/tin-tuc", "huyen-trang-dinh/tin-tuc"
CATEGORY = "Chuyển đổi số"


def _news(portal, path, id, title, effective=None, publish=True, **fields):
    with api.env.adopt_user(SITE_OWNER_NAME):
        item = api.content.create(portal.unrestrictedTraverse(path), "News Item", id=id, title=title, **fields)
        if effective is not None:
            item.setEffectiveDate(DateTime(effective))
        if publish:
            api.content.transition(item, "publish")
        item.reindexObject()
    return item


def _year_of(item):
    catalog = api.portal.get_tool("portal_catalog")
    brain = catalog.unrestrictedSearchResults(UID=item.UID())[0]  # flushes the indexing queue
    return catalog.getIndexDataForRID(brain.getRID())["year"]


def _search_block(page):
    return next(b for b in page.blocks.values() if b.get("@type") == "search")


def _query(api_client, criteria, user=None, **extra):
    """What Volto's search block sends: the page's base query plus the facets."""
    transaction.begin()
    body = {"query": [{"i": "path", "o": f"{PAQO}.string.absolutePath", "v": "/"}, *criteria],
            "b_size": 50, "metadata_fields": "_all", **extra}
    response = api_client.post("@querystring-search", user=user, json=body)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def _titles(items):
    return [item["title"] for item in items]


class TestPages:
    def test_every_unit_has_its_search_page(self, portal):
        from mttq.langson.network.units import all_units

        units = all_units()
        assert len(units) == 12
        for unit in units:
            page = unit[PAGE_ID]
            assert page.portal_type == "Document" and page.Title() == "Tìm kiếm"
            assert api.content.get_state(page) == "published"
            assert page.exclude_from_nav is True

    def test_the_block_has_the_four_facets_and_searches_the_network(self, portal):
        block = _search_block(portal["huyen-trang-dinh"][PAGE_ID])
        shown = [f for f in block["facets"] if not f["hidden"]]
        assert [f["field"]["value"] for f in shown] == ["unit_code", "portal_type", "news_category", "year"]
        assert [f["title"] for f in shown] == ["Đơn vị", "Loại nội dung", "Chuyên mục", "Năm"]
        assert all(f["multiple"] for f in block["facets"])
        # Tags: a hidden facet, so that a tag in the address filters (tag links)
        hidden = [f for f in block["facets"] if f["hidden"]]
        assert [(f["field"]["value"], f["title"], f["type"]) for f in hidden] == [
            ("Subject", "Chủ đề", "selectFacet")]
        # the whole network, whatever the page: a unit is a facet value
        assert block["query"]["query"] == [{"i": "path", "o": f"{PAQO}.string.absolutePath", "v": "/"}]
        assert "sort_on" not in block["query"]  # relevance for a text search
        assert block["listingBodyTemplate"] == "mttqSearchResults"
        assert block["showSearchInput"] and block["searchButtonLabel"] == "Tìm"

    def test_not_in_the_navigation(self, portal):
        from plone.restapi.interfaces import IExpandableElement
        from zope.component import getMultiAdapter

        unit = portal["huyen-trang-dinh"]
        navigation = getMultiAdapter((unit, portal.REQUEST), IExpandableElement, name="navigation")
        titles = [item["title"] for item in navigation(expand=True)["navigation"]["items"]]
        assert "Tin tức" in titles and "Tìm kiếm" not in titles

    def test_a_new_unit_gets_one(self, portal):
        from mttq.langson.network.records import UnitRecord
        from mttq.langson.network.units import add_unit

        with api.env.adopt_roles(["Manager"]):
            unit = add_unit(UnitRecord(code="190", name="Huyện Mẫu Sơn", level="district"))
        assert _search_block(unit[PAGE_ID])["facets"]


class TestYear:
    def test_news_count_in_their_publication_year(self, portal):
        item = _news(portal, A, "tin-2024", "Tin năm 2024", effective="2024-06-01 08:00 Asia/Ho_Chi_Minh")
        catalog = api.portal.get_tool("portal_catalog")
        assert [b.getId for b in catalog(year="2024", portal_type="News Item")] == ["tin-2024"]
        assert _year_of(item) == "2024"

    def test_a_draft_counts_in_its_creation_year(self, portal):
        item = _news(portal, A, "nhap", "Bản nháp", publish=False)
        assert _year_of(item) == str(DateTime().year())

    def test_documents_count_in_their_issue_year(self, portal):
        from test_documents import create_document

        doc = create_document(portal["huyen-trang-dinh"]["van-ban"], id="vb-2023", issue_date=date(2023, 5, 2),
                              date_in_force=date(2023, 5, 2))
        assert _year_of(doc) == "2023"

    def test_vocabulary_lists_the_indexed_years_newest_first(self, portal):
        _news(portal, A, "t2021", "Tin 2021", effective="2021-02-01 08:00")
        _news(portal, A, "t2025", "Tin 2025", effective="2025-02-01 08:00")
        years = [t.token for t in getUtility(IVocabularyFactory, "mttq.langson.Years")(portal)]
        assert years == sorted(years, reverse=True)
        assert {"2021", "2025", str(DateTime().year())} <= set(years)


class TestThroughRest:
    def test_querystring_offers_the_facets_in_vietnamese(self, api_client):
        indexes = api_client.get("@querystring").json()["indexes"]
        assert indexes["year"]["title"] == "Năm"
        assert indexes["unit_code"]["values"]["180"]["title"] == "Ủy ban MTTQ Việt Nam huyện Tràng Định"
        assert "News Item" in indexes["portal_type"]["values"]
        assert set(indexes["news_category"]["values"]) >= {CATEGORY}

    def test_facets_narrow_the_results(self, functional, api_client):
        portal = functional["portal"]
        _news(portal, A, "a25", "Ủy ban phường họp năm 2025", effective="2025-03-01 08:00",
              news_category=CATEGORY)
        _news(portal, A, "a26", "Uy ban phuong hop nam 2026", effective="2026-03-01 08:00")
        _news(portal, B, "b26", "Ủy ban huyện Tràng Định họp", effective="2026-03-02 08:00",
              news_category=CATEGORY)
        transaction.commit()
        text = {"i": "SearchableText", "o": f"{PAQO}.string.contains", "v": "Uy ban hop"}
        everything = _titles(_query(api_client, [text]))
        assert {"Ủy ban phường họp năm 2025", "Uy ban phuong hop nam 2026", "Ủy ban huyện Tràng Định họp"} <= set(
            everything)
        unit = {"i": "unit_code", "o": f"{PAQO}.selection.any", "v": ["178"]}
        assert set(_titles(_query(api_client, [text, unit]))) == {
            "Ủy ban phường họp năm 2025", "Uy ban phuong hop nam 2026"}
        year = {"i": "year", "o": f"{PAQO}.selection.any", "v": ["2026"]}
        assert _titles(_query(api_client, [text, unit, year])) == ["Uy ban phuong hop nam 2026"]
        category = {"i": "news_category", "o": f"{PAQO}.selection.any", "v": [CATEGORY]}
        assert set(_titles(_query(api_client, [text, category]))) == {
            "Ủy ban phường họp năm 2025", "Ủy ban huyện Tràng Định họp"}
        types = {"i": "portal_type", "o": f"{PAQO}.selection.any", "v": ["Document"]}
        assert "Ủy ban huyện Tràng Định họp" not in _titles(_query(api_client, [text, types]))
        # what the results list shows: unit, type, date
        item = _query(api_client, [text, unit, year])[0]
        assert item["unit_code"] == "178" and item["@type"] == "News Item"
        assert item["effective"].startswith("2026-03-01")

    def test_a_tag_narrows_the_results_as_the_hidden_facet_asks(self, functional, api_client):
        portal = functional["portal"]
        _news(portal, A, "the", "Tin có chủ đề", subject=("Chuyển đổi số", "Khu dân cư"))
        _news(portal, B, "khac", "Tin chủ đề khác", subject=("Bầu cử",))
        _news(portal, B, "nhap-the", "Tin nháp có chủ đề", subject=("Chuyển đổi số",), publish=False)
        transaction.commit()
        # what Volto's selectFacet sends for the tag of the address
        tag = {"i": "Subject", "o": f"{PAQO}.list.contains", "v": ["Chuyển đổi số"]}
        assert _titles(_query(api_client, [tag])) == ["Tin có chủ đề"]
        unit = {"i": "unit_code", "o": f"{PAQO}.selection.any", "v": ["180"]}
        assert _titles(_query(api_client, [tag, unit])) == []
        assert set(_titles(_query(api_client, [tag], user="editor-180"))) == {"Tin có chủ đề", "Tin nháp có chủ đề"}

    def test_exact_accents_rank_first(self, functional, api_client):
        portal = functional["portal"]
        _news(portal, A, "hoa-old", "Giữ vững hòa bình")
        _news(portal, B, "hoa-plain", "Giu vung hoa binh")
        transaction.commit()
        text = {"i": "SearchableText", "o": f"{PAQO}.string.contains", "v": "hoà bình"}
        assert _titles(_query(api_client, [text]))[:2] == ["Giữ vững hòa bình", "Giu vung hoa binh"]

    def test_anonymous_readers_never_get_drafts(self, functional, api_client):
        portal = functional["portal"]
        _news(portal, A, "cong-khai", "Ủy ban công khai")
        _news(portal, A, "rieng-tu", "Ủy ban bản nháp riêng tư", publish=False)
        transaction.commit()
        text = {"i": "SearchableText", "o": f"{PAQO}.string.contains", "v": "uy ban"}
        anonymous = _titles(_query(api_client, [text]))
        assert "Ủy ban công khai" in anonymous and "Ủy ban bản nháp riêng tư" not in anonymous
        year = {"i": "year", "o": f"{PAQO}.selection.any", "v": [str(DateTime().year())]}
        assert "Ủy ban bản nháp riêng tư" not in _titles(_query(api_client, [year]))
        assert "Ủy ban bản nháp riêng tư" in _titles(_query(api_client, [text], user="editor-178"))


class TestUpgrade:
    def test_upgrade_from_1007(self, portal):
        from mttq.langson.network.units import all_units

        catalog = api.portal.get_tool("portal_catalog")
        registry = api.portal.get_tool("portal_registry")
        _news(portal, A, "cu", "Tin cũ", effective="2022-01-05 08:00")
        # A 1007 site: no year index or field, no search pages.
        catalog.delIndex("year")
        for key in [k for k in registry.records.keys() if k.startswith("plone.app.querystring.field.year.")]:
            del registry.records[key]
        with api.env.adopt_roles(["Manager"]):
            for unit in all_units():
                api.content.delete(unit[PAGE_ID], check_linkintegrity=False)
        setup = api.portal.get_tool("portal_setup")
        setup.setLastVersionForProfile(PROFILE, "1007")

        with api.env.adopt_user(SITE_OWNER_NAME):
            setup.upgradeProfile(PROFILE)

        current = setup.getVersionForProfile(PROFILE)
        assert setup.getLastVersionForProfile(PROFILE) == tuple(current.split("."))
        assert [b.getId for b in catalog(year="2022", portal_type="News Item")] == ["cu"]
        assert registry["plone.app.querystring.field.year.vocabulary"] == "mttq.langson.Years"
        for unit in all_units():
            assert [f["field"]["value"] for f in _search_block(unit[PAGE_ID])["facets"]] == [
                index for index, _label, _widget, _hidden in FACETS]

    def test_upgrade_from_1010_adds_the_tag_facet_and_keeps_the_editors_facets(self, portal):
        from mttq.langson.network.units import all_units

        editors = {"@id": "facet-review", "title": "Trạng thái", "field": {"label": "Trạng thái", "value": "review_state"},
                   "type": "checkboxFacet", "multiple": True, "hidden": False, "advanced": False}
        # A 1010 site: search pages without the tag facet; an editor added one of theirs to a unit's page.
        for unit in all_units():
            page = unit[PAGE_ID]
            blocks = dict(page.blocks)
            block_id = next(i for i, b in blocks.items() if b["@type"] == "search")
            facets = [f for f in blocks[block_id]["facets"] if f["field"]["value"] != "Subject"]
            if unit.getId() == "huyen-trang-dinh":
                facets.append(editors)
            blocks[block_id] = dict(blocks[block_id], facets=facets)
            page.blocks = blocks
        setup = api.portal.get_tool("portal_setup")
        setup.setLastVersionForProfile(PROFILE, "1010")

        with api.env.adopt_user(SITE_OWNER_NAME):
            setup.upgradeProfile(PROFILE)

        current = setup.getVersionForProfile(PROFILE)
        assert setup.getLastVersionForProfile(PROFILE) == tuple(current.split("."))
        assert int(current) >= 1011  # later steps may follow
        for unit in all_units():
            fields = [f["field"]["value"] for f in _search_block(unit[PAGE_ID])["facets"]]
            kept = ["review_state"] if unit.getId() == "huyen-trang-dinh" else []
            assert fields == ["unit_code", "portal_type", "news_category", "year", *kept, "Subject"], unit.getId()
        assert _search_block(portal[PAGE_ID])["facets"][-1]["hidden"] is True
