"""Guidance documents' files and registry: full text of PDF/DOCX/ODT in
SearchableText, digital signatures (pyHanko), the @registry service (filters,
sort, paging, facets, CSV, "Văn bản cấp trên", errors, permissions) and
upgrade step 1004."""

from datetime import date
from mttq.langson.documents import fulltext
from mttq.langson.documents import signatures
from mttq.langson.documents.blocks import BLOCK_TYPE
from mttq.langson.documents.signatures import TRUST_ROOTS_RECORD
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.namedfile.file import NamedBlobFile
from Products.CMFCore.indexing import processQueue

import csv
import io
import pdfkit_helpers as kit
import pytest
import transaction


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_TYPE = "application/vnd.oasis.opendocument.text"
PHRASE = "Quy che phoi hop giam sat cong dong nam 2025"


@pytest.fixture(scope="module")
def signed_files():
    """(plain PDF, signed PDF, tampered copy, CA PEM), made once per module."""
    plain = kit.make_pdf([PHRASE, "Ban Thuong truc"])
    (ca_cert, _ca_key), (cert, key) = kit.make_ca_and_signer()
    signed = kit.sign_pdf(plain, cert, key, ca_cert)
    return plain, signed, kit.tamper(signed), kit.pem(ca_cert)


def blob(data, filename, content_type="application/pdf"):
    return NamedBlobFile(data, filename=filename, contentType=content_type)


def make_document(container, id, data=None, filename="van-ban.pdf", content_type="application/pdf",
                  publish=True, **fields):
    values = {
        "title": f"V/v văn bản {id}",
        "document_number": "125/HD-MTTQ-BTT",
        "document_type": "HD",
        "issue_date": date(2024, 10, 1),
        "issuing_body": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        "signer": "Nguyễn Văn A",
        "signer_position": "Phó Chủ tịch",
        "document_field": "dai-doan-ket",
        "urgency": "thuong",
        "secrecy": "khong-mat",
    }
    values.update(fields)
    with api.env.adopt_user(SITE_OWNER_NAME):
        doc = api.content.create(container, "GuidanceDocument", id=id,
                                 file=blob(data or kit.make_pdf(["Noi dung"]), filename, content_type), **values)
        if publish:
            api.content.transition(obj=doc, transition="publish")
    return doc


def ids(brains):
    return sorted(brain.getId for brain in brains)


def search(**query):
    return api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="GuidanceDocument", **query)


class TestFullText:
    def test_pdf_text_is_searchable(self, portal, signed_files):
        make_document(portal, "vb-pdf", signed_files[0])
        make_document(portal, "vb-khac")
        # Vietnamese search: accents typed or not, the PDF's unaccented text matches.
        assert ids(search(SearchableText="phối hợp giám sát cộng đồng")) == ["vb-pdf"]
        assert ids(search(SearchableText='"phoi hop giam sat"')) == ["vb-pdf"]

    def test_docx_and_odt_text(self, portal):
        make_document(portal, "vb-docx", kit.make_docx(["Kế hoạch tổ chức Ngày hội Đại đoàn kết", "ở khu dân cư"]),
                      "ke-hoach.docx", DOCX_TYPE)
        make_document(portal, "vb-odt", kit.make_odt(["Hướng dẫn bầu cử trưởng thôn"]), "huong-dan.odt", ODT_TYPE)
        assert ids(search(SearchableText="ngày hội khu dân cư")) == ["vb-docx"]
        assert ids(search(SearchableText="truong thon")) == ["vb-odt"]

    def test_broken_files_save_fine(self, portal):
        doc = make_document(portal, "vb-hong", b"%PDF-1.7\n\x00\x01 not really a pdf")
        docx = make_document(portal, "vb-docx-hong", b"PK\x03\x04broken zip", "a.docx", DOCX_TYPE)
        assert fulltext.cached_text(doc) == ""
        assert fulltext.cached_text(docx) == ""
        assert ids(search(SearchableText="văn bản vb-hong")) == ["vb-hong"]  # metadata still indexed
        report = signatures.signature_report(doc)
        assert report["signed"] is False and report["error"]

    def test_extracted_once_per_file_version(self, portal, signed_files):
        fulltext._recent.clear()
        before = fulltext.calls["extract"]
        doc = make_document(portal, "vb-mot-lan", signed_files[0])
        assert fulltext.calls["extract"] == before + 1
        doc.title = "Tiêu đề mới"
        doc.reindexObject()
        doc.reindexObject(idxs=["SearchableText"])
        assert fulltext.calls["extract"] == before + 1
        processQueue()
        assert fulltext.calls["extract"] == before + 1
        doc.file = blob(kit.make_pdf(["Bao cao tong ket"]), "moi.pdf")
        doc.reindexObject()
        processQueue()
        assert fulltext.calls["extract"] == before + 2
        assert ids(search(SearchableText="báo cáo tổng kết")) == ["vb-mot-lan"]
        assert ids(search(SearchableText="phoi hop giam sat")) == []

    def test_same_file_in_two_documents_read_once(self, portal, signed_files):
        fulltext._recent.clear()
        before = fulltext.calls["extract"]
        make_document(portal, "vb-ban-goc", signed_files[0])
        make_document(portal, "vb-ban-sao", signed_files[0])
        assert fulltext.calls["extract"] == before + 1
        # both are found by the text inside the file
        first_words = " ".join(fulltext.cached_text(portal["vb-ban-goc"]).split()[:3])
        assert first_words and fulltext.cached_text(portal["vb-ban-sao"]).startswith(first_words)

    def test_attachment_text_finds_the_document(self, portal):
        doc = make_document(portal, "vb-dinh-kem")
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.content.create(doc, "File", id="phu-luc.docx", title="Phụ lục",
                               file=blob(kit.make_docx(["Danh sách hộ nghèo thôn Nà Pàn"]), "phu-luc.docx",
                                         DOCX_TYPE))
        found = search(SearchableText="hộ nghèo Nà Pàn")
        assert [b.getId for b in found] == ["vb-dinh-kem"]

    def test_bounded(self, portal, monkeypatch):
        monkeypatch.setattr(fulltext, "MAX_CHARS", 10)
        assert fulltext.extract_text(blob(kit.make_docx(["a" * 50]), "a.docx", DOCX_TYPE)) == "a" * 10


