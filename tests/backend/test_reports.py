"""Periodic reports (báo cáo định kỳ): the province defines periods of a
report form in /noi-bo/bao-cao, each unit submits once and revises until the
due date, late reports are marked, closed periods and units refuse, a unit
never sees another's report, anonymous visitors reach nothing, the province
sees the matrix with sums and its CSV, reminders go through a real SMTP
server once per reminder day."""

from courses_helpers import make_leader
from datetime import date
from datetime import timedelta
from mailserver import SmtpServer
from mailserver import configure_mailhost
from mttq.langson.reports import submissions
from mttq.langson.reports.reminders import send_reminders
from mttq.langson.reports.setup import ACTIONS_MODEL
from mttq.langson.reports.setup import FORM_ID
from mttq.langson.reports.setup import REPORTS_ID
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.dexterity.utils import createContentInContainer

from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

import base64
import csv
import io
import json
import pytest
import transaction


FOLDER = f"noi-bo/{REPORTS_ID}"
TODAY = submissions.now().date()
REPORT = {
    "so_hoi_nghi": 3,
    "so_luot_tham_gia": 120,
    "quy_vi_nguoi_ngheo": 15.5,
    "ket_qua": "Tổ chức 3 hội nghị tuyên truyền.",
}


def folder(portal):
    return portal["noi-bo"][REPORTS_ID]


def make_period(portal, id="thang-11", period="2026-11", due=None, units=(), accepting=True, reminder_days=3,
                kind="month", form_id=FORM_ID):
    with api.env.adopt_user(SITE_OWNER_NAME):
        obj = createContentInContainer(
            folder(portal), "ReportPeriod", id=id, title=f"Báo cáo {period}",
            report_form=folder(portal)[form_id].UID(), period_kind=kind, period=period,
            due_date=due or TODAY + timedelta(days=10), units=list(units), accepting=accepting,
            reminder_days=reminder_days,
        )
    transaction.commit()
    return obj


def report(**overrides):
    data = dict(REPORT)
    data.update(overrides)
    return data


def post(api_client, user, path=f"{FOLDER}/thang-11", **body):
    body.setdefault("data", report())
    return api_client.post(f"{path}/@report", user=user, json=body)


def stored(portal, code, id="thang-11"):
    transaction.begin()
    return submissions.get_submission(folder(portal)[id], code)


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def smtp(functional):
    server = SmtpServer().start()
    configure_mailhost(functional["portal"], server)
    transaction.commit()
    yield server
    server.stop()


