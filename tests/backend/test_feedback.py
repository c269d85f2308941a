"""Citizens' feedback (phản ánh, kiến nghị): every unit's form, cases private
to the unit's staff with a reference number and a receipt mail (real SMTP on
loopback), the case workflow, the status check, published answers without
personal data, monthly statistics, the upgrade step."""

from DateTime import DateTime
from mailserver import SmtpServer
from mailserver import configure_mailhost
from mttq.langson.feedback.content import PORTAL_TYPE
from mttq.langson.feedback.interfaces import IFeedbackForm
from mttq.langson.feedback.references import next_reference
from mttq.langson.feedback.setup import FOLDER_ID
from mttq.langson.feedback.setup import FORM_ID
from mttq.langson.network.units import all_units
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import pytest
import transaction


UNIT = "huyen-trang-dinh"  # code 180
YEAR = DateTime().toZone("GMT+7").year()
NO_MATCH = "Không tìm thấy phản ánh ứng với mã số và thông tin liên hệ này."
PERSONAL = ("Trần Văn Bình", "binh@example.vn", "0912345678", "thôn Nà Pá")


def feedback(**overrides):
    data = {
        "ho_ten": "Trần Văn Bình",
        "email": "binh@example.vn",
        "dien_thoai": "0912 345 678",
        "dia_chi": "thôn Nà Pá",
        "linh_vuc": "Đất đai, môi trường",
        "tieu_de": "Rác thải ven suối",
        "noi_dung": "Rác thải đổ ven suối đầu thôn chưa được thu gom.",
    }
    data.update(overrides)
    return data


def send(api_client, unit=UNIT, **overrides):
    return api_client.post(f"{unit}/{FORM_ID}/@easyform", json={"data": feedback(**overrides)})


def cases(portal, unit=UNIT):
    return list(portal[unit][FOLDER_ID].objectValues())


@pytest.fixture
def smtp(functional):
    server = SmtpServer().start()
    configure_mailhost(functional["portal"], server)
    transaction.commit()
    yield server
    server.stop()


def answer_case(portal, reference, answer="Đã thu gom, xin cảm ơn.", public=False, transition="resolve"):
    case = portal[UNIT][FOLDER_ID][reference.lower()]
    with api.env.adopt_user(SITE_OWNER_NAME):
        case.answer = answer
        case.answer_public = public
        api.content.transition(obj=case, transition=transition)
    transaction.commit()
    return case


class TestEveryUnitHasItsForm:
    def test_forms_and_private_folders(self, functional, api_client):
        portal = functional["portal"]
        units = all_units(portal)
        assert len(units) == 12
        for unit in units:
            form = unit[FORM_ID]
            assert form.portal_type == "EasyForm" and IFeedbackForm.providedBy(form)
            assert api.content.get_state(form) == "published"
            assert unit[FOLDER_ID].portal_type == "Folder"
        assert api_client.get(f"{UNIT}/{FORM_ID}/@easyform").status_code == 200
        assert api_client.get(f"{UNIT}/{FOLDER_ID}").status_code == 401

    def test_upgrade_step_brings_them_to_an_existing_site(self, functional):
        from mttq.langson.upgrades.v1006 import feedback as upgrade

        portal = functional["portal"]
        with api.env.adopt_user(SITE_OWNER_NAME):
            portal[UNIT].manage_delObjects([FORM_ID, FOLDER_ID])
            portal.portal_types.manage_delObjects([PORTAL_TYPE])
            upgrade(portal.portal_setup)
        assert FORM_ID in portal[UNIT] and FOLDER_ID in portal[UNIT]
        assert PORTAL_TYPE in portal.portal_types
        assert "feedback_public" in portal.portal_catalog.indexes()
        assert portal.portal_workflow.getChainForPortalType(PORTAL_TYPE) == ("mttq_feedback_workflow",)