class TestFullTextRest:
    def test_phrase_only_in_pdf_found_by_search(self, api_client, functional, signed_files):
        portal = functional["portal"]
        make_document(portal["van-ban"], "vb-tim", signed_files[0], title="V/v một văn bản")
        make_document(portal["van-ban"], "vb-nhap", signed_files[0], publish=False)
        transaction.commit()
        found = api_client.get("@search", params={"SearchableText": "phối hợp giám sát cộng đồng"}).json()
        assert [item["@id"].rsplit("/", 1)[-1] for item in found["items"]] == ["vb-tim"]


class TestSignatures:
    def test_signed_intact_not_trusted_without_roots(self, portal, signed_files):
        doc = make_document(portal, "vb-ky", signed_files[1])
        report = signatures.signature_report(doc)
        assert report["signed"] is True
        [entry] = report["signatures"]
        assert entry["intact"] is True and entry["valid"] is True
        assert entry["trusted"] is False  # no trust roots configured
        assert entry["signer"]["common_name"] == "Nguyễn Văn A"
        assert "CA thử nghiệm MTTQ" in entry["signer"]["issuer"]
        assert entry["signer"]["issuer_common_name"] == "CA thử nghiệm MTTQ"
        assert entry["signing_time"].startswith(str(date.today().year))
        assert entry["coverage"] == "ENTIRE_FILE"

    def test_trusted_with_a_configured_root(self, portal, signed_files):
        api.portal.set_registry_record(TRUST_ROOTS_RECORD, [signed_files[3]])
        doc = make_document(portal, "vb-tin-cay", signed_files[1])
        [entry] = signatures.signature_report(doc)["signatures"]
        assert entry["intact"] and entry["valid"] and entry["trusted"]
        # Another CA as root: intact, but not trusted.
        (other_ca, _key), _signer = kit.make_ca_and_signer()
        api.portal.set_registry_record(TRUST_ROOTS_RECORD, [kit.pem(other_ca)])
        [entry] = signatures.signature_report(doc)["signatures"]
        assert entry["intact"] is True and entry["trusted"] is False

    def test_tampered_is_invalid(self, portal, signed_files):
        doc = make_document(portal, "vb-sua", signed_files[2])
        [entry] = signatures.signature_report(doc)["signatures"]
        assert entry["intact"] is False
        assert entry["valid"] is False and entry["trusted"] is False
        assert entry["signer"]["common_name"] == "Nguyễn Văn A"

    def test_unsigned(self, portal, signed_files):
        doc = make_document(portal, "vb-khong-ky", signed_files[0])
        assert signatures.signature_report(doc) == {"signed": False, "signatures": [], "error": None}

    def test_not_a_pdf(self, portal):
        doc = make_document(portal, "vb-docx", kit.make_docx(["x"]), "a.docx", DOCX_TYPE)
        assert signatures.signature_report(doc) is None

    def test_verified_once_per_file_version(self, portal, signed_files):
        before = signatures.calls["verify"]
        doc = make_document(portal, "vb-dem", signed_files[1])
        assert signatures.calls["verify"] == before + 1  # at save time
        for _ in range(3):
            assert signatures.signature_report(doc)["signatures"][0]["intact"]
        doc.title = "Đổi tiêu đề"
        from zope.event import notify
        from zope.lifecycleevent import ObjectModifiedEvent

        notify(ObjectModifiedEvent(doc))
        assert signatures.calls["verify"] == before + 1
        doc.file = blob(signed_files[2], "sua.pdf")
        notify(ObjectModifiedEvent(doc))
        assert signatures.calls["verify"] == before + 2
        assert signatures.signature_report(doc)["signatures"][0]["intact"] is False
        assert signatures.calls["verify"] == before + 2


