"""News: categories, featured flag and tags, scheduled publication and
expiry, history, RSS feeds, proposals of unit news to the province home."""

from DateTime import DateTime
from email.utils import parsedate_to_datetime
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from xml.etree import ElementTree

import pytest
import transaction


A, B = "thanh-pho-lang-son/tin-tuc", "huyen-trang-dinh/tin-tuc"
PROVINCE_NEWS, INTRANET = "tin-tuc", "noi-bo"
CATEGORY = "Chuyển đổi số"


def _create(portal, path, id, title, publish=True, **fields):
    with api.env.adopt_user(SITE_OWNER_NAME):
        item = api.content.create(portal.unrestrictedTraverse(path), "News Item", id=id, title=title, **fields)
        # Intranet items start internally published (mttq_intranet_workflow).
        if publish and not path.startswith(INTRANET):
            api.content.transition(item, "publish")
        item.reindexObject()
    return item


def _feed(api_client, path="", **params):
    response = api_client.session().get(api_client.url(f"{path}/@@feed.xml".lstrip("/")), params=params)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("application/rss+xml")
    return ElementTree.fromstring(response.content)


def _feed_titles(root):
    return [item.findtext("title") for item in root.iter("item")]


def _home_listing(api_client, portal, headline, user=None):
    transaction.begin()
    block = next(b for b in portal.blocks.values() if b.get("headline") == headline)
    data = api_client.post("@querystring-search", user=user, json=block["querystring"]).json()
    return [item["title"] for item in data["items"]]


class TestCategories:
    def test_default_vocabulary_is_the_central_sites_sections(self, portal):
        from zope.component import getUtility
        from zope.schema.interfaces import IVocabularyFactory

        vocabulary = getUtility(IVocabularyFactory, "mttq.langson.NewsCategories")(portal)
        titles = [term.title for term in vocabulary]
        assert len(titles) == 9
        assert titles[0] == "Tin hoạt động" and titles[-1] == "Thông báo"
        assert "An sinh xã hội (Quỹ Vì người nghèo)" in titles
        assert vocabulary.getTermByToken("chuyen-doi-so").value == CATEGORY

    def test_vocabulary_follows_the_registry(self, portal):
        from mttq.langson.news.categories import news_categories
        from mttq.langson.news.categories import set_categories

        set_categories(["  Tin hoạt động ", "Bầu cử"])
        assert [t.value for t in news_categories(portal)] == ["Tin hoạt động", "Bầu cử"]

    @pytest.mark.parametrize("values", [[], ["A", "a"], ["Tin", " "], "Tin", [3]])
    def test_bad_lists_are_refused(self, portal, values):
        from mttq.langson.news.categories import CategoryError
        from mttq.langson.news.categories import get_categories
        from mttq.langson.news.categories import set_categories

        with pytest.raises(CategoryError):
            set_categories(values)
        assert len(get_categories()) == 9

    def test_news_item_has_category_featured_lead_image_and_tags(self, portal):
        behaviors = portal.portal_types["News Item"].behaviors
        # Lead image: Volto 18's preview image link; tags: Subject.
        assert {"mttq.news", "volto.preview_image_link", "plone.categorization"} <= set(behaviors)


class TestCategoriesApi:
    def test_everyone_reads(self, api_client):
        data = api_client.get("@news-categories").json()
        assert data["items"][0] == {"token": "tin-hoat-dong", "title": "Tin hoạt động"}

    @pytest.mark.parametrize("user", [None, "editor-178", "province-editor", "province-reviewer"])
    def test_only_the_province_office_edits(self, api_client, user):
        response = api_client.patch("@news-categories", user=user, json={"categories": ["Một"]})
        assert response.status_code in (401, 403)
        assert len(api_client.get("@news-categories").json()["items"]) == 9

    def test_province_admin_edits_and_items_use_it(self, api_client):
        response = api_client.patch("@news-categories", user="province-admin",
                                    json={"categories": ["Tin hoạt động", "Bầu cử đại biểu"]})
        assert response.status_code == 200, response.text
        assert [i["token"] for i in response.json()["items"]] == ["tin-hoat-dong", "bau-cu-dai-bieu"]
        created = api_client.post(A, user="editor-178", json={
            "@type": "News Item", "id": "bau-cu", "title": "Bầu cử", "news_category": "bau-cu-dai-bieu"})
        assert created.status_code == 201, created.text
        assert created.json()["news_category"]["title"] == "Bầu cử đại biểu"

    def test_duplicate_is_refused_in_vietnamese(self, api_client):
        response = api_client.patch("@news-categories", user="province-admin",
                                    json={"categories": ["Thông báo", "Thông  báo"]})
        assert response.status_code == 400
        assert response.json()["error"]["message"] == 'Chuyên mục "Thông báo" bị lặp lại.'
        assert len(api_client.get("@news-categories").json()["items"]) == 9