class TestDefinition:
    def test_folder_form_and_type(self, portal, api_client):
        assert folder(portal).portal_type == "Document"
        form = folder(portal)[FORM_ID]
        assert form.portal_type == "EasyForm"
        assert api.content.get_state(folder(portal)) == "internal"
        listing = [b for b in folder(portal).blocks.values() if b["@type"] == "listing"]
        assert listing[0]["querystring"]["query"][0]["v"] == ["ReportPeriod"]
        schema = api_client.get(f"{FOLDER}/{FORM_ID}/@easyform", user="cadre-180").json()
        assert [f["name"] for f in schema["fields"]][:3] == ["so_hoi_nghi", "so_luot_tham_gia", "quy_vi_nguoi_ngheo"]

    def test_province_editor_defines_a_period(self, portal, api_client):
        uid = folder(portal)[FORM_ID].UID()
        body = {"@type": "ReportPeriod", "title": "Báo cáo tháng 11/2026", "report_form": uid,
                "period_kind": "month", "period": "2026-11", "due_date": "2026-12-05"}
        response = api_client.post(FOLDER, user="province-editor", json=body)
        assert response.status_code == 201, response.text
        created = response.json()
        assert created["period"] == "2026-11" and created["accepting"] is True and created["reminder_days"] == 3
        assert created["review_state"] == "internal"
        # a unit's editor is only a reader of the intranet
        assert api_client.post(FOLDER, user="editor-180", json=dict(body, title="X")).status_code in (401, 403)

    def test_period_written_as_its_kind(self, portal, api_client):
        uid = folder(portal)[FORM_ID].UID()
        body = {"@type": "ReportPeriod", "title": "Quý", "report_form": uid,
                "period_kind": "quarter", "period": "2026-11", "due_date": "2026-12-05"}
        response = api_client.post(FOLDER, user="province-editor", json=body)
        assert response.status_code == 400
        assert "Hãy ghi kỳ báo cáo theo dạng 2026-Q4" in response.json()["message"]
        transaction.begin()
        assert "quy" not in folder(portal).objectIds()

    def test_one_period_per_form_and_period(self, portal, api_client):
        uid = folder(portal)[FORM_ID].UID()
        body = {"@type": "ReportPeriod", "title": "Báo cáo tháng 11/2026", "report_form": uid,
                "period_kind": "month", "period": "2026-11", "due_date": "2026-12-05"}
        assert api_client.post(FOLDER, user="province-editor", json=dict(body, id="thang-11")).status_code == 201
        # Volto's add form sends no id; a stray space changes nothing
        for extra in ({}, {"id": "thang-11-lan-2", "period": " 2026-11 "}):
            again = api_client.post(FOLDER, user="province-editor",
                                    json=dict(body, title="Báo cáo tháng 11/2026 (lần 2)", **extra))
            assert again.status_code == 400, again.text
            message = again.json()["message"]
            expected = ("Biểu mẫu báo cáo này đã có kỳ báo cáo tháng 11/2026: "
                        "hãy sửa kỳ đó thay vì tạo thêm một kỳ nữa.")
            # Volto reads restapi's list of errors (quotes swapped) and shows
            # an error without a field as the form's own (an invariant).
            errors = json.loads(message.replace("'", '"'))
            assert errors == [{"error": "ValidationError", "message": expected}]
        transaction.begin()
        assert [p.getId() for p in folder(portal).objectValues() if p.portal_type == "ReportPeriod"] == ["thang-11"]

        # the period itself stays editable; another one may not become a duplicate
        response = api_client.patch(f"{FOLDER}/thang-11", user="province-editor",
                                    json={"due_date": "2026-12-10", "period": "2026-11"})
        assert response.status_code == 204, response.text
        assert api_client.post(FOLDER, user="province-editor",
                               json=dict(body, id="thang-12", period="2026-12")).status_code == 201
        response = api_client.patch(f"{FOLDER}/thang-12", user="province-editor", json={"period": "2026-11"})
        assert response.status_code == 400
        assert "đã có kỳ báo cáo tháng 11/2026" in response.json()["message"]
        transaction.begin()
        assert folder(portal)["thang-12"].period == "2026-12"
        assert folder(portal)["thang-11"].due_date == date(2026, 12, 10)

        # the same month of another form, or the quarter of the same form: other periods
        with api.env.adopt_user(SITE_OWNER_NAME):
            other = createContentInContainer(folder(portal), "EasyForm", id="bao-cao-khac", title="Báo cáo khác",
                                             checkConstraints=False)
        transaction.commit()
        assert api_client.post(FOLDER, user="province-editor",
                               json=dict(body, id="khac-11", report_form=other.UID())).status_code == 201
        assert api_client.post(FOLDER, user="province-editor",
                               json=dict(body, id="quy-4", period_kind="quarter", period="2026-Q4")).status_code == 201

    def test_default_units_are_every_active_unit(self, portal):
        period = make_period(portal)
        codes = submissions.required_codes(period)
        assert len(codes) == 11 and "20" not in codes and {"178", "180"} <= set(codes)