class TestSignaturesRest:
    def test_endpoint_and_expansion(self, api_client, functional, signed_files):
        portal = functional["portal"]
        doc = make_document(portal["van-ban"], "vb-rest", signed_files[1])
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.content.create(doc, "File", id="ban-sua.pdf", title="Bản bị sửa",
                               file=blob(signed_files[2], "ban-sua.pdf"))
        transaction.commit()
        before = signatures.calls["verify"]
        data = api_client.get("van-ban/vb-rest/@signatures").json()
        assert data["trust_roots_configured"] == 0
        main, tampered = data["files"]
        assert main["filename"] == "van-ban.pdf"
        assert main["download"].endswith("/vb-rest/@@download/file")
        assert main["signatures"]["signatures"][0]["intact"] is True
        assert main["signatures"]["signatures"][0]["signer"]["common_name"] == "Nguyễn Văn A"
        assert tampered["signatures"]["signatures"][0]["intact"] is False
        expanded = api_client.get("van-ban/vb-rest", params={"expand": "signatures"}).json()
        assert expanded["@components"]["signatures"]["files"][0]["signatures"]["signed"] is True
        assert signatures.calls["verify"] == before  # read from the annotations


def registry_data(portal):
    """Province documents (root's Văn bản), a unit's, an intranet one, a private one."""
    province = portal["van-ban"]
    unit = portal["huyen-trang-dinh"]["van-ban"]
    make_document(province, "hd-125", title="V/v Ngày hội Đại đoàn kết", document_number="125/HD-MTTQ-BTT",
                  issue_date=date(2024, 10, 1))
    make_document(province, "kh-07", title="V/v giám sát năm 2025", document_number="07/KH-MTTQ-BTT",
                  document_type="KH", issue_date=date(2025, 1, 15), document_field="giam-sat-phan-bien",
                  signer="Trần Thị B")
    make_document(province, "nq-01", title="Nghị quyết hội nghị", document_number="01/NQ-MTTQ",
                  document_type="NQ", issue_date=date(2023, 3, 2), issuing_body="Ủy ban MTTQ tỉnh Lạng Sơn")
    make_document(unit, "tb-03", title="Thông báo lịch tiếp dân", document_number="03/TB-MTTQ",
                  document_type="TB", issue_date=date(2025, 2, 1), issuing_body="Ủy ban MTTQ huyện Tràng Định",
                  data=kit.make_pdf(["lich tiep cong dan thang hai"]))
    make_document(unit, "tb-nhap", title="Thông báo nháp", document_type="TB", issue_date=date(2025, 3, 1),
                  publish=False)
    make_document(portal["noi-bo"], "cv-noi-bo", title="Công văn nội bộ", document_type="CV",
                  issue_date=date(2025, 4, 1), publish=False)
    transaction.commit()


def item_ids(response):
    assert response.status_code == 200, response.text
    return [item["@id"].rsplit("/", 1)[-1] for item in response.json()["items"]]