class TestFeaturedAndTags:
    def test_indexed_and_queryable(self, portal):
        _create(portal, A, "noi-bat", "Tin nổi bật", news_category=CATEGORY, featured=True,
                subject=["chuyển đổi số", "Lạng Sơn"])
        _create(portal, A, "thuong", "Tin thường")
        catalog = portal.portal_catalog
        assert [b.Title for b in catalog(featured=True, portal_type="News Item")] == ["Tin nổi bật"]
        assert [b.Title for b in catalog(news_category=CATEGORY)] == ["Tin nổi bật"]
        assert [b.Title for b in catalog(Subject="Lạng Sơn")] == ["Tin nổi bật"]
        brain = catalog(UID=portal.unrestrictedTraverse(f"{A}/noi-bat").UID())[0]
        assert brain.featured is True and brain.news_category == CATEGORY

    def test_listing_editors_get_the_fields(self, api_client):
        indexes = api_client.get("@querystring", user="editor-178").json()["indexes"]
        assert indexes["news_category"]["values"][CATEGORY]["title"] == CATEGORY
        assert indexes["featured"]["title"] == "Tin nổi bật"
        assert indexes["province_home"]["operations"] == [
            "plone.app.querystring.operation.boolean.isTrue", "plone.app.querystring.operation.boolean.isFalse"]


@pytest.fixture
def scheduled(functional):
    """Now, later (future effective date), expired, draft and intranet items."""
    portal = functional["portal"]
    now = DateTime()
    _create(portal, A, "bay-gio", "Tin bây giờ", effective=now - 1)
    _create(portal, A, "sap-toi", "Tin sắp tới", effective=now + 2)
    _create(portal, A, "het-han", "Tin hết hạn", effective=now - 10, expires=now - 1)
    _create(portal, A, "nhap", "Tin nháp", publish=False)
    _create(portal, INTRANET, "noi-bo-tin", "Tin nội bộ")
    transaction.commit()
    return portal


class TestScheduledPublication:
    def test_anonymous_search_and_listing(self, api_client, scheduled):
        found = api_client.get("@search", params={"portal_type": "News Item", "b_size": 50}).json()
        assert [i["title"] for i in found["items"]] == ["Tin bây giờ"]
        query = {"query": [{"i": "portal_type", "o": "plone.app.querystring.operation.selection.any",
                            "v": ["News Item"]}], "b_size": 50}
        listed = api_client.post("@querystring-search", json=query).json()
        assert [i["title"] for i in listed["items"]] == ["Tin bây giờ"]

    def test_feed(self, api_client, scheduled):
        assert _feed_titles(_feed(api_client)) == ["Tin bây giờ"]

    def test_the_office_still_finds_the_scheduled_item(self, api_client, scheduled):
        found = api_client.get("@search", user="province-admin",
                               params={"portal_type": "News Item", "path": "/plone/" + A, "b_size": 50}).json()
        assert {"Tin sắp tới", "Tin hết hạn"} <= {i["title"] for i in found["items"]}
        # The unit's editor opens it from its folder.
        assert api_client.get(f"{A}/sap-toi", user="editor-178").status_code == 200

    def test_history_records_who_did_what(self, api_client, scheduled):
        created = api_client.post(A, user="editor-178", json={
            "@type": "News Item", "id": "hen-gio", "title": "Tin hẹn giờ",
            "effective": (DateTime() + 1).ISO8601()})
        assert created.status_code == 201
        assert api_client.post(f"{A}/hen-gio/@workflow/submit", user="editor-178",
                               json={"comment": "Xin duyệt"}).status_code == 200
        assert api_client.post(f"{A}/hen-gio/@workflow/publish", user="reviewer-178").status_code == 200
        history = api_client.get(f"{A}/hen-gio/@history", user="reviewer-178").json()
        steps = [(h["actor"]["id"], h["review_state"]) for h in history if h["type"] == "workflow"]
        assert steps == [("reviewer-178", "published"), ("editor-178", "pending"), ("editor-178", "private")]
        assert any(h["comments"] == "Xin duyệt" for h in history if h["type"] == "workflow")
        # Published, but not yet in effect: anonymous finds nothing of it.
        found = api_client.get("@search", params={"SearchableText": "hẹn giờ"}).json()
        assert found["items_total"] == 0
        assert "Tin hẹn giờ" not in _feed_titles(_feed(api_client))