class TestSubmission:
    def test_case_with_reference_and_receipt_mail(self, functional, api_client, smtp):
        response = send(api_client)
        assert response.status_code == 200, response.text
        reference = response.json()["feedback"]["reference"]
        assert reference == f"180-{YEAR}-00001"
        assert send(api_client, email="").json()["feedback"]["reference"] == f"180-{YEAR}-00002"
        transaction.begin()
        portal = functional["portal"]
        case = portal[UNIT][FOLDER_ID][reference.lower()]
        assert case.portal_type == PORTAL_TYPE
        assert case.title == "Rác thải ven suối"
        assert (case.citizen_name, case.citizen_email, case.citizen_phone) == ("Trần Văn Bình", "binh@example.vn", "0912345678")
        assert api.content.get_state(case) == "received"
        # one receipt: the second citizen left no e-mail address
        messages = smtp.wait_for(1)
        assert len(messages) == 1
        recipients, message = messages[0]
        assert recipients == ["binh@example.vn"]
        assert message["Subject"] == f"Đã tiếp nhận phản ánh, kiến nghị: {reference}"
        assert f"Mã số phản ánh: {reference}" in message.get_content()

    def test_case_is_private_to_the_units_staff(self, functional, api_client):
        reference = send(api_client).json()["feedback"]["reference"]
        path = f"{UNIT}/{FOLDER_ID}/{reference.lower()}"
        assert api_client.get(path).status_code == 401
        assert api_client.get(path, user="cadre-180").status_code in (401, 403)
        assert api_client.get(path, user="editor-178").status_code in (401, 403)
        assert api_client.get(path, user="editor-180").status_code == 200
        assert api_client.get(path, user="reviewer-180").json()["citizen_phone"] == "0912345678"

    def test_contact_required_and_phone_checked(self, functional, api_client):
        response = send(api_client, email="", dien_thoai="")
        assert response.status_code == 400
        errors = response.json()["error"]["errors"]
        message = "Cần nhập thư điện tử hoặc số điện thoại để theo dõi kết quả phản ánh."
        assert errors == {"email": message, "dien_thoai": message}
        errors = send(api_client, dien_thoai="12ab").json()["error"]["errors"]
        assert errors == {"dien_thoai": "Số điện thoại phải có từ 9 đến 12 chữ số."}
        transaction.begin()
        assert cases(functional["portal"]) == []

    def test_bad_input_stores_nothing(self, functional, api_client, smtp):
        errors = send(api_client, tieu_de="", noi_dung="", mttq_website="x").json()["error"]["errors"]
        assert errors["tieu_de"] == errors["noi_dung"] == "Vui lòng điền mục này."
        assert errors["mttq_website"] == "Bài gửi có dấu hiệu tự động nên bị từ chối."
        big = {"data": "QUJD", "encoding": "base64", "filename": "virus.exe", "content-type": "application/x-msdownload"}
        errors = send(api_client, tep_dinh_kem=big).json()["error"]["errors"]
        assert errors == {"tep_dinh_kem": "Không chấp nhận tệp loại EXE."}
        transaction.begin()
        assert cases(functional["portal"]) == []
        assert smtp.wait_for(1, timeout=1) == []

    def test_closed_unit(self, functional, api_client):
        from mttq.langson.network.units import close_unit

        with api.env.adopt_user(SITE_OWNER_NAME):
            close_unit("180")
        transaction.commit()
        response = send(api_client)
        assert response.status_code == 400
        assert response.json()["error"]["message"] == "Đơn vị này đã ngừng hoạt động, không nhận bài gửi."
        transaction.begin()
        assert cases(functional["portal"]) == []

    def test_reference_counter_per_unit_and_year(self, functional):
        folder = functional["portal"][UNIT][FOLDER_ID]
        assert next_reference(folder, "180", 2030) == "180-2030-00001"
        assert next_reference(folder, "180", 2030) == "180-2030-00002"
        assert next_reference(folder, "180", 2031) == "180-2031-00001"


