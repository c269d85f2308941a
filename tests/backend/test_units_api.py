"""@units: the network as JSON, and the add / rename / close actions."""

from io import BytesIO
from mttq.langson.network.behaviors.interface_settings import MAX_IMAGE_BYTES
from mttq.langson.network.units import unit_sites

import base64
import json
import PIL.Image
import pytest


def png_bytes(size=(64, 64), colour="red"):
    out = BytesIO()
    PIL.Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def image_field(data, filename="logo.png", content_type="image/png"):
    return {
        "data": base64.b64encode(data).decode(),
        "encoding": "base64",
        "filename": filename,
        "content-type": content_type,
    }


def error_text(response):
    """The JSON error as readable text (Vietnamese unescaped)."""
    return json.dumps(response.json(), ensure_ascii=False)


class TestUnitsGet:
    def test_lists_the_province_and_its_eleven_units(self, api_client):
        response = api_client.get("@units")
        assert response.status_code == 200
        data = response.json()
        assert data["items_total"] == 12
        items = data["items"]
        assert items[0]["code"] == "20"
        assert items[0]["level"] == "province"
        assert items[0]["path"] == "/"
        assert items[0]["parent_code"] is None
        assert {i["code"] for i in items[1:]} == {str(c) for c in [178] + list(range(180, 190))}
        for item in items[1:]:
            assert item["level"] == "district"
            assert item["parent_code"] == "20"
            assert item["state"] == "active"
            assert item["@id"] == api_client.url(item["path"])
            assert item["interface"]["primary_color"].startswith("#")

    def test_entry_content(self, api_client):
        items = {i["code"]: i for i in api_client.get("@units").json()["items"]}
        unit = items["180"]
        assert unit["title"] == "Ủy ban MTTQ Việt Nam huyện Tràng Định"
        assert unit["name"] == "Huyện Tràng Định"
        assert unit["short_name"] == "Tràng Định"
        assert unit["kind"] == "Huyện"
        assert unit["path"] == "/huyen-trang-dinh"
        assert unit["interface"]["short_name"] == "MTTQ huyện Tràng Định"
        assert unit["interface"]["logo"] is None

    def test_public(self, api_client):
        assert api_client.get("@units", user=None).status_code == 200

    def test_logo_url_once_a_logo_is_set(self, api_client):
        response = api_client.patch("huyen-trang-dinh", user="admin", json={"logo": image_field(png_bytes())})
        assert response.status_code == 204, response.text
        unit = {i["code"]: i for i in api_client.get("@units").json()["items"]}["180"]
        assert unit["interface"]["logo"] == api_client.url("huyen-trang-dinh/@@images/logo")
        image = api_client.get("huyen-trang-dinh/@@images/logo")
        assert image.status_code == 200
        assert image.headers["Content-Type"] == "image/png"


class TestListingsAcrossUnits:
    def test_news_from_the_units_leaves_out_the_province(self, api_client, functional):
        from plone import api
        from plone.app.testing import SITE_OWNER_NAME
        import transaction

        portal = functional["portal"]
        with api.env.adopt_user(SITE_OWNER_NAME):
            for path in ("tin-tuc", "huyen-trang-dinh/tin-tuc", "huyen-binh-gia/tin-tuc"):
                item = api.content.create(portal.unrestrictedTraverse(path), "News Item", id="tin", title=f"Tin {path}")
                api.content.transition(item, "publish")
        transaction.commit()
        query = {
            "query": [
                {"i": "portal_type", "o": "plone.app.querystring.operation.selection.any", "v": ["News Item"]},
                {"i": "unit_code", "o": "plone.app.querystring.operation.selection.none", "v": ["20"]},
            ]
        }
        data = api_client.post("@querystring-search", json=query).json()
        assert sorted(i["@id"] for i in data["items"]) == [
            api_client.url("huyen-binh-gia/tin-tuc/tin"), api_client.url("huyen-trang-dinh/tin-tuc/tin")
        ]

    def test_home_listings_show_the_sections_content_not_the_sections(self, api_client, functional):
        from plone import api
        from plone.app.testing import SITE_OWNER_NAME
        from plone.namedfile.file import NamedBlobFile
        import datetime
        import transaction

        portal = functional["portal"]
        unit = portal["huyen-trang-dinh"]
        with api.env.adopt_user(SITE_OWNER_NAME):
            doc = api.content.create(
                unit["van-ban"], "GuidanceDocument", id="hd-1", title="V/v hướng dẫn công tác",
                document_number="1/HD-MTTQ-BTT", document_type="HD", issue_date=datetime.date(2026, 1, 5),
                file=NamedBlobFile(b"%PDF-1.4 x", filename="hd.pdf", contentType="application/pdf"),
            )
            api.content.transition(doc, "publish")
            news = api.content.create(unit["tin-tuc"], "News Item", id="tin", title="Tin")
            api.content.transition(news, "publish")
        transaction.commit()
        for block in unit.blocks.values():
            if block["@type"] != "listing":
                continue
            found = api_client.post("huyen-trang-dinh/@querystring-search", json=block["querystring"]).json()
            ids = [item["@id"].rsplit("/", 1)[-1] for item in found["items"]]
            assert ids == {"Tin tức": ["tin"], "Văn bản mới": ["hd-1"]}[block["headline"]]

    def test_unit_field_offered_to_listing_editors(self, api_client):
        data = api_client.get("@querystring", user="editor-178").json()
        field = data["indexes"]["unit_code"]
        assert field["title"] == "Đơn vị"
        assert field["values"]["180"]["title"] == "Ủy ban MTTQ Việt Nam huyện Tràng Định"

    def test_home_tab_is_vietnamese(self, api_client):
        items = api_client.get("huyen-trang-dinh/@navigation").json()["items"]
        assert [i["title"] for i in items][:2] == ["Trang chủ", "Tin tức"]
        assert items[0]["@id"] == api_client.url("huyen-trang-dinh")