class TestFeeds:
    @pytest.fixture
    def news(self, functional):
        portal = functional["portal"]
        now = DateTime()
        _create(portal, A, "a1", "Tin A & <B> \"trích\"", description="Mô tả <i>có</i> & ký tự\x0b lạ",
                effective=now - 1, news_category=CATEGORY, subject=["số hóa"])
        _create(portal, A, "a2", "Tin A hai", effective=now - 2)
        _create(portal, B, "b1", "Tin B một", effective=now - 0.5, news_category=CATEGORY)
        _create(portal, PROVINCE_NEWS, "t1", "Tin tỉnh", effective=now - 3)
        _create(portal, A, "nhap", "Tin A nháp", publish=False)
        _create(portal, INTRANET, "nb", "Tin nội bộ")
        transaction.commit()
        return portal

    def test_network_feed(self, api_client, news):
        root = _feed(api_client)
        assert root.tag == "rss" and root.get("version") == "2.0"
        channel = root.find("channel")
        assert channel.findtext("title") == "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"
        assert channel.findtext("language") == "vi"
        # Newest first; no draft, no intranet.
        assert _feed_titles(root) == ["Tin B một", 'Tin A & <B> "trích"', "Tin A hai", "Tin tỉnh"]

    def test_item_content_escaping_and_dates(self, api_client, news):
        item = next(i for i in _feed(api_client).iter("item") if i.findtext("title").startswith("Tin A &"))
        assert item.findtext("link") == api_client.url(f"{A}/a1")
        assert item.findtext("description") == "Mô tả <i>có</i> & ký tự lạ"
        assert [c.text for c in item.findall("category")] == [CATEGORY, "số hóa"]
        published = parsedate_to_datetime(item.findtext("pubDate"))
        assert abs(published.timestamp() - (DateTime() - 1).timeTime()) < 600
        assert item.find("guid").get("isPermaLink") == "false"

    def test_unit_feed(self, api_client, news):
        root = _feed(api_client, "thanh-pho-lang-son")
        assert _feed_titles(root) == ['Tin A & <B> "trích"', "Tin A hai"]
        assert root.find("channel").findtext("link") == api_client.url("thanh-pho-lang-son")

    def test_category_feed(self, api_client, news):
        assert _feed_titles(_feed(api_client, category="chuyen-doi-so")) == ["Tin B một", 'Tin A & <B> "trích"']
        root = _feed(api_client, "huyen-trang-dinh", category="chuyen-doi-so")
        assert _feed_titles(root) == ["Tin B một"]
        assert root.find("channel").findtext("title").endswith("– Chuyển đổi số")

    def test_limit(self, api_client, news):
        assert len(_feed_titles(_feed(api_client, limit=2))) == 2

    def test_editors_get_the_public_feed(self, api_client, news):
        response = api_client.session("province-admin").get(api_client.url("@@feed.xml"))
        assert _feed_titles(ElementTree.fromstring(response.content)) == _feed_titles(_feed(api_client))

    def test_intranet_feed_is_refused_to_anonymous_and_empty_for_readers(self, api_client, news):
        assert api_client.session().get(api_client.url("noi-bo/@@feed.xml")).status_code in (401, 403, 302)
        response = api_client.session("cadre-178").get(api_client.url("noi-bo/@@feed.xml"))
        assert response.status_code == 200
        assert _feed_titles(ElementTree.fromstring(response.content)) == []

    @pytest.mark.parametrize("params, message", [
        ({"category": "khong-co"}, 'Không có chuyên mục tin "khong-co".'),
        ({"limit": "500"}, "Số tin phải là số nguyên từ 1 đến 50."),
        ({"limit": "x"}, "Số tin phải là số nguyên từ 1 đến 50."),
    ])
    def test_bad_parameters(self, api_client, news, params, message):
        response = api_client.session().get(api_client.url("@@feed.xml"), params=params)
        assert response.status_code == 400
        assert response.text == message


class TestSitemapSearch:
    def test_site_search_used_by_the_sitemap_leaves_out_intranet_and_drafts(self, api_client, scheduled):
        # Volto's sitemap.xml lists what anonymous @search returns with the site's search settings.
        found = api_client.get("@search", params={"use_site_search_settings": 1, "b_size": 1000,
                                                  "metadata_fields": "modified"}).json()
        urls = [i["@id"] for i in found["items"]]
        assert api_client.url(f"{A}/bay-gio") in urls
        assert not [u for u in urls if "/noi-bo" in u or u.endswith(("/nhap", "/sap-toi", "/het-han"))]


