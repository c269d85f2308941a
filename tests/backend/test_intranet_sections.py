"""The intranet's sections: guidance documents, the training materials
library (@materials: search, tags, kinds, paging) and intranet news; their
add menus, their delegated editors, and every door closed to anonymous
visitors (each door is checked for a cadre too, so a broken door fails)."""

from datetime import date
from doors_helpers import door_tests
from doors_helpers import enable_syndication
from doors_helpers import site_doors
from io import BytesIO
from mttq.langson.intranet.sections import EDITORS_GROUP
from mttq.langson.intranet.sections import GUIDANCE_ID
from mttq.langson.intranet.sections import LIBRARY_ID
from mttq.langson.intranet.sections import NEWS_ID
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage

import base64
import io
import PIL.Image
import pytest
import transaction
import zipfile


LIBRARY = f"noi-bo/{LIBRARY_ID}"
NEWS = f"noi-bo/{NEWS_ID}"
GUIDANCE = f"noi-bo/{GUIDANCE_ID}"
SECRET = "Bimatnoibo"  # a word only the intranet content carries
ODP = "application/vnd.oasis.opendocument.presentation"
DECK = (("Chuyển đổi số", ["Họp trực tuyến, nhóm trao đổi công việc"]),)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _png():
    out = BytesIO()
    PIL.Image.new("RGB", (40, 30), "green").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def library(functional):
    """A PDF, a slide deck, a video link, a page and an image in the library,
    a guidance document and a news item in their sections."""
    from mttq.langson.intranet.demo import slide_deck

    portal = functional["portal"]
    intranet = portal["noi-bo"]
    folder = intranet[LIBRARY_ID]
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.create(folder, "File", id="so-tay.pdf", title=f"Sổ tay tập huấn {SECRET}",
                           subject=("Nghiệp vụ", "Khu dân cư"),
                           file=NamedBlobFile(PDF, filename="so-tay.pdf", contentType="application/pdf"))
        api.content.create(folder, "File", id="bai-giang.odp", title=f"Bài giảng trình chiếu {SECRET}",
                           subject=("Chuyển đổi số", "Bài giảng"),
                           file=NamedBlobFile(slide_deck(DECK), filename="bai-giang.odp", contentType=ODP))
        api.content.create(folder, "Link", id="video-ky-so", title=f"Video hướng dẫn ký số {SECRET}",
                           subject=("Chuyển đổi số", "Chữ ký số"),
                           remoteUrl="https://www.youtube.com/watch?v=abcdefghijk")
        api.content.create(folder, "Document", id="huong-dan", title=f"Hướng dẫn sinh hoạt {SECRET}",
                           subject=("Nghiệp vụ",))
        api.content.create(folder, "Image", id="so-do.png", title=f"Sơ đồ tổ chức {SECRET}",
                           image=NamedBlobImage(_png(), filename="so-do.png", contentType="image/png"))
        api.content.create(intranet[NEWS_ID], "News Item", id="thong-bao", title=f"Thông báo {SECRET}")
        api.content.create(
            intranet[GUIDANCE_ID], "GuidanceDocument", id="hd-12", title=f"Hướng dẫn nội bộ {SECRET}",
            document_number="12/HD-MTTQ-BTT", document_type="HD", issue_date=date(2026, 3, 2),
            issuing_body="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", signer="Nguyễn Văn A",
            signer_position="Phó Chủ tịch", document_field="dai-doan-ket", urgency="thuong",
            file=NamedBlobFile(PDF, filename="12-HD.pdf", contentType="application/pdf"))
        enable_syndication()
    transaction.commit()
    return portal


