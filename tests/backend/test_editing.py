"""What editors get in their edit forms: the section's own types in the add
menu, and the tags vocabulary that Volto asks for at the site root."""

from mttq.langson.network.sections import SECTION_TYPES
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from Products.CMFPlone.interfaces.constrains import DISABLED
from Products.CMFPlone.interfaces.constrains import ISelectableConstrainTypes

import pytest
import transaction


KEYWORDS = "@vocabularies/plone.app.vocabularies.Keywords"


def addable(container):
    return sorted(fti.getId() for fti in container.allowedContentTypes())


class TestSectionTypes:
    @pytest.mark.parametrize("unit", ["", "huyen-trang-dinh"])
    def test_each_section_offers_its_own_types(self, portal, unit):
        site = portal.unrestrictedTraverse(unit) if unit else portal
        with api.env.adopt_user(SITE_OWNER_NAME):
            for section, types in SECTION_TYPES.items():
                assert addable(site[section]) == sorted(types), section

    def test_a_form_cannot_be_added_to_the_news(self, portal):
        with api.env.adopt_user(SITE_OWNER_NAME):
            with pytest.raises(Exception, match="EasyForm"):
                api.content.create(portal["huyen-trang-dinh"]["tin-tuc"], "EasyForm", id="form", title="Form")
        assert "form" not in portal["huyen-trang-dinh"]["tin-tuc"]

    def test_upgrade_restores_the_restrictions(self, portal):
        from mttq.langson.upgrades.v1007 import calendar_gallery_and_section_types as section_types

        news = portal["huyen-trang-dinh"]["tin-tuc"]
        ISelectableConstrainTypes(news).setConstrainTypesMode(DISABLED)
        with api.env.adopt_user(SITE_OWNER_NAME):
            assert "EasyForm" in addable(news)
            section_types(portal.portal_setup)
            assert addable(news) == sorted(SECTION_TYPES["tin-tuc"])


class TestCalendarAndGallerySections:
    def test_sections_in_menu_order(self, portal):
        unit = portal["huyen-trang-dinh"]
        ids = [i for i in unit.objectIds() if i in SECTION_TYPES]
        assert ids == ["tin-tuc", "van-ban", "lich-cong-tac", "thu-vien-anh", "gioi-thieu", "lien-he"]

    def test_calendar_page_has_the_calendar_block(self, portal):
        blocks = portal["huyen-trang-dinh"]["lich-cong-tac"].blocks.values()
        assert "mttqCalendar" in [block["@type"] for block in blocks]

    def test_album_holds_photos(self, portal):
        from plone.namedfile.file import NamedBlobImage
        import base64

        gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
        with api.env.adopt_user(SITE_OWNER_NAME):
            album = api.content.create(portal["huyen-trang-dinh"]["thu-vien-anh"], "Album", title="Hội nghị")
            photo = api.content.create(album, "Image", title="Ảnh 1",
                                       image=NamedBlobImage(gif, filename="a.gif"))
            assert addable(album) == ["File", "Image", "Link"]
        assert photo.aq_parent is album

    def test_upgrade_adds_the_new_sections_in_place(self, portal):
        from mttq.langson.upgrades.v1007 import calendar_gallery_and_section_types

        unit = portal["huyen-trang-dinh"]
        with api.env.adopt_user(SITE_OWNER_NAME):
            unit.manage_delObjects(["lich-cong-tac", "thu-vien-anh"])
            calendar_gallery_and_section_types(portal.portal_setup)
        ids = [i for i in unit.objectIds() if i in SECTION_TYPES]
        assert ids == ["tin-tuc", "van-ban", "lich-cong-tac", "thu-vien-anh", "gioi-thieu", "lien-he"]
        assert api.content.get_state(unit["lich-cong-tac"]) == "published"
        with api.env.adopt_user(SITE_OWNER_NAME):
            assert addable(unit["lich-cong-tac"]) == ["Event"]


class TestSectionTypesOverRest:
    def test_rest_refuses_a_type_the_section_does_not_take(self, api_client):
        response = api_client.post(
            "huyen-trang-dinh/tin-tuc", user="admin", json={"@type": "Document", "title": "Trang"}
        )
        assert response.status_code in (400, 403), response.text
        listing = api_client.get("huyen-trang-dinh/tin-tuc", user="admin").json()["items"]
        assert listing == []


class TestTagsVocabularyForUnitEditors:
    """Volto asks for the tags vocabulary at the root, whatever is edited."""

    def test_unit_editor_gets_the_tags(self, api_client, functional):
        portal = functional["portal"]
        with api.env.adopt_user(SITE_OWNER_NAME):
            news = api.content.create(portal["thanh-pho-lang-son"]["tin-tuc"], "News Item", id="t", title="T")
            news.setSubject(["Chuyển đổi số"])
            news.reindexObject()
        transaction.commit()
        response = api_client.get(KEYWORDS, user="editor-178")
        assert response.status_code == 200, response.text
        assert "Chuyển đổi số" in [item["title"] for item in response.json()["items"]]

    @pytest.mark.parametrize("user", [None, "cadre-178"])
    def test_readers_do_not(self, api_client, user):
        response = api_client.get(KEYWORDS, user=user)
        assert response.status_code in (401, 403)

    def test_other_guarded_vocabularies_keep_their_guard(self, api_client):
        response = api_client.get("@vocabularies/plone.app.vocabularies.SyndicatableFeedItems", user="editor-178")
        assert response.status_code in (401, 403)

    def test_province_editor_keeps_access(self, api_client):
        assert api_client.get(KEYWORDS, user="province-editor").status_code == 200


class TestSharingInVietnamese:
    def test_logged_in_users_group_is_named_in_vietnamese(self, api_client):
        entries = api_client.get("huyen-trang-dinh/tin-tuc/@sharing", user="admin").json()["entries"]
        titles = {entry["id"]: entry["title"] for entry in entries}
        assert titles["AuthenticatedUsers"] == "Người dùng đã đăng nhập"