class TestInterfaceInheritance:
    def test_unit_settings_reach_its_pages_through_inherit(self, api_client):
        api_client.patch("huyen-trang-dinh", user="admin", json={"primary_color": "#123456"})
        data = api_client.get(
            "huyen-trang-dinh/tin-tuc?expand=inherit&expand.inherit.behaviors=mttq.interface"
        ).json()
        inherited = data["@components"]["inherit"]["mttq.interface"]
        assert inherited["from"]["@id"] == api_client.url("huyen-trang-dinh")
        assert inherited["data"]["primary_color"] == "#123456"
        assert inherited["data"]["short_name"] == "MTTQ huyện Tràng Định"

    def test_province_pages_inherit_the_roots_settings(self, api_client):
        data = api_client.get("tin-tuc?expand=inherit&expand.inherit.behaviors=mttq.interface").json()
        inherited = data["@components"]["inherit"]["mttq.interface"]
        assert inherited["from"]["@id"] == api_client.url()
        assert inherited["data"]["short_name"] == "MTTQ tỉnh Lạng Sơn"


class TestInterfaceValidation:
    @pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "123456", "#ggg000"])
    def test_invalid_colour_is_refused(self, api_client, colour):
        response = api_client.patch("huyen-trang-dinh", user="admin", json={"primary_color": colour})
        assert response.status_code == 400
        assert "Màu phải viết theo dạng #rrggbb" in error_text(response)
        assert api_client.get("huyen-trang-dinh").json()["primary_color"] != colour

    def test_logo_that_is_not_an_image(self, api_client):
        fake = image_field(b"this is not a picture", filename="logo.png")
        response = api_client.patch("huyen-trang-dinh", user="admin", json={"logo": fake, "short_name": "X"})
        assert response.status_code == 400
        assert "không phải là ảnh" in error_text(response)
        data = api_client.get("huyen-trang-dinh").json()
        assert data["logo"] is None
        assert data["short_name"] == "MTTQ huyện Tràng Định", "nothing half-written"

    def test_logo_too_large(self, api_client):
        big = png_bytes()
        big += b"\0" * (MAX_IMAGE_BYTES + 1 - len(big))
        response = api_client.patch("huyen-trang-dinh", user="admin", json={"banner": image_field(big)})
        assert response.status_code == 400
        assert "lớn hơn 2 MB" in error_text(response)
        assert api_client.get("huyen-trang-dinh").json()["banner"] is None

    def test_invalid_email(self, api_client):
        response = api_client.patch("huyen-trang-dinh", user="admin", json={"footer_email": "khong-phai-email"})
        assert response.status_code == 400
        assert "thư điện tử không hợp lệ" in error_text(response)


NEW_UNIT = {"code": "190", "name": "Huyện Mẫu Sơn", "level": "district"}