class TestSubmission:
    def test_submit_and_revise_until_the_due_date(self, portal, api_client):
        make_period(portal)
        response = post(api_client, "editor-180")
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["code"] == "180" and result["state"] == "submitted"
        assert result["can_submit"] is True and result["revisable_until"].endswith("23:59:59+07:00")
        assert result["submission"]["data"]["so_hoi_nghi"] == 3
        first = result["submission"]["submitted_at"]

        # a cadre of the same unit sees and revises it; the revision replaces it
        mine = api_client.get(f"{FOLDER}/thang-11/@report", user="cadre-180").json()
        assert [u["code"] for u in mine["units"]] == ["180"]
        assert mine["units"][0]["submission"]["submitted_by"] == "editor-180"
        assert mine["form"]["fields"][0]["name"] == "so_hoi_nghi"
        assert mine["period"]["period_label"] == "Tháng 11/2026"
        revised = post(api_client, "cadre-180", data=report(so_hoi_nghi=5))
        assert revised.status_code == 200, revised.text
        record = stored(portal, "180")
        assert record["data"]["so_hoi_nghi"] == 5
        assert record["submitted_by"] == "cadre-180" and record["first_submitted_at"] == first
        assert [h["by"] for h in record["history"]] == ["editor-180", "cadre-180"]
        assert record["late"] is False

    def test_invalid_values_store_nothing(self, portal, api_client):
        make_period(portal)
        response = post(api_client, "editor-180", data=report(so_hoi_nghi=-1, ket_qua=""))
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        assert set(error["errors"]) == {"so_hoi_nghi", "ket_qua"}
        assert error["errors"]["ket_qua"] == "Vui lòng điền mục này."
        assert stored(portal, "180") is None
        assert post(api_client, "editor-180", data="x").status_code == 400

    def test_late_submission_is_marked_and_cannot_be_revised(self, portal, api_client):
        make_period(portal, due=TODAY - timedelta(days=1))
        response = post(api_client, "editor-180")
        assert response.status_code == 200
        assert response.json()["state"] == "late" and response.json()["revisable_until"] is None
        again = post(api_client, "editor-180", data=report(so_hoi_nghi=9))
        assert again.status_code == 400
        assert again.json()["error"]["message"] == "Đã quá hạn nộp: không thể sửa báo cáo nữa."
        assert stored(portal, "180")["data"]["so_hoi_nghi"] == 3

    def test_closed_period_refuses(self, portal, api_client):
        make_period(portal, accepting=False)
        response = post(api_client, "editor-180")
        assert response.status_code == 400
        assert response.json()["error"]["message"] == "Kỳ báo cáo này đã đóng, không nhận báo cáo nữa."
        assert stored(portal, "180") is None

    def test_closed_unit_refuses(self, portal, api_client):
        from mttq.langson.network.units import close_unit

        make_period(portal, units=["178", "180"])
        with api.env.adopt_user(SITE_OWNER_NAME):
            close_unit("180")
        transaction.commit()
        response = post(api_client, "editor-180")
        assert response.status_code == 400
        assert response.json()["error"]["message"] == "Đơn vị này đã ngừng hoạt động, không nhận bài gửi."
        assert stored(portal, "180") is None

    def test_unit_not_asked_for_this_period(self, portal, api_client):
        make_period(portal, units=["178"])
        response = post(api_client, "editor-180", unit="180")
        assert response.status_code == 400
        assert "không phải báo cáo kỳ này" in response.json()["error"]["message"]
        assert api_client.get(f"{FOLDER}/thang-11/@report", user="editor-180").json()["units"] == []

    def test_another_unit_is_refused(self, portal, api_client):
        make_period(portal)
        assert post(api_client, "editor-180").status_code == 200
        # 178's editor can neither read nor write 180's report
        response = api_client.get(f"{FOLDER}/thang-11/@report?unit=180", user="editor-178")
        assert response.status_code == 403
        assert response.json()["error"]["message"] == "Bạn chỉ xem được báo cáo của đơn vị mình."
        response = post(api_client, "editor-178", unit="180", data=report(so_hoi_nghi=99))
        assert response.status_code == 403
        assert stored(portal, "180")["data"]["so_hoi_nghi"] == 3
        own = api_client.get(f"{FOLDER}/thang-11/@report", user="editor-178")
        assert [u["code"] for u in own.json()["units"]] == ["178"]
        assert own.json()["units"][0]["state"] == "missing"
        assert "editor-180" not in own.text
        # and neither sees every unit's reports
        for path in ("thang-11/@report-submissions", "../../@report-matrix"):
            assert api_client.get(f"{FOLDER}/{path}", user="editor-178").status_code == 403

    def test_report_form_is_not_submitted_on_its_own(self, portal, api_client):
        response = api_client.post(f"{FOLDER}/{FORM_ID}/@easyform", user="editor-180", json={"data": report()})
        assert response.status_code == 400
        assert response.json()["error"]["message"] == "Biểu mẫu báo cáo được điền từ kỳ báo cáo."


