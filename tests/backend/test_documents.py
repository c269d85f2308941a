"""Guidance documents (văn bản): the GuidanceDocument type, its Vietnamese
validation (REST, add form, schema), its catalog indexes and its upgrade step."""

from datetime import date
from mttq.langson.documents import validation
from mttq.langson.documents.content import IGuidanceDocument
from mttq.langson.documents.content import validate_document
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.namedfile.file import NamedBlobFile
from zope.i18n import translate
from zope.interface import Invalid
from zope.schema.interfaces import ValidationError

import base64
import json
import pytest
import transaction


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
DOCX = b"PK\x03\x04" + b"\x00" * 60
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

MSG_NUMBER = "Số, ký hiệu không hợp lệ"
MSG_IN_FORCE = "Ngày hiệu lực không được trước ngày ban hành."
MSG_SECRET = "Văn bản mật (Mật, Tối mật, Tuyệt mật) không bao giờ được đưa lên mạng"
MSG_FILE_TYPE = "Loại tệp này không được chấp nhận"
MSG_FILE_CONTENT = "Nội dung tệp không khớp với loại tệp"
MSG_FILE_SIZE = "Tệp quá lớn: tối đa 20 MB."


def vi(message):
    return translate(message, target_language="vi")


def pdf_file(data=PDF, filename="125-HD-MTTQ-BTT.pdf", content_type="application/pdf"):
    return NamedBlobFile(data, filename=filename, contentType=content_type)


def metadata(**overrides):
    data = {
        "title": "V/v tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024",
        "document_number": "125/HD-MTTQ-BTT",
        "document_type": "HD",
        "issue_date": date(2024, 10, 1),
        "date_in_force": date(2024, 10, 5),
        "issuing_body": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        "signer": "Nguyễn Văn A",
        "signer_position": "Phó Chủ tịch",
        "document_field": "dai-doan-ket",
        "recipients": "Ủy ban MTTQ các huyện, thành phố;\nLưu VP.",
        "urgency": "khan",
        "secrecy": "khong-mat",
        "page_count": 3,
    }
    data.update(overrides)
    return data


def create_document(container, id="vb-125", file=None, **overrides):
    with api.env.adopt_user(SITE_OWNER_NAME):
        return api.content.create(container, "GuidanceDocument", id=id,
                                  file=file or pdf_file(), **metadata(**overrides))


def rest_file(data=PDF, filename="125-HD-MTTQ-BTT.pdf", content_type="application/pdf"):
    return {"data": base64.b64encode(data).decode(), "encoding": "base64",
            "filename": filename, "content-type": content_type}


def rest_body(**overrides):
    body = {key: (value.isoformat() if isinstance(value, date) else value)
            for key, value in metadata().items()}
    body.update({"@type": "GuidanceDocument", "file": rest_file()})
    body.update(overrides)
    return {key: value for key, value in body.items() if value is not ...}


def error_text(response):
    return json.dumps(response.json(), ensure_ascii=False)