class TestAddUnit:
    def test_add_creates_site_sections_groups(self, api_client, functional):
        response = api_client.post("@units", user="admin", json=NEW_UNIT)
        assert response.status_code == 201, response.text
        data = response.json()
        assert data["code"] == "190"
        assert data["path"] == "/huyen-mau-son"
        assert data["title"] == "Ủy ban MTTQ Việt Nam huyện Mẫu Sơn"
        assert data["state"] == "active"
        sections = api_client.get("huyen-mau-son").json()["items"]
        # ... the citizens' feedback form (its case folder is private) and the unit's search page
        assert [s["title"] for s in sections] == ["Tin tức", "Văn bản", "Lịch công tác", "Thư viện ảnh",
                                                  "Giới thiệu", "Liên hệ", "Gửi phản ánh, kiến nghị",
                                                  "Tìm kiếm"]
        assert api_client.get("@units").json()["items_total"] == 13
        groups = api_client.get("@groups?query=unit-190", user="admin").json()
        assert {g["id"] for g in groups} == {"unit-190-editors", "unit-190-reviewers", "unit-190-cadres",
                                            "unit-190-leaders"}

    def test_add_with_colours(self, api_client):
        payload = dict(NEW_UNIT, primary_color="#224466", secondary_color="#ffdd00")
        data = api_client.post("@units", user="admin", json=payload).json()
        assert data["interface"]["primary_color"] == "#224466"
        assert data["interface"]["secondary_color"] == "#ffdd00"

    @pytest.mark.parametrize(
        "payload,message",
        [
            (dict(NEW_UNIT, code="180"), "Đã có đơn vị mang mã 180"),
            (dict(NEW_UNIT, code="20"), "Đã có đơn vị mang mã 20"),
            (dict(NEW_UNIT, code="abc"), "Mã đơn vị phải gồm 2 đến 5 chữ số"),
            (dict(NEW_UNIT, name=""), "Cần nhập tên đơn vị"),
            (dict(NEW_UNIT, level="village"), "Cấp đơn vị phải là một trong"),
            (dict(NEW_UNIT, level="province"), "chỉ có một đơn vị cấp tỉnh"),
            (dict(NEW_UNIT, parent_code="999"), "Không có đơn vị cấp trên mang mã 999"),
            (dict(NEW_UNIT, name="Huyện Tràng Định"), "Địa chỉ /huyen-trang-dinh đã được dùng"),
            (dict(NEW_UNIT, primary_color="blue"), "Màu chủ đạo phải viết theo dạng #rrggbb"),
            (dict(NEW_UNIT, secondary_color="#12"), "Màu phụ phải viết theo dạng #rrggbb"),
        ],
    )
    def test_bad_input_is_refused_and_nothing_is_created(self, api_client, payload, message):
        response = api_client.post("@units", user="admin", json=payload)
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        assert message in error["message"]
        assert api_client.get("@units").json()["items_total"] == 12
        assert api_client.get("huyen-mau-son").status_code == 404
        groups = api_client.get("@groups?query=unit-190", user="admin").json()
        assert groups == []

    def test_body_must_be_json_object(self, api_client):
        response = api_client.post("@units", user="admin", data="[1, 2]", headers={"Content-Type": "application/json"})
        assert response.status_code == 400
        assert "đối tượng JSON" in response.json()["error"]["message"]

    @pytest.mark.parametrize("user", [None, "editor-178", "province-editor", "cadre-178"])
    def test_only_site_administrators_may_add(self, api_client, user):
        response = api_client.post("@units", user=user, json=NEW_UNIT)
        assert response.status_code in (401, 403)
        assert api_client.get("@units").json()["items_total"] == 12

    def test_site_administrator_may_add(self, api_client):
        assert api_client.post("@units", user="province-admin", json=NEW_UNIT).status_code == 201


class TestRenameUnit:
    def test_rename_title_keeps_address(self, api_client):
        response = api_client.patch("@units/180", user="admin", json={"title": "Ủy ban MTTQ Việt Nam huyện Tràng Định (mới)"})
        assert response.status_code == 200, response.text
        assert response.json()["path"] == "/huyen-trang-dinh"
        assert api_client.get("huyen-trang-dinh").json()["title"] == "Ủy ban MTTQ Việt Nam huyện Tràng Định (mới)"
        group = api_client.get("@groups/unit-180-editors", user="admin").json()
        assert group["title"].endswith("(mới)")

    def test_rename_administrative_name(self, api_client):
        data = api_client.patch("@units/180", user="admin", json={"name": "Thị xã Tràng Định"}).json()
        assert data["name"] == "Thị xã Tràng Định"
        assert data["kind"] == "Thị xã"
        assert data["short_name"] == "Tràng Định"
        assert data["title"] == "Ủy ban MTTQ Việt Nam thị xã Tràng Định"
        assert data["interface"]["short_name"] == "MTTQ thị xã Tràng Định"

    def test_rename_unknown_unit(self, api_client):
        response = api_client.patch("@units/999", user="admin", json={"title": "X"})
        assert response.status_code == 400
        assert "Không có đơn vị mang mã 999" in response.json()["error"]["message"]

    def test_rename_needs_a_name(self, api_client):
        response = api_client.patch("@units/180", user="admin", json={"title": "  "})
        assert response.status_code == 400
        assert api_client.get("huyen-trang-dinh").json()["title"] == "Ủy ban MTTQ Việt Nam huyện Tràng Định"

    def test_editor_may_not_rename(self, api_client):
        assert api_client.patch("@units/180", user="editor-180", json={"title": "X"}).status_code in (401, 403)