@pytest.fixture
def proposed(functional):
    portal = functional["portal"]
    _create(portal, A, "de-xuat", "Tin đề xuất", effective=DateTime() - 1)
    _create(portal, A, "khac", "Tin khác", effective=DateTime() - 1)
    _create(portal, A, "nhap", "Tin nháp", publish=False)
    _create(portal, PROVINCE_NEWS, "tinh", "Tin của tỉnh", effective=DateTime() - 2)
    transaction.commit()
    return portal


PROPOSERS = {"editor-178", "province-editor", "province-admin"}
DECIDERS = {"province-editor", "province-admin"}
ALL_USERS = [None, "cadre-178", "reviewer-178", "editor-178", "editor-180", "province-reviewer",
             "province-editor", "province-admin"]


class TestProposals:
    @pytest.mark.parametrize("user", ALL_USERS)
    def test_who_proposes(self, api_client, proposed, user):
        response = api_client.post(f"{A}/de-xuat/@propose", user=user, json={})
        assert (response.status_code == 201) is (user in PROPOSERS), response.status_code
        if user not in PROPOSERS:
            assert response.status_code in (401, 403)

    @pytest.mark.parametrize("user", ALL_USERS)
    def test_who_decides_and_lists(self, api_client, proposed, user):
        assert api_client.post(f"{A}/de-xuat/@propose", user="editor-178", json={"note": "Tin hay"}).status_code == 201
        listed = api_client.get("@proposals", user=user)
        assert (listed.status_code == 200) is (user in DECIDERS), listed.status_code
        response = api_client.post(f"{A}/de-xuat/@proposal-decision", user=user, json={"decision": "accept"})
        assert (response.status_code == 200) is (user in DECIDERS), response.status_code
        if user not in DECIDERS:
            assert response.status_code in (401, 403) and listed.status_code in (401, 403)

    def test_flow_to_the_province_home(self, api_client, proposed):
        assert _home_listing(api_client, proposed, "Tin tức") == ["Tin của tỉnh"]
        created = api_client.post(f"{A}/de-xuat/@propose", user="editor-178", json={"note": "Đề nghị đưa lên tỉnh"})
        assert created.json()["state"] == "pending" and created.json()["proposed_by"] == "editor-178"
        api_client.post(f"{A}/khac/@propose", user="editor-178", json={})
        # Pending: nowhere public, not even through a catalog query.
        assert _home_listing(api_client, proposed, "Tin tức") == ["Tin của tỉnh"]
        pending = api_client.get("@proposals", user="province-editor").json()
        assert pending["items_total"] == 2
        entry = next(i for i in pending["items"] if i["title"] == "Tin đề xuất")
        assert entry["unit_code"] == "178" and entry["note"] == "Đề nghị đưa lên tỉnh"
        assert entry["unit_title"] == "Ủy ban MTTQ Việt Nam thành phố Lạng Sơn"
        decided = api_client.post(f"{A}/de-xuat/@proposal-decision", user="province-editor",
                                  json={"decision": "accept"}).json()
        assert decided["state"] == "accepted" and decided["decided_by"] == "province-editor"
        api_client.post(f"{A}/khac/@proposal-decision", user="province-editor", json={"decision": "decline"})
        assert _home_listing(api_client, proposed, "Tin tức") == ["Tin đề xuất", "Tin của tỉnh"]
        assert api_client.get("@proposals", user="province-editor").json()["items_total"] == 0
        accepted = api_client.get("@proposals", user="province-admin", params={"state": "accepted"}).json()
        assert [i["title"] for i in accepted["items"]] == ["Tin đề xuất"]
        # The editor sees the outcome on the item.
        mine = api_client.get(f"{A}/khac/@propose", user="editor-178").json()["proposal"]
        assert mine["state"] == "declined"
        # Origin: the listing carries the unit of the accepted item.
        transaction.begin()
        block = next(b for b in proposed.blocks.values() if b.get("headline") == "Tin tức")
        query = dict(block["querystring"], metadata_fields=["unit_code"])
        items = api_client.post("@querystring-search", json=query).json()["items"]
        assert [i["unit_code"] for i in items] == ["178", "20"]

    def test_declined_item_may_be_proposed_again(self, api_client, proposed):
        api_client.post(f"{A}/de-xuat/@propose", user="editor-178", json={})
        api_client.post(f"{A}/de-xuat/@proposal-decision", user="province-admin", json={"decision": "decline"})
        assert api_client.post(f"{A}/de-xuat/@propose", user="editor-178", json={}).status_code == 201

    @pytest.mark.parametrize("path, message", [
        (f"{A}/nhap", "Chỉ tin đã xuất bản mới đề xuất được lên trang tỉnh."),
        (f"{PROVINCE_NEWS}/tinh", "Tin này đã là tin của tỉnh."),
    ])
    def test_bad_proposals(self, api_client, proposed, path, message):
        response = api_client.post(f"{path}/@propose", user="province-admin", json={})
        assert response.status_code == 400
        assert response.json()["error"]["message"] == message

    def test_twice_and_bad_decisions(self, api_client, proposed):
        url = f"{A}/de-xuat"
        no_proposal = api_client.post(f"{url}/@proposal-decision", user="province-editor", json={"decision": "accept"})
        assert no_proposal.status_code == 400
        assert no_proposal.json()["error"]["message"] == "Tin này không có đề xuất nào đang chờ quyết định."
        api_client.post(f"{url}/@propose", user="editor-178", json={})
        again = api_client.post(f"{url}/@propose", user="editor-178", json={})
        assert again.status_code == 400
        assert again.json()["error"]["message"] == "Tin này đã được đề xuất và đang chờ tỉnh quyết định."
        bad = api_client.post(f"{url}/@proposal-decision", user="province-editor", json={"decision": "maybe"})
        assert bad.status_code == 400 and bad.json()["error"]["field"] == "decision"
        assert bad.json()["error"]["message"] == 'Quyết định phải là "accept" (nhận) hoặc "decline" (không nhận).'
        pending = api_client.get("@proposals", user="province-editor").json()
        assert [i["state"] for i in pending["items"]] == ["pending"]

    def test_deleted_item_leaves_no_proposal(self, api_client, proposed):
        api_client.post(f"{A}/de-xuat/@propose", user="editor-178", json={})
        assert api_client.session("province-admin").delete(api_client.url(f"{A}/de-xuat")).status_code == 204
        assert api_client.get("@proposals", user="province-editor").json()["items_total"] == 0