class TestType:
    def test_type_is_registered(self, portal):
        fti = api.portal.get_tool("portal_types")["GuidanceDocument"]
        assert fti.global_allow
        assert vi(fti.Title()) == "Văn bản"
        assert fti.Title() == "Guidance document"
        for behavior in ("plone.basic", "plone.categorization", "plone.relateditems", "plone.publication",
                         "plone.shortname", "plone.namefromtitle", "plone.versioning", "plone.locking",
                         "volto.blocks"):
            assert behavior in fti.behaviors
        assert "File" in fti.allowed_content_types

    def test_create_with_full_metadata(self, portal):
        doc = create_document(portal)
        assert doc.portal_type == "GuidanceDocument"
        assert doc.document_number == "125/HD-MTTQ-BTT"
        assert doc.issue_date == date(2024, 10, 1)
        assert doc.file.filename == "125-HD-MTTQ-BTT.pdf"
        assert doc.Language() == "vi"
        assert validate_document(doc) == []
        # Its other attachments are files inside it.
        with api.env.adopt_user(SITE_OWNER_NAME):
            annex = api.content.create(doc, "File", id="phu-luc.docx", title="Phụ lục",
                                       file=NamedBlobFile(DOCX, filename="phu-luc.docx", contentType=DOCX_TYPE))
        assert annex.aq_parent is doc

    def test_defaults(self, portal):
        assert IGuidanceDocument["secrecy"].default == "khong-mat"
        assert IGuidanceDocument["urgency"].default == "thuong"

    def test_vocabularies(self, portal):
        from zope.component import getUtility
        from zope.schema.interfaces import IVocabularyFactory

        types = getUtility(IVocabularyFactory, "mttq.langson.DocumentTypes")(portal)
        titles = {vi(term.title) for term in types}
        assert {"Nghị quyết (NQ)", "Quyết định (QĐ)", "Hướng dẫn (HD)", "Tờ trình (TTr)", "Thông tri"} <= titles
        assert len(types) == 12
        fields = getUtility(IVocabularyFactory, "mttq.langson.DocumentFields")(portal)
        assert "Giám sát, phản biện xã hội" in {vi(term.title) for term in fields}

    def test_in_the_intranet_it_follows_the_intranet_workflow(self, portal):
        # in the intranet's own section of internal guidance documents
        doc = create_document(portal["noi-bo"]["van-ban-noi-bo"], id="huong-dan-noi-bo")
        assert api.portal.get_tool("portal_workflow").getChainFor(doc) == ("mttq_intranet_workflow",)