# A report form with the field kinds that are not plain values: a Likert
# scale and an uploaded file (a signed minutes, say).
RICH_FIELDS = """<?xml version="1.0" encoding="utf-8"?>
<model xmlns="http://namespaces.plone.org/supermodel/schema">
  <schema>
    <field name="so_hoi_nghi" type="zope.schema.Int">
      <title>Số hội nghị</title>
      <min>0</min>
    </field>
    <field name="danh_gia" type="collective.easyform.fields.Likert">
      <title>Tự đánh giá</title>
      <required>True</required>
      <questions>
        <element>Tuyên truyền</element>
        <element>Giám sát</element>
      </questions>
      <answers>
        <element>Tốt</element>
        <element>Khá</element>
        <element>Chưa đạt</element>
      </answers>
    </field>
    <field name="bien_ban" type="plone.namedfile.field.NamedBlobFile">
      <title>Biên bản có chữ ký</title>
    </field>
    <field name="phu_luc" type="plone.namedfile.field.NamedBlobFile">
      <title>Phụ lục</title>
      <required>False</required>
    </field>
  </schema>
</model>
"""
PDF = b"%PDF-1.4\n% bien ban hoi nghi\n%%EOF\n"


def upload(data, filename, content_type="application/pdf"):
    return {"data": base64.b64encode(data).decode(), "encoding": "base64",
            "filename": filename, "content-type": content_type}


@pytest.fixture
def rich_period(portal):
    with api.env.adopt_user(SITE_OWNER_NAME):
        form = createContentInContainer(folder(portal), "EasyForm", id="danh-gia", title="Báo cáo tự đánh giá",
                                        checkConstraints=False)
        form.fields_model = RICH_FIELDS
        form.actions_model = ACTIONS_MODEL
    return make_period(portal, id="danh-gia-11", form_id="danh-gia", units=["178", "180"])