class TestCloseUnit:
    def test_closed_unit_is_an_archive(self, api_client):
        response = api_client.post("@units/180/close", user="admin")
        assert response.status_code == 200, response.text
        assert response.json()["state"] == "closed"
        units = {i["code"]: i for i in api_client.get("@units").json()["items"]}
        assert units["180"]["state"] == "closed"
        # still readable by the public
        page = api_client.get("huyen-trang-dinh/tin-tuc")
        assert page.status_code == 200
        assert page.json()["title"] == "Tin tức"
        # takes no new content, not even from a site administrator
        for user in ("editor-180", "province-admin", "admin"):
            added = api_client.post("huyen-trang-dinh/tin-tuc", user=user, json={"@type": "News Item", "title": "Tin mới"})
            assert added.status_code in (401, 403), (user, added.status_code)
        listing = api_client.get("huyen-trang-dinh/tin-tuc", user="admin").json()["items"]
        assert listing == []

    def test_closing_twice(self, api_client):
        api_client.post("@units/180/close", user="admin")
        response = api_client.post("@units/180/close", user="admin")
        assert response.status_code == 400
        assert "Đơn vị 180 đã đóng từ trước" in response.json()["error"]["message"]

    def test_province_cannot_be_closed(self, api_client):
        response = api_client.post("@units/20/close", user="admin")
        assert response.status_code == 400
        assert "Không thể đóng đơn vị cấp tỉnh" in response.json()["error"]["message"]

    def test_close_unknown(self, api_client):
        response = api_client.post("@units/777/close", user="admin")
        assert response.status_code == 400

    def test_other_units_unaffected(self, api_client):
        api_client.post("@units/180/close", user="admin")
        added = api_client.post("huyen-binh-gia/tin-tuc", user="admin", json={"@type": "News Item", "title": "Tin"})
        assert added.status_code == 201

    def test_new_unit_refused_under_a_closed_parent(self, api_client):
        api_client.post("@units/180/close", user="admin")
        response = api_client.post("@units", user="admin", json=dict(NEW_UNIT, level="commune", parent_code="180"))
        assert response.status_code == 400
        assert "Đơn vị cấp trên 180 đã đóng" in response.json()["error"]["message"]


class TestClosedUnitGuard:
    def test_code_that_skips_permission_checks_is_refused_too(self, portal):
        from mttq.langson.network.units import close_unit
        from plone import api
        from plone.dexterity.utils import createContentInContainer
        from zExceptions import Forbidden

        news_folder = portal["huyen-trang-dinh"]["tin-tuc"]
        with api.env.adopt_roles(["Manager"]):
            close_unit("180")
            with pytest.raises(Forbidden) as raised:
                createContentInContainer(news_folder, "News Item", checkConstraints=False, id="tin", title="Tin")
            # the same code works in an active unit
            createContentInContainer(portal["huyen-binh-gia"]["tin-tuc"], "News Item", checkConstraints=False, id="tin")
        assert "đã đóng" in str(raised.value)
        assert "tin" in portal["huyen-binh-gia"]["tin-tuc"]

    def test_paste_into_closed_unit_is_refused(self, portal):
        from mttq.langson.network.units import close_unit
        from OFS.CopySupport import CopyError
        from plone import api

        with api.env.adopt_roles(["Manager"]):
            news = api.content.create(portal["huyen-binh-gia"]["tin-tuc"], "News Item", id="tin", title="Tin")
            close_unit("180")
            with pytest.raises(CopyError):
                api.content.copy(news, portal["huyen-trang-dinh"]["tin-tuc"])
        assert "tin" not in portal["huyen-trang-dinh"]["tin-tuc"]

    def test_unit_sites_listed_once(self, portal):
        assert len(unit_sites(portal)) == 11