class TestRegistry:
    def test_network_unit_and_upper_scopes(self, api_client, functional):
        registry_data(functional["portal"])
        assert item_ids(api_client.get("@registry")) == ["tb-03", "kh-07", "hd-125", "nq-01"]
        assert item_ids(api_client.get("huyen-trang-dinh/@registry")) == ["tb-03"]
        assert item_ids(api_client.get("huyen-trang-dinh/van-ban/@registry")) == ["tb-03"]
        # "Văn bản cấp trên": the province's documents, seen from the unit, not copied.
        upper = api_client.get("huyen-trang-dinh/@registry", params={"scope": "upper"})
        assert item_ids(upper) == ["kh-07", "hd-125", "nq-01"]
        assert upper.json()["scope"] == "upper"
        assert item_ids(api_client.get("van-ban/@registry")) == ["kh-07", "hd-125", "nq-01"]
        assert item_ids(api_client.get("@registry", params={"scope": "unit"})) == ["kh-07", "hd-125", "nq-01"]
        assert len(functional["portal"]["huyen-trang-dinh"]["van-ban"].objectIds()) == 2

    def test_filters(self, api_client, functional):
        registry_data(functional["portal"])
        get = lambda **params: item_ids(api_client.get("@registry", params=params))  # noqa: E731
        assert get(document_type="KH") == ["kh-07"]
        assert get(issuing_body="Ủy ban MTTQ tỉnh Lạng Sơn") == ["nq-01"]
        assert get(year="2025") == ["tb-03", "kh-07"]
        assert get(document_field="giam-sat-phan-bien") == ["kh-07"]
        assert get(signer="Trần Thị B") == ["kh-07"]
        assert get(q="Dai doan ket") == ["hd-125"]
        assert get(q="tiếp công dân") == ["tb-03"]  # inside the PDF
        assert get(year="2025", document_type="TB") == ["tb-03"]
        assert get(year="2020") == []

    def test_item_and_facets(self, api_client, functional):
        registry_data(functional["portal"])
        data = api_client.get("@registry").json()
        item = data["items"][1]
        assert item["document_number"] == "07/KH-MTTQ-BTT"
        assert item["document_type"] == {"token": "KH", "title": "Kế hoạch (KH)"}
        assert item["issue_date"] == "2025-01-15"
        assert item["signer_position"] == "Phó Chủ tịch"
        assert item["urgency"]["token"] == "thuong"
        assert item["unit_code"] == "20"
        assert data["items"][0]["unit_code"] == "180"
        facets = data["facets"]
        assert {f["value"]: f["count"] for f in facets["year"]} == {"2025": 2, "2024": 1, "2023": 1}
        assert [f["value"] for f in facets["year"]] == ["2025", "2024", "2023"]
        assert {f["value"]: f["count"] for f in facets["document_type"]} == {"HD": 1, "KH": 1, "NQ": 1, "TB": 1}
        assert {f["value"]: f["count"] for f in facets["signer"]} == {"Nguyễn Văn A": 3, "Trần Thị B": 1}
        hd = [f for f in facets["document_type"] if f["value"] == "HD"][0]
        assert hd["title"] == "Hướng dẫn (HD)"

    def test_sort_and_paging(self, api_client, functional, monkeypatch):
        from mttq.langson.documents import registry

        registry_data(functional["portal"])
        monkeypatch.setattr(registry, "DEFAULT_B_SIZE", 3)  # the default page size applies
        assert item_ids(api_client.get("@registry")) == ["tb-03", "kh-07", "hd-125"]
        monkeypatch.undo()
        assert item_ids(api_client.get("@registry", params={"sort": "issue_date"})) == [
            "nq-01", "hd-125", "kh-07", "tb-03"]
        first = api_client.get("@registry", params={"b_size": 2})
        assert item_ids(first) == ["tb-03", "kh-07"]
        assert first.json()["items_total"] == 4
        assert "next" in first.json()["batching"]
        second = api_client.get("@registry", params={"b_size": 2, "b_start": 2})
        assert item_ids(second) == ["hd-125", "nq-01"]

    def test_csv(self, api_client, functional):
        registry_data(functional["portal"])
        for response in (api_client.get("@registry/csv", params={"year": "2025"}),
                         api_client.get("@registry", params={"year": "2025", "format": "csv"})):
            assert response.status_code == 200, response.text
            assert response.headers["Content-Type"].startswith("text/csv")
            assert "attachment" in response.headers["Content-Disposition"]
            assert response.content.startswith(b"\xef\xbb\xbf")  # BOM for Excel
            rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
            assert rows[0][:6] == ["Số, ký hiệu", "Loại văn bản", "Ngày ban hành", "Ngày hiệu lực",
                                   "Cơ quan ban hành", "Trích yếu"]
            assert [row[0] for row in rows[1:]] == ["03/TB-MTTQ", "07/KH-MTTQ-BTT"]
            assert rows[2][1] == "Kế hoạch (KH)"

    def test_csv_cells_are_not_formulas(self, api_client, functional):
        make_document(functional["portal"]["van-ban"], "vb-cong-thuc", issuing_body="=HYPERLINK(\"x\")")
        transaction.commit()
        rows = list(csv.reader(io.StringIO(api_client.get("@registry/csv").content.decode("utf-8-sig"))))
        assert rows[1][4] == "'=HYPERLINK(\"x\")"

    @pytest.mark.parametrize("params,message", [
        ({"document_type": "XYZ"}, "Loại văn bản không hợp lệ."),
        ({"document_field": "nope"}, "Lĩnh vực không hợp lệ."),
        ({"year": "abc"}, "Năm phải là một số từ 1945 đến 2100."),
        ({"year": "1800"}, "Năm phải là một số từ 1945 đến 2100."),
        ({"sort": "title"}, "Thứ tự sắp xếp không hợp lệ"),
        ({"scope": "world"}, "Phạm vi không hợp lệ"),
        ({"b_size": "1000"}, "b_size phải là một số từ 1 đến 100."),
        ({"b_start": "-1"}, "b_start phải là một số từ 0."),
        ({"format": "xml"}, "Định dạng không hợp lệ"),
        ({"q": "x" * 201}, "Từ khóa tìm kiếm quá dài"),
        ({"q": "(("}, "Không hiểu được từ khóa tìm kiếm"),
    ])
    def test_bad_parameters(self, api_client, params, message):
        response = api_client.get("@registry", params=params)
        assert response.status_code == 400, response.text
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        assert error["message"].startswith(message), error["message"]

    def test_unknown_subpath(self, api_client):
        response = api_client.get("@registry/xlsx")
        assert response.status_code == 400
        assert "Địa chỉ không hợp lệ" in response.json()["error"]["message"]

    def test_anonymous_never_sees_intranet_or_private(self, api_client, functional):
        registry_data(functional["portal"])
        hidden = {"tb-nhap", "cv-noi-bo"}
        for path in ("@registry", "huyen-trang-dinh/@registry", "noi-bo/@registry"):
            response = api_client.get(path, params={"b_size": 100})
            if response.status_code == 200:
                assert not hidden & set(item_ids(response))
            else:
                assert response.status_code in (401, 403)
        text = api_client.get("@registry/csv").content.decode("utf-8-sig")
        assert "Thông báo nháp" not in text and "Công văn nội bộ" not in text
        assert "tb-nhap" not in str(api_client.get("@registry", params={"q": "nháp"}).json())
        # A unit cadre reads the intranet document; the admin sees everything.
        assert "cv-noi-bo" in item_ids(api_client.get("@registry", user="cadre-180"))
        assert hidden <= set(item_ids(api_client.get("@registry", user="admin")))