class TestFieldKinds:
    PATH = f"{FOLDER}/danh-gia-11"

    def test_likert_and_file_upload(self, portal, api_client, rich_period):
        form = api_client.get(f"{self.PATH}/@report", user="editor-180").json()["form"]
        kinds = {f["name"]: f for f in form["fields"]}
        assert kinds["danh_gia"]["type"] == "likert" and kinds["danh_gia"]["answers"] == ["Tốt", "Khá", "Chưa đạt"]
        assert kinds["bien_ban"]["type"] == "file" and "pdf" in kinds["bien_ban"]["accept"]

        data = {"so_hoi_nghi": 2, "danh_gia": {"1": "Tốt", "2": "Khá"}, "bien_ban": upload(PDF, "bien-ban.pdf")}
        response = post(api_client, "editor-180", path=self.PATH, data=data)
        assert response.status_code == 200, response.text
        sent = response.json()["submission"]["data"]
        assert sent["danh_gia"] == "1: Tốt, 2: Khá"
        assert sent["bien_ban"] == {"filename": "bien-ban.pdf", "size": len(PDF), "content-type": "application/pdf"}
        record = stored(portal, "180", id="danh-gia-11")
        assert record["data"]["bien_ban"].data == PDF

        # a revision that sends no file keeps the one sent before
        response = post(api_client, "cadre-180", path=self.PATH,
                        data={"so_hoi_nghi": 3, "danh_gia": ["Khá", "Khá"]})
        assert response.status_code == 200, response.text
        record = stored(portal, "180", id="danh-gia-11")
        assert record["data"]["danh_gia"] == "1: Khá, 2: Khá" and record["data"]["so_hoi_nghi"] == 3
        assert record["data"]["bien_ban"].data == PDF and record["data"]["bien_ban"].filename == "bien-ban.pdf"
        # a new file replaces it
        response = post(api_client, "cadre-180", path=self.PATH,
                        data=dict(data, bien_ban=upload(b"%PDF-1.4\n%%EOF\n", "bien-ban-2.pdf")))
        assert response.json()["submission"]["data"]["bien_ban"]["filename"] == "bien-ban-2.pdf"

    def test_an_optional_file_can_be_removed_a_required_one_cannot(self, portal, api_client, rich_period):
        scale = {"1": "Tốt", "2": "Khá"}
        data = {"so_hoi_nghi": 2, "danh_gia": scale, "bien_ban": upload(PDF, "bien-ban.pdf"),
                "phu_luc": upload(PDF, "phu-luc.pdf")}
        response = post(api_client, "editor-180", path=self.PATH, data=data)
        assert response.status_code == 200, response.text
        # null is what Volto's "Bỏ tệp này" sends
        response = post(api_client, "editor-180", path=self.PATH,
                        data={"so_hoi_nghi": 2, "danh_gia": scale, "bien_ban": None})
        assert response.status_code == 400
        assert response.json()["error"]["errors"]["bien_ban"] == "Vui lòng điền mục này."
        record = stored(portal, "180", id="danh-gia-11")
        assert record["data"]["bien_ban"].filename == "bien-ban.pdf" and record["data"]["phu_luc"].data == PDF
        response = post(api_client, "editor-180", path=self.PATH,
                        data={"so_hoi_nghi": 2, "danh_gia": scale, "phu_luc": None})
        assert response.status_code == 200, response.text
        assert "phu_luc" not in response.json()["submission"]["data"]
        record = stored(portal, "180", id="danh-gia-11")
        assert "phu_luc" not in record["data"] and record["data"]["bien_ban"].data == PDF

    def test_uploads_are_checked(self, portal, api_client, rich_period):
        # a first report must carry the file; a program is no report material
        response = post(api_client, "editor-178", path=self.PATH, data={"so_hoi_nghi": 1, "danh_gia": {"1": "Tốt"}})
        assert response.status_code == 400
        assert response.json()["error"]["errors"]["bien_ban"] == "Vui lòng điền mục này."
        response = post(api_client, "editor-178", path=self.PATH, data={
            "so_hoi_nghi": 1, "danh_gia": {"1": "Tốt"}, "bien_ban": upload(b"MZ", "chay.exe", "application/x-msdownload")})
        assert response.status_code == 400
        assert response.json()["error"]["errors"]["bien_ban"] == "Không chấp nhận tệp loại EXE."
        response = post(api_client, "editor-178", path=self.PATH, data={
            "so_hoi_nghi": 1, "danh_gia": {"1": "Tốt"}, "bien_ban": {"filename": "bien-ban.pdf"}})
        assert response.json()["error"]["errors"]["bien_ban"] == "Vui lòng tải lên nội dung tệp."
        assert stored(portal, "178", id="danh-gia-11") is None

    def test_province_tables_show_the_file_and_the_scale(self, portal, api_client, rich_period):
        data = {"so_hoi_nghi": 2, "danh_gia": {"1": "Tốt", "2": "Khá"}, "bien_ban": upload(PDF, "bien-ban.pdf")}
        assert post(api_client, "editor-180", path=self.PATH, data=data).status_code == 200
        detail = api_client.get(f"{self.PATH}/@report-submissions", user="province-editor").json()
        item = [i for i in detail["items"] if i["code"] == "180"][0]
        assert item["data"]["bien_ban"]["filename"] == "bien-ban.pdf"
        assert [s["name"] for s in detail["sums"]] == ["so_hoi_nghi"]
        response = api_client.get(f"{self.PATH}/@report-submissions/csv", user="province-editor")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0][5:] == ["Số hội nghị", "Tự đánh giá", "Biên bản có chữ ký", "Phụ lục"]
        row = [r for r in rows if r[0] == "180"][0]
        assert row[5:] == ["2", "1: Tốt, 2: Khá", "bien-ban.pdf", ""]

        # the file itself: for the unit's own people and the province office only
        url = f"{self.PATH}/@report-file/180/bien_ban"
        for user in ("province-editor", "cadre-180"):
            response = api_client.get(url, user=user)
            assert response.status_code == 200, user
            assert response.content == PDF
            assert response.headers["Content-Type"] == "application/pdf"
            assert response.headers["Content-Disposition"] == "attachment; filename*=UTF-8''bien-ban.pdf"
        assert api_client.get(url).status_code == 401
        response = api_client.get(url, user="editor-178")
        assert response.status_code == 403 and PDF not in response.content
        assert api_client.get(f"{self.PATH}/@report-file/180/so_hoi_nghi", user="province-editor").status_code == 404
        assert api_client.get(f"{self.PATH}/@report-file/178/bien_ban", user="province-editor").status_code == 404
        assert api_client.get(f"{self.PATH}/@report-file/180", user="province-editor").status_code == 404