def materials(api_client, user="cadre-180", **params):
    response = api_client.get(f"{LIBRARY}/@materials", user=user, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def titles(reply):
    return sorted(item["title"].replace(f" {SECRET}", "") for item in reply["items"])


class TestSections:
    def test_the_intranet_has_its_sections_first_in_its_menu(self, portal):
        intranet = portal["noi-bo"]
        assert intranet.objectIds()[:3] == [GUIDANCE_ID, LIBRARY_ID, NEWS_ID]
        assert "khoa-hoc" in intranet.objectIds()
        assert [intranet[sid].Title() for sid in (GUIDANCE_ID, LIBRARY_ID, NEWS_ID)] == [
            "Văn bản hướng dẫn nội bộ", "Tài liệu tập huấn", "Tin nội bộ"]
        wftool = api.portal.get_tool("portal_workflow")
        for sid in (GUIDANCE_ID, LIBRARY_ID, NEWS_ID):
            assert wftool.getChainFor(intranet[sid]) == ("mttq_intranet_workflow",)
            assert api.content.get_state(intranet[sid]) == "internal"

    def test_the_library_page_carries_the_materials_block(self, portal):
        page = portal["noi-bo"][LIBRARY_ID]
        types = [block["@type"] for block in page.blocks.values()]
        assert "mttqMaterials" in types
        layout = page.blocks_layout["items"]
        assert set(layout) == set(page.blocks)

    @pytest.mark.parametrize("sid,expected", [
        (GUIDANCE_ID, {"GuidanceDocument"}),
        (LIBRARY_ID, {"File", "Link", "Document", "Image"}),
        (NEWS_ID, {"News Item", "Image", "File", "Link"}),
    ])
    def test_each_add_menu_offers_only_its_types(self, portal, sid, expected):
        page = portal["noi-bo"][sid]
        with api.env.adopt_user("province-editor"):
            assert {fti.getId() for fti in page.allowedContentTypes()} == expected

    def test_a_type_of_another_section_is_refused(self, portal):
        with api.env.adopt_user(SITE_OWNER_NAME):
            with pytest.raises((ValueError, api.exc.InvalidParameterError)):
                api.content.create(portal["noi-bo"][LIBRARY_ID], "News Item", id="lac-cho", title="Lạc chỗ")
            with pytest.raises((ValueError, api.exc.InvalidParameterError)):
                api.content.create(portal["noi-bo"][GUIDANCE_ID], "File", id="lac-cho", title="Lạc chỗ")

    def test_upgrade_step_makes_the_sections_of_an_existing_site(self, portal):
        from mttq.langson.upgrades.v1009 import intranet_sections

        with api.env.adopt_user(SITE_OWNER_NAME):
            api.content.delete(objects=[portal["noi-bo"][sid] for sid in (GUIDANCE_ID, LIBRARY_ID, NEWS_ID)])
            api.group.delete(groupname=EDITORS_GROUP)
            intranet_sections(None)
            intranet_sections(None)  # twice: nothing doubled
        intranet = portal["noi-bo"]
        contents = [cid for cid in intranet.objectIds() if not cid.startswith(".")]
        assert contents[:4] == [GUIDANCE_ID, LIBRARY_ID, NEWS_ID, "khoa-hoc"]
        assert api.group.get(groupname=EDITORS_GROUP) is not None
        assert "Editor" in intranet[LIBRARY_ID].get_local_roles_for_userid(EDITORS_GROUP)
        with api.env.adopt_user("province-editor"):
            assert {fti.getId() for fti in intranet[NEWS_ID].allowedContentTypes()} == {
                "News Item", "Image", "File", "Link"}
        setup = api.portal.get_tool("portal_setup")
        assert int(setup.getVersionForProfile("mttq.langson:default")) >= 1009  # later steps may follow


class TestDemoContent:
    def test_demo_materials_are_real_files(self, portal):
        from mttq.langson.intranet.demo import create_demo_intranet
        from mttq.langson.intranet.materials import kind_of

        with api.env.adopt_user(SITE_OWNER_NAME):
            made = create_demo_intranet(portal)
            assert create_demo_intranet(portal) == made  # again: the same items, no copies
        library = portal["noi-bo"][LIBRARY_ID]
        assert library["so-tay-nghiep-vu-mat-tran.pdf"].Subject() == ("Nghiệp vụ", "Khu dân cư")
        pdf = library["so-tay-nghiep-vu-mat-tran.pdf"].file
        assert pdf.data.startswith(b"%PDF")
        odp = library["bai-giang-chuyen-doi-so.odp"].file
        with zipfile.ZipFile(io.BytesIO(odp.data)) as archive:
            assert archive.namelist()[0] == "mimetype"
            assert archive.read("mimetype") == ODP.encode()
            assert "Chuyển đổi số" in archive.read("content.xml").decode()
        kinds = {obj.getId(): kind_of(obj.portal_type, getattr(obj, "content_type", lambda: "")(),
                                      getattr(obj, "remoteUrl", ""))
                 for obj in library.contentValues()}
        assert kinds == {"so-tay-nghiep-vu-mat-tran.pdf": "pdf", "bai-giang-chuyen-doi-so.odp": "slides",
                         "video-huong-dan-ky-so": "video", "huong-dan-sinh-hoat-khu-dan-cu": "page"}
        assert len(portal["noi-bo"][GUIDANCE_ID].objectIds()) == 1
        assert len(portal["noi-bo"][NEWS_ID].objectIds()) == 1


class TestMaterialsService:
    def test_lists_every_material_of_the_library_newest_first(self, api_client, library):
        reply = materials(api_client)
        assert reply["items_total"] == 5
        assert titles(reply) == ["Bài giảng trình chiếu", "Hướng dẫn sinh hoạt", "Sơ đồ tổ chức",
                                 "Sổ tay tập huấn", "Video hướng dẫn ký số"]
        by_title = {item["title"].replace(f" {SECRET}", ""): item for item in reply["items"]}
        assert by_title["Sổ tay tập huấn"]["kind"] == "pdf"
        assert by_title["Sổ tay tập huấn"]["kind_title"] == "Tài liệu PDF"
        assert by_title["Sổ tay tập huấn"]["target"].endswith("/so-tay.pdf/@@download/file")
        assert by_title["Bài giảng trình chiếu"]["kind"] == "slides"
        assert by_title["Video hướng dẫn ký số"]["kind"] == "video"
        assert by_title["Video hướng dẫn ký số"]["target"] == "https://www.youtube.com/watch?v=abcdefghijk"
        assert by_title["Hướng dẫn sinh hoạt"]["kind"] == "page"
        assert by_title["Sơ đồ tổ chức"]["kind"] == "image"
        assert by_title["Sổ tay tập huấn"]["tags"] == ["Nghiệp vụ", "Khu dân cư"]
        # The library page itself is not one of its materials.
        assert all(not item["@id"].endswith(LIBRARY_ID) for item in reply["items"])

    def test_facets_count_tags_and_kinds(self, api_client, library):
        facets = materials(api_client)["facets"]
        assert {f["value"]: f["count"] for f in facets["tag"]} == {
            "Nghiệp vụ": 2, "Chuyển đổi số": 2, "Khu dân cư": 1, "Bài giảng": 1, "Chữ ký số": 1}
        assert facets["tag"][0]["count"] == 2
        assert {f["value"]: f["count"] for f in facets["kind"]} == {
            "pdf": 1, "slides": 1, "video": 1, "page": 1, "image": 1}

    @pytest.mark.parametrize("q", ["tập huấn", "tap huan", "TẬP HUẤN"])
    def test_search_finds_a_word_of_the_title_with_or_without_accents(self, api_client, library, q):
        assert titles(materials(api_client, q=q)) == ["Sổ tay tập huấn"]

    @pytest.mark.parametrize("q", ["chữ ký số", "chu ky so"])
    def test_search_finds_a_word_of_a_tag(self, api_client, library, q):
        assert titles(materials(api_client, q=q)) == ["Video hướng dẫn ký số"]

    def test_search_finds_words_inside_the_files(self, api_client, library):
        from mttq.langson.scale.pdf import document_pdf

        pdf = document_pdf("01/STHD", "Ban Thường trực", "Sổ tay giám sát",
                           ["Giám sát và phản biện xã hội ở cơ sở."], "Nguyễn Văn A", "Phó Chủ tịch")
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.content.create(library["noi-bo"][LIBRARY_ID], "File", id="giam-sat.pdf", title="Tài liệu số 7",
                               file=NamedBlobFile(pdf, filename="giam-sat.pdf", contentType="application/pdf"))
        transaction.commit()
        # In the PDF's text, with or without accents.
        assert titles(materials(api_client, q="phản biện xã hội")) == ["Tài liệu số 7"]
        assert titles(materials(api_client, q="phan bien xa hoi")) == ["Tài liệu số 7"]
        # In the slide deck's text.
        assert titles(materials(api_client, q="hop truc tuyen")) == ["Bài giảng trình chiếu"]

    def test_slide_decks_text(self):
        from mttq.langson.intranet.fulltext import slides_text

        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as pptx:
            pptx.writestr("ppt/slides/slide2.xml", "<p:sld><a:t>Trang hai</a:t></p:sld>")
            pptx.writestr("ppt/slides/slide1.xml", "<p:sld><a:t>Mạng xã hội</a:t><a:t>an toàn &amp; văn minh</a:t></p:sld>")
        assert slides_text(out.getvalue()) == "Mạng xã hội an toàn & văn minh Trang hai"

    def test_a_file_moved_out_of_the_library_leaves_its_search(self, library):
        from mttq.langson.intranet.fulltext import ITrainingMaterial

        item = library["noi-bo"][LIBRARY_ID]["bai-giang.odp"]
        assert ITrainingMaterial.providedBy(item)
        with api.env.adopt_user(SITE_OWNER_NAME):
            moved = api.content.move(item, library["noi-bo"][NEWS_ID])
        assert not ITrainingMaterial.providedBy(moved)
        transaction.abort()

    def test_search_stays_inside_the_library(self, api_client, library):
        # The news item and the guidance document carry the word too.
        reply = materials(api_client, q=SECRET)
        assert reply["items_total"] == 5
        assert all(f"/{LIBRARY_ID}/" in item["@id"] for item in reply["items"])

    def test_tags_filter_and_narrow_each_other(self, api_client, library):
        assert titles(materials(api_client, tag="Chuyển đổi số")) == [
            "Bài giảng trình chiếu", "Video hướng dẫn ký số"]
        assert titles(materials(api_client, tag=["Chuyển đổi số", "Chữ ký số"])) == ["Video hướng dẫn ký số"]
        reply = materials(api_client, tag="Chuyển đổi số", kind="slides")
        assert titles(reply) == ["Bài giảng trình chiếu"]
        # Kinds stay offered with their counts under the other filters.
        assert {f["value"]: f["count"] for f in reply["facets"]["kind"]} == {"slides": 1, "video": 1}

    def test_kind_filter(self, api_client, library):
        assert titles(materials(api_client, kind="video")) == ["Video hướng dẫn ký số"]
        assert titles(materials(api_client, kind="pdf", q="so tay")) == ["Sổ tay tập huấn"]
        assert materials(api_client, kind="spreadsheet")["items_total"] == 0

    def test_paging_and_sort_by_title(self, api_client, library):
        first = materials(api_client, sort="title", b_size=2)
        assert first["items_total"] == 5
        assert [i["title"].split()[0] for i in first["items"]] == ["Bài", "Hướng"]
        assert "next" in first["batching"]
        last = materials(api_client, sort="title", b_size=2, b_start=4)
        assert [i["title"].split()[0] for i in last["items"]] == ["Video"]

    @pytest.mark.parametrize("params,field,message", [
        ({"b_size": "0"}, "b_size", "b_size phải là một số từ 1 đến 100."),
        ({"b_size": "abc"}, "b_size", "b_size phải là một số từ 1 đến 100."),
        ({"kind": "sach"}, "kind", "Loại tài liệu không hợp lệ."),
        ({"sort": "size"}, "sort", "Thứ tự sắp xếp không hợp lệ"),
        ({"q": "x" * 201}, "q", "Từ khóa tìm kiếm quá dài"),
        ({"q": "(("}, "q", "Không hiểu được từ khóa tìm kiếm"),
    ])
    def test_bad_parameters_get_a_vietnamese_400(self, api_client, library, params, field, message):
        response = api_client.get(f"{LIBRARY}/@materials", user="cadre-180", params=params)
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        assert error["field"] == field
        assert error["message"].startswith(message)

    def test_anonymous_gets_nothing(self, api_client, library):
        response = api_client.get(f"{LIBRARY}/@materials")
        assert response.status_code == 401
        assert SECRET not in response.text


class TestDelegation:
    def _add_file(self, api_client, user, where=LIBRARY, id="tai-lieu-moi.pdf"):
        return api_client.post(where, user=user, json={
            "@type": "File", "id": id, "title": "Tài liệu mới",
            "file": {"data": base64.b64encode(PDF).decode(), "encoding": "base64",
                     "filename": "tai-lieu-moi.pdf", "content-type": "application/pdf"}})

    def test_the_province_edits_every_section(self, api_client, library):
        response = self._add_file(api_client, "province-editor")
        assert response.status_code == 201, response.text
        response = api_client.patch(f"{LIBRARY}/so-tay.pdf", user="province-editor",
                                    json={"subjects": ["Nghiệp vụ", "Sổ tay"]})
        assert response.status_code == 204

    def test_a_unit_editor_cannot_until_delegated(self, api_client, library):
        assert self._add_file(api_client, "editor-180").status_code in (401, 403)
        assert api_client.patch(f"{LIBRARY}/so-tay.pdf", user="editor-180",
                                json={"title": "Đổi"}).status_code in (401, 403)

    def test_members_of_intranet_editors_edit_the_sections_only(self, api_client, library):
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.group.add_user(groupname=EDITORS_GROUP, username="editor-180")
        transaction.commit()
        assert self._add_file(api_client, "editor-180").status_code == 201
        assert api_client.patch(f"{LIBRARY}/so-tay.pdf", user="editor-180",
                                json={"title": "Sổ tay tập huấn (bản mới)"}).status_code == 204
        news = api_client.post(NEWS, user="editor-180", json={"@type": "News Item", "title": "Tin mới"})
        assert news.status_code == 201
        # Retract and publish again inside the intranet (never to the public).
        path = f"{NEWS}/{news.json()['id']}"
        assert api_client.post(f"{path}/@workflow/retract", user="editor-180").status_code == 200
        assert api_client.post(f"{path}/@workflow/publish_internally", user="editor-180").status_code == 200
        # Nowhere else: not the courses, not another unit's site.
        assert self._add_file(api_client, "editor-180", where="noi-bo/khoa-hoc").status_code in (401, 403)
        assert api_client.post("thanh-pho-lang-son/tin-tuc", user="editor-180",
                               json={"@type": "News Item", "title": "X"}).status_code in (401, 403)
        # Another unit's editor who is not a member: still refused.
        assert self._add_file(api_client, "editor-178", id="khac.pdf").status_code in (401, 403)

    def test_the_province_delegates_a_section_on_the_sharing_page(self, api_client, library):
        sharing = api_client.get(f"{LIBRARY}/@sharing", user="province-editor",
                                 params={"search": "unit-178-editors"})
        assert sharing.status_code == 200
        assert {"Contributor", "Editor"} <= {role["id"] for role in sharing.json()["available_roles"]}
        response = api_client.post(f"{LIBRARY}/@sharing", user="province-editor", json={
            "entries": [{"id": "unit-178-editors", "type": "group",
                         "roles": {"Contributor": True, "Editor": True}}]})
        assert response.status_code == 204, response.text
        assert self._add_file(api_client, "editor-178").status_code == 201
        # Only that section, only that unit.
        assert api_client.post(NEWS, user="editor-178",
                               json={"@type": "News Item", "title": "X"}).status_code in (401, 403)
        assert self._add_file(api_client, "editor-180", id="khac.pdf").status_code in (401, 403)

    def test_a_cadre_cannot_delegate(self, api_client, library):
        response = api_client.post(f"{LIBRARY}/@sharing", user="cadre-180", json={
            "entries": [{"id": "cadre-180", "type": "user", "roles": {"Editor": True}}]})
        assert response.status_code in (401, 403)
        assert self._add_file(api_client, "cadre-180").status_code in (401, 403)


DOORS = [
    ("library page", LIBRARY),
    ("library REST", f"++api++/{LIBRARY}"),
    ("library materials", f"++api++/{LIBRARY}/@materials"),
    ("library materials search", f"++api++/{LIBRARY}/@materials?q={SECRET}"),
    ("PDF download", f"{LIBRARY}/so-tay.pdf/@@download/file"),
    ("PDF display", f"{LIBRARY}/so-tay.pdf/@@display-file/file"),
    ("PDF direct", f"{LIBRARY}/so-tay.pdf"),
    ("PDF REST", f"++api++/{LIBRARY}/so-tay.pdf"),
    ("slides download", f"{LIBRARY}/bai-giang.odp/@@download/file"),
    ("slides REST", f"++api++/{LIBRARY}/bai-giang.odp"),
    ("video link", f"{LIBRARY}/video-ky-so"),
    ("video link REST", f"++api++/{LIBRARY}/video-ky-so"),
    ("page", f"{LIBRARY}/huong-dan"),
    ("image", f"{LIBRARY}/so-do.png/@@images/image"),
    ("image scale", f"{LIBRARY}/so-do.png/@@images/image/thumb"),
    ("news page", f"{NEWS}/thong-bao"),
    ("news REST", f"++api++/{NEWS}/thong-bao"),
    ("guidance REST", f"++api++/{GUIDANCE}/hd-12"),
    ("guidance file", f"{GUIDANCE}/hd-12/@@download/file"),
    ("guidance signatures", f"++api++/{GUIDANCE}/hd-12/@signatures"),
    ("registry of the network", f"++api++/@registry?scope=network&q={SECRET}"),
    ("registry of the province", "++api++/@registry"),
    ("REST search of links", "++api++/@search?portal_type=Link&metadata_fields=getRemoteUrl"),
    ("REST search full objects", f"++api++/@search?path.query=/plone/{LIBRARY}&fullobjects=1"),
    ("library RSS", f"{LIBRARY}/RSS"),
] + site_doors(SECRET)

CADRE_DOORS = {
    "library materials": f"++api++/{LIBRARY}/@materials",
    "PDF download": f"{LIBRARY}/so-tay.pdf/@@download/file",
    "slides download": f"{LIBRARY}/bai-giang.odp/@@download/file",
    "video link REST": f"++api++/{LIBRARY}/video-ky-so",
    "image scale": f"{LIBRARY}/so-do.png/@@images/image/thumb",
    "news REST": f"++api++/{NEWS}/thong-bao",
    "guidance file": f"{GUIDANCE}/hd-12/@@download/file",
    "REST search": f"++api++/@search?SearchableText={SECRET}",
}


# Titles only the intranet content carries, and the video's address.
MARKERS = (f"tập huấn {SECRET}", f"ký số {SECRET}", f"Thông báo {SECRET}", f"nội bộ {SECRET}",
           f"sinh hoạt {SECRET}", f"tổ chức {SECRET}", "abcdefghijk")


class TestDoors(door_tests("library", DOORS, CADRE_DOORS, MARKERS)):
    def test_everything_new_follows_the_intranet_workflow(self, library):
        wftool = api.portal.get_tool("portal_workflow")
        intranet = library["noi-bo"]
        for sid in (GUIDANCE_ID, LIBRARY_ID, NEWS_ID):
            for obj in intranet[sid].contentValues():
                assert wftool.getChainFor(obj) == ("mttq_intranet_workflow",), obj.getId()
                view = [r["name"] for r in obj.rolesOfPermission("View") if r["selected"]]
                assert "Anonymous" not in view and "Authenticated" not in view, obj.getId()