class TestSchemaValidation:
    @pytest.mark.parametrize("number", ["125/HD-MTTQ-BTT", "49-NQ/TU", "30/2020/NĐ-CP", "12/TTr-MTTQ",
                                        "05/KH-MTTQ-BTT", "1/QĐ-UBND"])
    def test_good_notations(self, portal, number):
        IGuidanceDocument["document_number"].validate(number)

    @pytest.mark.parametrize("number", ["abc", "125", "125/hd-mttq", "HD-125", "125 / HD", "125/HD-",
                                        "125/20/HD", ""])
    def test_bad_notations(self, portal, number):
        with pytest.raises(ValidationError) as info:
            IGuidanceDocument["document_number"].validate(number)
        if number:
            assert vi(info.value.doc()).startswith(MSG_NUMBER)

    @pytest.mark.parametrize("secrecy", ["mat", "toi-mat", "tuyet-mat"])
    def test_secret_refused(self, portal, secrecy):
        field = IGuidanceDocument["secrecy"].bind(portal)
        with pytest.raises(validation.SecretDocumentRefused) as info:
            field.validate(secrecy)
        assert vi(info.value.doc()).startswith(MSG_SECRET)
        field.validate("khong-mat")

    def test_date_in_force_before_issue_date(self, portal):
        doc = create_document(portal, date_in_force=date(2024, 9, 30))
        errors = validate_document(doc)
        assert len(errors) == 1
        name, error = errors[0]
        assert name is None and isinstance(error, Invalid)  # the schema's invariant
        assert vi(error.args[0]) == MSG_IN_FORCE
        doc.date_in_force = date(2024, 10, 1)  # same day is fine
        assert validate_document(doc) == []

    @pytest.mark.parametrize("filename,content_type,data", [
        ("van-ban.exe", "application/octet-stream", PDF),
        ("van-ban.txt", "text/plain", b"hello"),
        ("van-ban.pdf", "text/html", PDF),  # extension fine, content type not
        ("anh.png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ])
    def test_wrong_file_type(self, portal, filename, content_type, data):
        with pytest.raises(validation.FileTypeNotAllowed) as info:
            IGuidanceDocument["file"].validate(pdf_file(data, filename, content_type))
        assert vi(info.value.doc()).startswith(MSG_FILE_TYPE)

    def test_content_must_match_type(self, portal):
        with pytest.raises(validation.FileContentMismatch) as info:
            IGuidanceDocument["file"].validate(pdf_file(b"<html>not a pdf</html>"))
        assert vi(info.value.doc()).startswith(MSG_FILE_CONTENT)

    @pytest.mark.parametrize("filename,content_type,data", [
        ("a.pdf", "application/pdf", PDF),
        ("a.docx", DOCX_TYPE, DOCX),
        ("a.doc", "application/msword", validation.OLE2 + b"\x00" * 50),
        ("a.XLS", "application/vnd.ms-excel", validation.OLE2 + b"\x00" * 50),
        ("a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DOCX),
        ("a.odt", "application/vnd.oasis.opendocument.text", DOCX),
    ])
    def test_allowed_files(self, portal, filename, content_type, data):
        IGuidanceDocument["file"].validate(pdf_file(data, filename, content_type))

    def test_file_too_large(self, portal):
        big = PDF + b"0" * (validation.MAX_FILE_SIZE + 1 - len(PDF))
        with pytest.raises(validation.FileTooLarge) as info:
            IGuidanceDocument["file"].validate(pdf_file(big))
        assert vi(info.value.doc()) == MSG_FILE_SIZE
        IGuidanceDocument["file"].validate(pdf_file(big[:validation.MAX_FILE_SIZE]))

    def test_page_count_at_least_one(self, portal):
        with pytest.raises(ValidationError):
            IGuidanceDocument["page_count"].validate(0)

    def test_replaced_by_only_another_document(self, portal):
        field = IGuidanceDocument["replaced_by"]
        with pytest.raises(validation.NotAGuidanceDocument):
            validation.check_replaced_by(portal["noi-bo"])
        assert field.constraint(create_document(portal, id="moi"))


class TestIndexes:
    def test_indexes_are_queryable(self, portal):
        create_document(portal)
        create_document(portal, id="nq", document_number="49-NQ/TU", document_type="NQ",
                        issue_date=date(2023, 5, 2), date_in_force=None, signer="Trần Thị B",
                        issuing_body="Tỉnh ủy Lạng Sơn", document_field="bau-cu")
        catalog = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
        assert [b.getId for b in catalog(document_number="49-NQ/TU")] == ["nq"]
        assert [b.getId for b in catalog(document_type="HD")] == ["vb-125"]
        assert [b.getId for b in catalog(signer="Trần Thị B")] == ["nq"]
        assert [b.getId for b in catalog(issuing_body="Tỉnh ủy Lạng Sơn")] == ["nq"]
        assert [b.getId for b in catalog(document_field="dai-doan-ket")] == ["vb-125"]
        found = catalog(issue_date={"query": date(2024, 1, 1), "range": "min"})
        assert [b.getId for b in found] == ["vb-125"]
        ordered = catalog(portal_type="GuidanceDocument", sort_on="issue_date", sort_order="reverse")
        assert [b.getId for b in ordered] == ["vb-125", "nq"]
        brain = catalog(document_number="125/HD-MTTQ-BTT")[0]
        assert brain.document_type == "HD"
        assert brain.signer == "Nguyễn Văn A"

    def test_attachments_do_not_inherit_the_metadata(self, portal):
        doc = create_document(portal)
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.content.create(doc, "File", id="phu-luc.pdf", title="Phụ lục", file=pdf_file())
        catalog = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
        assert [b.portal_type for b in catalog(document_number="125/HD-MTTQ-BTT")] == ["GuidanceDocument"]


class TestRest:
    def _count(self, api_client):
        return api_client.get("@search", user="admin",
                              params={"portal_type": "GuidanceDocument"}).json()["items_total"]

    def _refused(self, api_client, message, **overrides):
        before = self._count(api_client)
        response = api_client.post("", user="admin", json=rest_body(**overrides))
        assert response.status_code == 400, response.text
        assert message in error_text(response)
        assert self._count(api_client) == before
        transaction.begin()
        return response

    def test_create_with_full_metadata(self, api_client):
        response = api_client.post("", user="admin", json=rest_body())
        assert response.status_code == 201, response.text
        data = response.json()
        assert data["@type"] == "GuidanceDocument"
        assert data["document_number"] == "125/HD-MTTQ-BTT"
        assert data["issue_date"] == "2024-10-01"
        assert data["document_type"]["token"] == "HD"
        assert data["secrecy"]["token"] == "khong-mat"
        assert data["file"]["filename"] == "125-HD-MTTQ-BTT.pdf"
        assert data["language"]["token"] == "vi"
        found = api_client.get("@search", user="admin",
                               params={"document_number": "125/HD-MTTQ-BTT", "metadata_fields": "issue_date"})
        assert found.json()["items_total"] == 1

    def test_bad_notation(self, api_client):
        self._refused(api_client, MSG_NUMBER, document_number="125/hd mttq")

    def test_date_in_force_before_issue_date(self, api_client):
        self._refused(api_client, MSG_IN_FORCE, date_in_force="2024-09-01")

    @pytest.mark.parametrize("secrecy", ["mat", "toi-mat", "tuyet-mat"])
    def test_secret_refused(self, api_client, secrecy):
        self._refused(api_client, MSG_SECRET, secrecy=secrecy)

    def test_wrong_file_type(self, api_client):
        self._refused(api_client, MSG_FILE_TYPE, file=rest_file(b"MZ\x90\x00", "setup.exe", "application/x-msdownload"))

    def test_file_content_not_matching(self, api_client):
        self._refused(api_client, MSG_FILE_CONTENT, file=rest_file(b"<html></html>", "van-ban.pdf"))

    def test_file_too_large(self, api_client, monkeypatch):
        # The same check as the 20 MB one, without sending 27 MB of base64.
        monkeypatch.setattr(validation, "MAX_FILE_SIZE", 1024)
        self._refused(api_client, MSG_FILE_SIZE, file=rest_file(PDF + b"0" * 2048))

    def test_missing_required(self, api_client):
        self._refused(api_client, "document_number", document_number=...)

    def test_edit_is_validated_too(self, api_client):
        created = api_client.post("", user="admin", json=rest_body(title="Văn bản sửa", document_number="7/KH-MTTQ"))
        assert created.status_code == 201, created.text
        path = created.json()["@id"].removeprefix(api_client.base)
        for change, message in (({"secrecy": "toi-mat"}, MSG_SECRET),
                                ({"document_number": "bay"}, MSG_NUMBER),
                                ({"date_in_force": "2020-01-01"}, MSG_IN_FORCE)):
            response = api_client.patch(path, user="admin", json=change)
            assert response.status_code == 400, response.text
            assert message in error_text(response)
        data = api_client.get(path, user="admin").json()
        assert data["secrecy"]["token"] == "khong-mat"
        assert data["document_number"] == "7/KH-MTTQ"
        assert data["date_in_force"] == "2024-10-05"

    def test_replaced_by(self, api_client):
        first = api_client.post("", user="admin", json=rest_body(title="Văn bản cũ"))
        assert first.status_code == 201, first.text
        second = api_client.post("", user="admin", json=rest_body(
            title="Văn bản mới", document_number="126/HD-MTTQ-BTT", replaced_by=None))
        assert second.status_code == 201
        patched = api_client.patch(first.json()["@id"].removeprefix(api_client.base), user="admin",
                                   json={"replaced_by": second.json()["UID"]})
        assert patched.status_code == 204, patched.text
        data = api_client.get(first.json()["@id"].removeprefix(api_client.base), user="admin").json()
        assert data["replaced_by"]["@id"] == second.json()["@id"]
        refused = api_client.patch(first.json()["@id"].removeprefix(api_client.base), user="admin",
                                   json={"replaced_by": api_client.get("noi-bo", user="admin").json()["UID"]})
        assert refused.status_code == 400
        assert "Văn bản chỉ có thể được thay thế bởi một văn bản khác." in error_text(refused)


class TestAttachments:
    """Files added inside a document get the main file's checks (REST and code)."""

    def _document(self, api_client, number="15/KH-MTTQ"):
        created = api_client.post("", user="admin", json=rest_body(title="Văn bản có đính kèm",
                                                                   document_number=number))
        assert created.status_code == 201, created.text
        return created.json()["@id"].removeprefix(api_client.base).lstrip("/")

    def _attach(self, api_client, path, data, filename, content_type, user="admin"):
        return api_client.post(path, user=user, json={
            "@type": "File", "title": filename, "file": rest_file(data, filename, content_type)})

    def _files(self, api_client, path):
        transaction.begin()
        items = api_client.get(path, user="admin").json()["items"]
        return [item["title"] for item in items if item["@type"] == "File"]

    @pytest.mark.parametrize("data,filename,content_type,message", [
        (b"MZ\x90\x00", "setup.exe", "application/x-msdownload", MSG_FILE_TYPE),
        (b"\x89PNG\r\n\x1a\n", "anh.png", "image/png", MSG_FILE_TYPE),
        (PDF, "phu-luc.pdf", "text/html", MSG_FILE_TYPE),
        (b"<html></html>", "phu-luc.pdf", "application/pdf", MSG_FILE_CONTENT),
    ])
    def test_bad_attachment_refused_nothing_stored(self, api_client, data, filename, content_type, message):
        path = self._document(api_client)
        response = self._attach(api_client, path, data, filename, content_type)
        assert response.status_code == 400, response.text
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        assert message in error["message"]
        assert self._files(api_client, path) == []

    def test_too_large_attachment_refused(self, api_client, monkeypatch):
        path = self._document(api_client)
        monkeypatch.setattr(validation, "MAX_FILE_SIZE", 1024)
        response = self._attach(api_client, path, PDF + b"0" * 2048, "lon.pdf", "application/pdf")
        assert response.status_code == 400, response.text
        assert response.json()["error"]["message"] == MSG_FILE_SIZE
        assert self._files(api_client, path) == []

    def test_allowed_attachments_are_stored(self, api_client):
        path = self._document(api_client)
        for data, filename, content_type in ((DOCX, "phu-luc.docx", DOCX_TYPE),
                                             (validation.OLE2 + b"\x00" * 50, "bang.xls", "application/vnd.ms-excel"),
                                             (PDF, "to-trinh.pdf", "application/pdf")):
            response = self._attach(api_client, path, data, filename, content_type)
            assert response.status_code == 201, response.text
        assert sorted(self._files(api_client, path)) == ["bang.xls", "phu-luc.docx", "to-trinh.pdf"]

    def test_replacing_an_attachment_is_checked_too(self, api_client):
        path = self._document(api_client)
        created = self._attach(api_client, path, PDF, "phu-luc.pdf", "application/pdf")
        assert created.status_code == 201, created.text
        file_path = created.json()["@id"].removeprefix(api_client.base).lstrip("/")
        response = api_client.patch(file_path, user="admin", json={
            "file": rest_file(b"MZ\x90\x00", "setup.exe", "application/x-msdownload")})
        assert response.status_code == 400, response.text
        assert MSG_FILE_TYPE in response.json()["error"]["message"]
        transaction.begin()
        assert api_client.get(file_path, user="admin").json()["file"]["filename"] == "phu-luc.pdf"

    def test_files_elsewhere_are_not_concerned(self, portal):
        from zExceptions import BadRequest

        doc = create_document(portal["huyen-trang-dinh"]["van-ban"], id="vb-dinh-kem")
        with api.env.adopt_user(SITE_OWNER_NAME):
            with pytest.raises(BadRequest) as info:
                api.content.create(doc, "File", id="anh", file=pdf_file(b"\x89PNG\r\n\x1a\n", "anh.png", "image/png"))
            assert str(info.value).startswith(MSG_FILE_TYPE)
            # an image file in a news section is no document's attachment
            news = api.content.create(portal["huyen-trang-dinh"]["tin-tuc"], "File", id="anh",
                                      file=pdf_file(b"\x89PNG\r\n\x1a\n", "anh.png", "image/png"))
        assert news.file.filename == "anh.png"


class TestAddForm:
    def _submit(self, portal, **values):
        request = portal.REQUEST
        form = {
            "form.widgets.IBasic.title": "V/v hướng dẫn",
            "form.widgets.document_number": "125/HD-MTTQ-BTT",
            "form.widgets.document_type": ["HD"],
            "form.widgets.issue_date": "2024-10-01",
            "form.widgets.date_in_force": "2024-10-05",
            "form.widgets.urgency": ["thuong"],
            "form.widgets.secrecy": ["khong-mat"],
            "form.buttons.save": "Save",
        }
        form.update(values)
        request.form.update(form)
        for key, value in form.items():
            request.set(key, value)
        with api.env.adopt_user(SITE_OWNER_NAME):
            view = portal.restrictedTraverse("++add++GuidanceDocument")
            view.form_instance.update()
            data, errors = view.form_instance.extractData()
        return [translate(error.message, context=request) for error in errors]

    def _count(self, portal):
        return len(api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="GuidanceDocument"))

    def test_bad_notation(self, portal):
        messages = self._submit(portal, **{"form.widgets.document_number": "abc"})
        assert any(m.startswith(MSG_NUMBER) for m in messages), messages
        assert self._count(portal) == 0

    def test_secret_refused(self, portal):
        messages = self._submit(portal, **{"form.widgets.secrecy": ["tuyet-mat"]})
        assert any(m.startswith(MSG_SECRET) for m in messages), messages
        assert self._count(portal) == 0

    def test_date_in_force_before_issue_date(self, portal):
        messages = self._submit(portal, **{"form.widgets.date_in_force": "2024-09-01"})
        assert MSG_IN_FORCE in messages, messages
        assert self._count(portal) == 0


def upload(data, filename, content_type):
    """A file as the browser posts it to the classic form."""
    from io import BytesIO
    from types import SimpleNamespace
    from ZPublisher.HTTPRequest import FileUpload

    return FileUpload(SimpleNamespace(file=BytesIO(data), filename=filename, name="form.widgets.file",
                                      headers={"content-type": content_type}))


class TestAddFormFile:
    _submit = TestAddForm._submit
    _count = TestAddForm._count

    def test_wrong_file_type(self, portal):
        messages = self._submit(portal, **{"form.widgets.file": upload(b"MZ\x90", "setup.exe",
                                                                        "application/x-msdownload")})
        assert any(m.startswith(MSG_FILE_TYPE) for m in messages), messages
        assert self._count(portal) == 0

    def test_good_file_passes(self, portal):
        messages = self._submit(portal, **{"form.widgets.file": upload(PDF, "van-ban.pdf", "application/pdf")})
        assert messages == []
        created = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="GuidanceDocument")
        assert len(created) == 1
        doc = created[0]._unrestrictedGetObject()
        assert doc.document_number == "125/HD-MTTQ-BTT"
        assert doc.file.filename == "van-ban.pdf"
        assert doc.Language() == "vi"


class TestUpgrade:
    def test_upgrade_step_on_a_site_without_the_type(self, portal):
        from mttq.langson.intranet.setup import POLICY_ID

        setup = api.portal.get_tool("portal_setup")
        catalog = api.portal.get_tool("portal_catalog")
        types = api.portal.get_tool("portal_types")
        policy = api.portal.get_tool("portal_placeful_workflow").getWorkflowPolicyById(POLICY_ID)
        # A 1001 site: no type, no indexes, no chain in the intranet policy.
        types.manage_delObjects(["GuidanceDocument"])
        for name in ("document_number", "document_type", "issue_date", "issuing_body", "signer", "document_field"):
            catalog.delIndex(name)
            catalog.delColumn(name)
        policy.delChain("GuidanceDocument")
        setup.setLastVersionForProfile("mttq.langson:default", "1001")

        with api.env.adopt_user(SITE_OWNER_NAME):
            setup.upgradeProfile("mttq.langson:default")

        # Up to the profile's current version (later steps follow this one).
        current = setup.getVersionForProfile("mttq.langson:default")
        assert setup.getLastVersionForProfile("mttq.langson:default") == tuple(current.split("."))
        assert "GuidanceDocument" in types.objectIds()
        assert catalog.Indexes["issue_date"].meta_type == "DateIndex"
        assert "document_number" in catalog.schema()
        doc = create_document(portal["noi-bo"], id="sau-nang-cap")
        search = catalog.unrestrictedSearchResults
        assert [b.getId for b in search(document_number="125/HD-MTTQ-BTT")] == ["sau-nang-cap"]
        assert api.portal.get_tool("portal_workflow").getChainFor(doc) == ("mttq_intranet_workflow",)
        # Vietnamese search still works after the catalog import.
        assert [b.getId for b in search(SearchableText="Dai doan ket", portal_type="GuidanceDocument")] == [
            "sau-nang-cap"]