class TestAnonymous:
    def test_no_door_opens(self, portal, api_client):
        make_period(portal)
        assert post(api_client, "editor-180").status_code == 200
        paths = [
            FOLDER,
            f"{FOLDER}/thang-11",
            f"{FOLDER}/thang-11/@report",
            f"{FOLDER}/thang-11/@report-submissions",
            f"{FOLDER}/thang-11/@report-submissions/csv",
            f"{FOLDER}/thang-11/@report-file/180/ket_qua",
            "@report-matrix",
            "@report-matrix/csv",
            f"{FOLDER}/{FORM_ID}/@easyform",
        ]
        for path in paths:
            response = api_client.get(path)
            assert response.status_code == 401, path
            assert "Tổ chức 3 hội nghị" not in response.text
        assert post(api_client, None).status_code == 401
        assert stored(portal, "180")["submitted_by"] == "editor-180"
        for query in ("portal_type=ReportPeriod", "SearchableText=2026-11", "SearchableText=hoi+nghi",
                      "path.query=/plone/noi-bo/bao-cao"):
            found = api_client.get(f"@search?{query}&fullobjects=1")
            assert not [i for i in found.json()["items"] if "/noi-bo" in i["@id"]], query
            assert "Tổ chức 3 hội nghị" not in found.text
        assert api_client.get("@search?portal_type=ReportPeriod").json()["items_total"] == 0
        # a cadre finds the period, never the values
        found = api_client.get("@search?portal_type=ReportPeriod&fullobjects=1", user="cadre-178")
        assert found.json()["items_total"] == 1
        assert "Tổ chức 3 hội nghị" not in found.text