class TestSectionsAndUpgrade:
    def test_new_sites_have_the_registry_block(self, portal):
        for site in (portal, portal["huyen-trang-dinh"]):
            types = [block["@type"] for block in site["van-ban"].blocks.values()]
            assert BLOCK_TYPE in types
            assert len(site["van-ban"].blocks_layout["items"]) == len(site["van-ban"].blocks)

    def test_upgrade_1004(self, portal, signed_files):
        from mttq.langson.network.blocks import listing_block
        from mttq.langson.network.blocks import page_blocks
        from mttq.langson.network.blocks import text_block
        from mttq.langson.network.blocks import title_block

        setup = api.portal.get_tool("portal_setup")
        catalog = api.portal.get_tool("portal_catalog")
        registry = api.portal.get_tool("portal_registry")
        # A 1002 site: the old Văn bản page, no columns, no record, no cached text.
        page = portal["huyen-trang-dinh"]["van-ban"]
        page.blocks, page.blocks_layout = page_blocks(
            title_block(), text_block("Văn bản"),
            listing_block(["GuidanceDocument"], path=".", b_size=20, sort_on="issue_date", variation="default"))
        doc = make_document(page, "cu", signed_files[1])
        for column in ("date_in_force", "signer_position", "urgency"):
            catalog.delColumn(column)
        del registry.records[TRUST_ROOTS_RECORD]
        from zope.annotation.interfaces import IAnnotations

        del IAnnotations(doc)[signatures.ANNOTATION_KEY]
        setup.setLastVersionForProfile("mttq.langson:default", "1002")

        with api.env.adopt_user(SITE_OWNER_NAME):
            setup.upgradeProfile("mttq.langson:default")

        # Up to the profile's current version (later steps may follow).
        current = setup.getVersionForProfile("mttq.langson:default")
        assert setup.getLastVersionForProfile("mttq.langson:default") == tuple(current.split("."))
        assert int(current) >= 1004
        assert api.portal.get_registry_record(TRUST_ROOTS_RECORD) in (None, [])
        assert "urgency" in catalog.schema()
        assert search(getId="cu")[0].signer_position == "Phó Chủ tịch"
        types = [page.blocks[bid]["@type"] for bid in page.blocks_layout["items"]]
        assert types == ["title", "slate", BLOCK_TYPE]
        assert signatures.ANNOTATION_KEY in IAnnotations(doc)
        assert ids(search(SearchableText="phoi hop giam sat")) == ["cu"]