class TestWorkflowAndStatus:
    def test_answer_needed_before_resolving(self, functional, api_client):
        reference = send(api_client).json()["feedback"]["reference"]
        path = f"{UNIT}/{FOLDER_ID}/{reference.lower()}"
        transitions = api_client.get(f"{path}/@workflow", user="editor-180").json()["transitions"]
        assert [t["@id"].rsplit("/", 1)[1] for t in transitions] == ["assign"]
        assert api_client.post(f"{path}/@workflow/assign", user="reviewer-180").status_code == 200
        assert api_client.patch(path, user="editor-180", json={"answer": "Đã chuyển UBND xã xử lý."}).status_code == 204
        response = api_client.post(f"{path}/@workflow/resolve", user="editor-180")
        assert response.status_code == 200, response.text
        transaction.begin()
        case = functional["portal"][UNIT][FOLDER_ID][reference.lower()]
        assert api.content.get_state(case) == "resolved"
        assert case.closed_date is not None

    def test_status_with_reference_and_contact(self, functional, api_client):
        reference = send(api_client).json()["feedback"]["reference"]
        check = {"reference": reference, "contact": "BINH@example.vn"}
        body = api_client.post("@feedback-status", json=check).json()
        assert body["state"] == "received" and body["state_title"] == "Đã tiếp nhận"
        assert body["answer"] is None
        transaction.begin()
        answer_case(functional["portal"], reference)
        body = api_client.post("@feedback-status", json={"reference": reference, "contact": "0912.345.678"}).json()
        assert body["state_title"] == "Đã giải quyết"
        assert body["answer"] == "Đã thu gom, xin cảm ơn."
        assert body["unit"] == functional["portal"][UNIT].title
        text = str(body)
        assert not any(value in text for value in PERSONAL)

    def test_wrong_reference_or_contact_get_the_same_answer(self, functional, api_client):
        reference = send(api_client).json()["feedback"]["reference"]
        answers = []
        for check in ({"reference": reference, "contact": "ke-khac@example.vn"},
                      {"reference": f"180-{YEAR}-09999", "contact": "binh@example.vn"},
                      {"reference": "khong-phai-ma", "contact": "binh@example.vn"},
                      {"reference": reference.replace("180-", "178-"), "contact": "binh@example.vn"}):
            response = api_client.post("@feedback-status", json=check)
            assert response.status_code == 400
            answers.append(response.json())
        assert all(a == answers[0] for a in answers)
        assert answers[0]["error"]["message"] == NO_MATCH
        missing = api_client.post("@feedback-status", json={}).json()["error"]["errors"]
        assert missing == {"reference": "Nhập mã số phản ánh.",
                           "contact": "Nhập thư điện tử hoặc số điện thoại đã khai khi gửi."}


class TestPublicAnswersAndStats:
    def test_published_answers_without_personal_data(self, functional, api_client):
        first = send(api_client).json()["feedback"]["reference"]
        second = send(api_client, tieu_de="Đèn đường hỏng").json()["feedback"]["reference"]
        third = send(api_client, tieu_de="Chưa trả lời").json()["feedback"]["reference"]
        transaction.begin()
        portal = functional["portal"]
        answer_case(portal, first, public=True)
        answer_case(portal, second, public=False)
        assert third
        body = api_client.get(f"{UNIT}/@feedback-answers").json()
        assert body["items_total"] == 1
        item = body["items"][0]
        assert item["reference"] == first and item["answer"] == "Đã thu gom, xin cảm ơn."
        assert not any(value in str(body) for value in PERSONAL)
        assert api_client.get("huyen-binh-gia/@feedback-answers").json()["items_total"] == 0

    def test_monthly_statistics_per_unit_and_network(self, functional, api_client):
        for _i in range(3):
            send(api_client)
        send(api_client, unit="thanh-pho-lang-son")
        transaction.begin()
        portal = functional["portal"]
        answer_case(portal, f"180-{YEAR}-00001")
        answer_case(portal, f"180-{YEAR}-00002", transition="reject", answer="Không thuộc thẩm quyền.")
        now = DateTime().toZone("GMT+7")
        query = f"@feedback-stats?year={now.year()}&month={now.month()}"
        assert api_client.get(query).status_code == 401
        unit = api_client.get(f"{UNIT}/{query}", user="editor-180").json()
        assert [(r["code"], r["received"], r["resolved"], r["rejected"]) for r in unit["units"]] == [("180", 3, 1, 1)]
        assert unit["units"][0]["average_days_to_resolve"] == 0.0
        network = api_client.get(query, user="province-editor").json()
        assert network["total"]["received"] == 4 and network["total"]["resolved"] == 1
        assert len(network["units"]) == 12
        last_year = api_client.get(f"@feedback-stats?year={now.year() - 1}&month=1", user="province-editor").json()
        assert last_year["total"]["received"] == 0
        bad = api_client.get("@feedback-stats?year=2026&month=13", user="province-editor")
        assert bad.status_code == 400
        assert bad.json()["error"]["message"] == "Nhập năm và tháng (từ 1 đến 12)."