class TestProvince:
    def test_matrix_with_states_and_sums(self, portal, api_client):
        make_period(portal, units=["178", "180", "181"])
        make_period(portal, id="quy-4", period="2026-Q4", kind="quarter", due=TODAY - timedelta(days=2),
                    units=["178", "180"])
        assert post(api_client, "editor-178", data=report(so_hoi_nghi=2, quy_vi_nguoi_ngheo=1.25)).status_code == 200
        assert post(api_client, "editor-180").status_code == 200
        late = post(api_client, "cadre-180", path=f"{FOLDER}/quy-4", data=report(so_luot_tham_gia=40))
        assert late.json()["state"] == "late"

        response = api_client.get("@report-matrix", user="province-editor")
        assert response.status_code == 200, response.text
        matrix = response.json()
        # oldest due date first
        assert [p["period"] for p in matrix["periods"]] == ["2026-Q4", "2026-11"]
        quarter, month = matrix["periods"]
        assert month["counts"] == {"submitted": 2, "late": 0, "missing": 1, "required": 3}
        assert quarter["counts"] == {"submitted": 0, "late": 1, "missing": 1, "required": 2}
        month_sums = {s["name"]: s["sum"] for s in month["sums"]}
        assert month_sums == {"so_hoi_nghi": 5, "so_luot_tham_gia": 240, "quy_vi_nguoi_ngheo": 16.75}
        assert {s["name"]: s["sum"] for s in quarter["sums"]}["so_luot_tham_gia"] == 40
        rows = {u["code"]: u["cells"] for u in matrix["units"]}
        assert list(rows) == ["178", "180", "181"]
        assert rows["180"][quarter["UID"]]["state"] == "late"
        assert rows["181"][month["UID"]]["state"] == "missing"
        assert rows["181"][quarter["UID"]]["state"] == "not_required"
        assert rows["178"][month["UID"]]["submitted_at"]
        # filters
        assert [p["period"] for p in api_client.get("@report-matrix?year=2026", user="admin").json()["periods"]] == \
            ["2026-Q4", "2026-11"]
        assert api_client.get("@report-matrix?year=20x6", user="admin").status_code == 400

        # one period: every unit's values and the sums
        detail = api_client.get(f"{FOLDER}/thang-11/@report-submissions", user="province-editor").json()
        assert [i["code"] for i in detail["items"]] == ["178", "180", "181"]
        assert detail["items"][0]["data"]["quy_vi_nguoi_ngheo"] == 1.25
        assert detail["items"][2] == {"code": "181", "title": detail["items"][2]["title"], "state": "missing",
                                      "data": {}}
        assert {s["name"]: s["sum"] for s in detail["sums"]}["so_hoi_nghi"] == 5

    def test_unit_leaders_see_only_their_own_unit(self, portal, api_client):
        # access.py: a unit's leaders report for their unit like its other
        # people; only the province office (View all periodic reports) sees
        # every unit's reports.
        make_period(portal, units=["178", "180"])
        secret = "Kết quả riêng của thành phố"
        assert post(api_client, "editor-178", data=report(ket_qua=secret)).status_code == 200
        leader = make_leader("180")
        transaction.commit()
        response = post(api_client, leader, data=report(so_hoi_nghi=4))
        assert response.status_code == 200, response.text
        assert stored(portal, "180")["submitted_by"] == leader
        mine = api_client.get(f"{FOLDER}/thang-11/@report", user=leader).json()
        assert [u["code"] for u in mine["units"]] == ["180"] and mine["province"] is False
        assert secret not in json.dumps(mine, ensure_ascii=False)
        for path in (f"{FOLDER}/thang-11/@report?unit=178", f"{FOLDER}/thang-11/@report-submissions",
                     f"{FOLDER}/thang-11/@report-submissions/csv", "@report-matrix", "@report-matrix/csv",
                     "@report-matrix?format=csv&year=2026"):
            response = api_client.get(path, user=leader)
            assert response.status_code == 403, path
            assert secret not in response.text and "editor-178" not in response.text, path
        assert api_client.get("@report-matrix", user=leader).json()["error"]["message"] == \
            "Chỉ Văn phòng Ủy ban MTTQ tỉnh được xem báo cáo của mọi đơn vị."
        assert post(api_client, leader, unit="178").status_code == 403
        assert stored(portal, "178")["data"]["ket_qua"] == secret

    def test_province_leaders_follow_every_unit_without_reporting_for_them(self, portal, api_client):
        # As on the course dashboard, the province's own leaders read every
        # unit's reports; they report for no other unit.
        make_period(portal, units=["178", "180"])
        assert post(api_client, "editor-178", data=report(so_hoi_nghi=2)).status_code == 200
        leader = make_leader("20")
        transaction.commit()
        matrix = api_client.get("@report-matrix", user=leader)
        assert matrix.status_code == 200, matrix.text
        rows = {u["code"]: u["cells"] for u in matrix.json()["units"]}
        assert [cell["state"] for cell in rows["178"].values()] == ["submitted"]
        detail = api_client.get(f"{FOLDER}/thang-11/@report-submissions", user=leader).json()
        assert [i["code"] for i in detail["items"]] == ["178", "180"]
        assert api_client.get(f"{FOLDER}/thang-11/@report-submissions/csv", user=leader).status_code == 200
        assert api_client.get(f"{FOLDER}/thang-11/@report", user=leader).json()["province"] is True
        assert post(api_client, leader, unit="180").status_code == 403
        assert stored(portal, "180") is None

    def test_a_unit_closed_later_keeps_its_report(self, portal, api_client):
        from mttq.langson.network.units import close_unit

        make_period(portal)
        assert post(api_client, "editor-180").status_code == 200
        with api.env.adopt_user(SITE_OWNER_NAME):
            close_unit("180")
        transaction.commit()
        matrix = api_client.get("@report-matrix", user="province-editor").json()
        period = matrix["periods"][0]
        assert period["counts"]["required"] == 11 and period["counts"]["submitted"] == 1
        assert {s["name"]: s["sum"] for s in period["sums"]}["so_hoi_nghi"] == 3
        row = [u for u in matrix["units"] if u["code"] == "180"][0]
        assert row["closed"] is True and row["cells"][period["UID"]]["state"] == "submitted"

    def test_csv_exports(self, portal, api_client):
        make_period(portal, units=["178", "180"])
        assert post(api_client, "editor-178", data=report(so_hoi_nghi=2, ket_qua="=SUM(A1)")).status_code == 200
        response = api_client.get(f"{FOLDER}/thang-11/@report-submissions/csv", user="admin")
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/csv")
        assert response.content.startswith("\ufeff".encode())
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0][:5] == ["Mã đơn vị", "Đơn vị", "Tình trạng", "Thời điểm nộp", "Người nộp"]
        assert rows[0][5] == "Số hội nghị, cuộc họp đã tổ chức"
        assert rows[1][0] == "178" and rows[1][2] == "Đã nộp" and rows[1][5] == "2"
        assert rows[1][8] == "'=SUM(A1)"
        assert rows[2][2] == "Chưa nộp"
        assert rows[-1][1] == "Tổng cộng" and rows[-1][5] == "2"

        response = api_client.get("@report-matrix?format=csv", user="province-editor")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert response.content.startswith("\ufeff".encode())
        assert rows[0] == ["Mã đơn vị", "Đơn vị", "Báo cáo công tác tháng – Tháng 11/2026"]
        assert [r[2] for r in rows[1:3]] == ["Đã nộp", "Chưa nộp"]
        assert rows[3][1:] == ["Số đơn vị đã nộp", "1/2"]
        assert ["", "Tổng cộng: Số hội nghị, cuộc họp đã tổ chức", "2"] in rows