class TestFromTheUnits:
    def test_closed_units_news_leave_the_province_home(self, api_client, proposed):
        from mttq.langson.network.units import close_unit

        _create(proposed, B, "tin-b", "Tin Tràng Định", effective=DateTime() - 1)
        transaction.commit()
        assert "Tin Tràng Định" in _home_listing(api_client, proposed, "Tin từ cơ sở")
        with api.env.adopt_user(SITE_OWNER_NAME):
            close_unit("180")
        transaction.commit()
        titles = _home_listing(api_client, proposed, "Tin từ cơ sở")
        assert "Tin Tràng Định" not in titles and "Tin đề xuất" in titles
        # ... but stay in the unit's archive.
        assert "Tin Tràng Định" in _feed_titles(_feed(api_client, "huyen-trang-dinh"))


class TestUpgrade:
    def test_upgrade_brings_an_old_province_home_up_to_date(self, portal):
        from mttq.langson.upgrades.v1003 import news

        with api.env.adopt_user(SITE_OWNER_NAME):
            item = _create(portal, A, "chap-nhan", "Tin đã nhận")
            from mttq.langson.news.proposals import decide
            from mttq.langson.news.proposals import propose

            propose(item)
            decide(item, "accept")
        blocks = dict(portal.blocks)
        for block in blocks.values():
            query = block.get("querystring", {}).get("query", [])
            if block.get("headline") == "Tin tức":
                block.pop("linkHref", None)
                query[:] = [c for c in query if c["i"] != "province_home"] + [
                    {"i": "path", "o": "plone.app.querystring.operation.string.relativePath", "v": "./tin-tuc"}]
            if block.get("headline") == "Tin từ cơ sở":
                query[:] = [c for c in query if c["i"] != "unit_active"]
        portal.blocks = blocks
        catalog = portal.portal_catalog
        catalog.delIndex("province_home")
        catalog.delIndex("unit_active")
        with api.env.adopt_user(SITE_OWNER_NAME):
            news(portal.portal_setup)
        indexes = {b["headline"]: [c["i"] for c in b["querystring"]["query"]]
                   for b in portal.blocks.values() if b.get("headline")}
        assert indexes["Tin tức"] == ["portal_type", "province_home"]
        news_block = next(b for b in portal.blocks.values() if b.get("headline") == "Tin tức")
        assert news_block["linkHref"][0]["@id"] == "/tin-tuc"
        assert indexes["Tin từ cơ sở"] == ["portal_type", "unit_code", "unit_active"]
        assert [b.Title for b in catalog(province_home=True, portal_type="News Item")] == ["Tin đã nhận"]
        assert len(catalog(unit_active=True, portal_type="News Item")) == 1