class TestReminders:
    def test_units_without_report_are_reminded_once(self, portal, api_client, smtp):
        make_period(portal, due=TODAY + timedelta(days=2), units=["178", "180"], reminder_days=3)
        make_period(portal, id="xa", period="2026-12", due=TODAY + timedelta(days=20), units=["178"])
        assert post(api_client, "editor-180").status_code == 200
        transaction.begin()
        portal["thanh-pho-lang-son"].footer_email = "vanphong@tp.mttq-langson.test"
        transaction.commit()

        sent = send_reminders()
        transaction.commit()
        assert [(p.getId(), code) for p, code, _a in sent] == [("thang-11", "178")]
        messages = smtp.wait_for(2)
        assert sorted(r for rcpts, _m in messages for r in rcpts) == [
            "editor-178@mttq-langson.test", "vanphong@tp.mttq-langson.test"]
        message = messages[0][1]
        assert message["Subject"] == f"Nhắc nộp báo cáo: Báo cáo công tác tháng – Tháng 11/2026, hạn {(TODAY + timedelta(days=2)):%d/%m/%Y}"
        body = message.get_content()
        assert "Kính gửi Ủy ban MTTQ Việt Nam thành phố Lạng Sơn" in body and "/noi-bo/bao-cao/thang-11" in body

        # again today, tomorrow: nothing more
        assert send_reminders() == []
        assert send_reminders(today=TODAY + timedelta(days=1)) == []
        transaction.commit()
        # a later due date makes a new reminder day
        transaction.begin()
        folder(portal)["thang-11"].due_date = TODAY + timedelta(days=3)
        transaction.commit()
        assert [code for _p, code, _a in send_reminders()] == ["178"]
        transaction.commit()
        assert len(smtp.wait_for(4)) == 4
        # the far period is reminded on its own reminder day only
        assert [p.getId() for p, _c, _a in send_reminders(today=TODAY + timedelta(days=17))] == ["xa"]
        transaction.abort()

    def test_no_reminder_after_the_due_date_or_when_closed(self, portal, smtp):
        make_period(portal, due=TODAY - timedelta(days=1), units=["178"])
        make_period(portal, id="dong", period="2026-10", due=TODAY + timedelta(days=1), units=["178"],
                    accepting=False)
        assert send_reminders() == []

    def test_command(self, portal, smtp, capsys):
        from mttq.langson.reports import cli

        args = cli._parser().parse_args(["remind", "--dry-run", "--date", "2026-11-28"])
        assert args.date == date(2026, 11, 28) and args.dry_run
        assert cli.main(["-C", "/nonexistent/zope.conf", "remind"]) == 2
        assert "không có tệp cấu hình Zope" in capsys.readouterr().err


class TestUpgrade:
    def test_upgrade_1008(self, portal):
        from mttq.langson.upgrades.v1008 import periodic_reports

        with api.env.adopt_user(SITE_OWNER_NAME):
            portal["noi-bo"].manage_delObjects([REPORTS_ID])
            portal.portal_types.manage_delObjects(["ReportPeriod"])
            periodic_reports(portal.portal_setup)
        assert FORM_ID in folder(portal)
        assert "ReportPeriod" in portal.portal_types
        assert portal.portal_workflow.getChainForPortalType("ReportPeriod") == ("mttq_intranet_workflow",)
        period = make_period(portal)
        assert api.content.get_state(period) == "internal"
        vocabulary = getUtility(IVocabularyFactory, "mttq.langson.ReportForms")(period)
        assert [t.title for t in vocabulary] == ["Báo cáo công tác tháng"]
