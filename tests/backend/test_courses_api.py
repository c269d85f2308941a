"""Course REST services: answers never leak through any door, attempts graded
on the server, enrolment, Học tập của tôi, certificates and their public
verification, the completion dashboard's scoping and the cadre import."""

from courses_helpers import SECRET_EXPLANATION
from courses_helpers import make_course
from courses_helpers import make_leader
from plone import api

import base64
import csv
import io
import json
import pytest
import transaction


COURSE_PATH = "noi-bo/khoa-hoc/khoa-thu"
QUIZ_PATH = f"{COURSE_PATH}/mo-dun-1/kiem-tra"
LESSON_PATH = f"{COURSE_PATH}/mo-dun-1/bai-1"


@pytest.fixture
def course(api_client, functional):
    course = make_course(functional["portal"], mandatory_units=["178", "180"])
    make_leader("178")
    make_leader("20", login="leader-province")
    transaction.commit()
    return course


def answers_of(course):
    quiz = course["mo-dun-1"]["kiem-tra"]
    return {q.UID(): list(q.correct) for q in quiz.objectValues()}


def take_course(api_client, course, user="cadre-178"):
    """The learner reads the lesson and passes the quiz, through REST only."""
    assert api_client.post(f"++api++/{LESSON_PATH}/@complete", user=user).status_code == 200
    attempt = api_client.post(f"++api++/{QUIZ_PATH}/@attempt", user=user).json()
    result = api_client.post(f"++api++/{QUIZ_PATH}/@attempt/{attempt['id']}/submit", user=user,
                             json={"answers": answers_of(course)})
    assert result.status_code == 200, result.text
    return result.json()


def _leaks(response):
    text = response.text
    if response.headers.get("Content-Type", "").startswith("application/json"):
        data = response.json()
        # A search echoes its own query in these: that reveals nothing.
        data.pop("@id", None)
        data.pop("batching", None)
        text = json.dumps(data, ensure_ascii=False)
    return SECRET_EXPLANATION in text or '"correct"' in text


QUESTION = f"{QUIZ_PATH}/q2"
DOORS = [
    ("REST question", f"++api++/{QUESTION}"),
    ("REST question expanded", f"++api++/{QUESTION}?expand=breadcrumbs,actions,workflow,types"),
    ("REST quiz with full items", f"++api++/{QUIZ_PATH}?fullobjects=1"),
    ("REST search full objects", "++api++/@search?portal_type=Question&fullobjects=1"),
    ("REST search all metadata", "++api++/@search?portal_type=Question&metadata_fields=_all"),
    ("REST search for the explanation", f"++api++/@search?SearchableText={SECRET_EXPLANATION}"),
    ("REST attempts", f"++api++/{QUIZ_PATH}/@attempt"),
    ("classic question view", QUESTION),
]


class TestAnswersNeverLeak:
    @pytest.mark.parametrize("name,path", DOORS, ids=[d[0] for d in DOORS])
    def test_door(self, api_client, course, name, path):
        response = api_client.get(path, user="cadre-178")
        assert response.status_code == 200, response.text
        assert not _leaks(response)
        if "SearchableText" in path:
            assert response.json()["items_total"] == 0

    def test_editors_do_see_the_answers(self, api_client, course):
        data = api_client.get(f"++api++/{QUESTION}", user="admin").json()
        assert data["correct"] == [1, 3] and SECRET_EXPLANATION in data["explanation"]
        found = api_client.get("++api++/@search?portal_type=Question&fullobjects=1", user="admin").json()
        assert found["items_total"] == 3 and all("correct" in item for item in found["items"])

    def test_querystring_search_full_objects(self, api_client, course):
        query = {"query": [{"i": "portal_type", "o": "plone.app.querystring.operation.selection.any",
                            "v": ["Question"]}], "fullobjects": True}
        response = api_client.post("++api++/@querystring-search", user="cadre-178", json=query)
        assert response.status_code == 200 and response.json()["items_total"] == 3
        assert not _leaks(response)

    def test_attempt_start_has_no_answers(self, api_client, course):
        response = api_client.post(f"++api++/{QUIZ_PATH}/@attempt", user="cadre-178")
        assert response.status_code == 200
        data = response.json()
        assert len(data["questions"]) == 3 and not _leaks(response)
        assert data["submit"].endswith(f"/@attempt/{data['id']}/submit")

    def test_review_only_after_submission_and_if_allowed(self, api_client, course):
        result = take_course(api_client, course)
        assert result["score"] == 100 and result["passed"] is True and result["course_completed"] is True
        assert {r["uid"]: r["correct"] for r in result["review"]} == answers_of(course)
        course.allow_review = False
        transaction.commit()
        attempt = api_client.post(f"++api++/{QUIZ_PATH}/@attempt", user="cadre-178").json()
        response = api_client.post(f"++api++/{QUIZ_PATH}/@attempt/{attempt['id']}/submit",
                                   user="cadre-178", json={"answers": {}})
        assert response.status_code == 200 and "review" not in response.json()
        assert not _leaks(response)


class TestLearning:
    def test_anonymous_cannot_learn(self, api_client, course):
        assert api_client.get("++api++/@my-learning").status_code == 401
        assert api_client.post(f"++api++/{LESSON_PATH}/@complete").status_code in (401, 403)

    def test_not_enrolled(self, api_client, course):
        response = api_client.post(f"++api++/{LESSON_PATH}/@complete", user="province-editor")
        assert response.status_code == 403
        assert response.json()["error"]["message"] == "Bạn chưa ghi danh vào khóa học này."

    def test_self_enrolment(self, api_client, course):
        response = api_client.post(f"++api++/{COURSE_PATH}/@enrol", user="province-editor")
        assert response.status_code == 403
        assert response.json()["error"]["message"] == "Khóa học này không cho phép tự ghi danh."
        course.self_enrolment = True
        transaction.commit()
        data = api_client.post(f"++api++/{COURSE_PATH}/@enrol", user="province-editor").json()
        assert data["enrolment"] == "self" and data["resume"]["title"] == "Bài 1"

    def test_my_learning_and_resume(self, api_client, course):
        data = api_client.get("++api++/@my-learning", user="cadre-178").json()
        assert [i["title"] for i in data["items"]] == ["Khóa học thử"]
        assert data["items"][0]["enrolment"] == "mandatory" and data["items"][0]["status"] == "not_started"
        assert data["resume"]["item"]["title"] == "Bài 1"
        api_client.post(f"++api++/{LESSON_PATH}/@complete", user="cadre-178")
        data = api_client.get("++api++/@my-learning", user="cadre-178").json()
        assert data["items"][0]["status"] == "in_progress" and data["items"][0]["percent"] == 50
        assert data["resume"]["item"]["title"] == "Kiểm tra"
        other = api_client.get("++api++/@courses", user="province-editor").json()
        assert other["items"][0]["enrolment"] is None and other["items"][0]["status"] is None

    def test_attempt_limit_over_rest(self, api_client, course):
        for _n in range(2):
            attempt = api_client.post(f"++api++/{QUIZ_PATH}/@attempt", user="cadre-178").json()
            api_client.post(f"++api++/{QUIZ_PATH}/@attempt/{attempt['id']}/submit", user="cadre-178",
                            json={"answers": {}})
        response = api_client.post(f"++api++/{QUIZ_PATH}/@attempt", user="cadre-178")
        assert response.status_code == 403
        assert response.json()["error"]["message"] == "Bạn đã dùng hết 2 lượt làm bài kiểm tra này."
        listing = api_client.get(f"++api++/{QUIZ_PATH}/@attempt", user="cadre-178").json()
        assert listing["attempts_used"] == 2 and [a["score"] for a in listing["items"]] == [0, 0]


class TestCertificate:
    def test_download_and_verify(self, api_client, course):
        take_course(api_client, course)
        response = api_client.get(f"++api++/{COURSE_PATH}/@certificate", user="cadre-178")
        assert response.status_code == 200
        assert response.headers["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
        import pypdf

        text = pypdf.PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
        code = next(word for word in text.split() if word.startswith("MTTQ-"))
        verified = api_client.get(f"++api++/@verify-certificate/{code}")  # anonymous
        assert verified.status_code == 200
        data = verified.json()
        assert data == {"valid": True, "code": code, "fullname": "Cán bộ TP Lạng Sơn",
                        "course": "Khóa học thử", "date": data["date"],
                        "unit": "Ủy ban MTTQ Việt Nam thành phố Lạng Sơn"}
        assert "cadre-178" not in verified.text and "@" not in verified.text

    def test_no_certificate_before_completion(self, api_client, course):
        response = api_client.get(f"++api++/{COURSE_PATH}/@certificate", user="cadre-180")
        assert response.status_code == 404
        assert response.json()["error"]["message"] == "Bạn chưa có chứng nhận của khóa học này."
        unknown = api_client.get("++api++/@verify-certificate/MTTQ-KHONGCOMA")
        assert unknown.status_code == 404
        assert unknown.json()["error"]["message"] == "Không có chứng nhận nào mang mã này."


class TestCompletionDashboard:
    def test_province_office_sees_every_unit(self, api_client, course):
        take_course(api_client, course)
        api_client.post(f"++api++/{LESSON_PATH}/@complete", user="cadre-180")
        for user in ("admin", "province-admin", "leader-province"):
            data = api_client.get("++api++/@completion", user=user).json()
            assert data.get("scope") == "all", (user, data)
            row = next(i for i in data["items"] if i["title"] == "Khóa học thử")
            units = {u["unit"]: u for u in row["units"]}
            assert set(units) == {"178", "180"}
            assert (units["178"]["total"], units["178"]["completed"], units["178"]["share"]) == (1, 1, 100.0)
            assert (units["180"]["completed"], units["180"]["in_progress"], units["180"]["not_started"]) == (0, 1, 0)
            assert row["target"] == 100 and row["share"] == 50.0

    def test_new_cadres_count_at_once(self, api_client, course):
        def total_178():
            data = api_client.get(f"++api++/@completion?course={course.UID()}", user="admin").json()
            return next(u for u in data["items"][0]["units"] if u["unit"] == "178")["total"]

        assert total_178() == 1
        api.user.create(username="moi-vao", email="moi-vao@mttq-langson.test", password="mttq-test-2026")
        api.group.add_user(groupname="unit-178-cadres", username="moi-vao")
        transaction.commit()
        assert total_178() == 2
        api.group.remove_user(groupname="unit-178-cadres", username="moi-vao")
        transaction.commit()
        assert total_178() == 1

    def test_leader_sees_only_their_unit(self, api_client, course):
        take_course(api_client, course)
        data = api_client.get("++api++/@completion", user="leader-178").json()
        assert data["scope"] == ["178"]
        row = next(i for i in data["items"] if i["title"] == "Khóa học thử")
        assert [u["unit"] for u in row["units"]] == ["178"]
        uid = course.UID()
        drill = api_client.get(f"++api++/@completion?course={uid}&unit=178", user="leader-178").json()
        assert [(i["userid"], i["status"]) for i in drill["items"]] == [("cadre-178", "completed")]
        for path in (f"@completion?course={uid}&unit=180", "@completion?unit=180",
                     f"@completion?course={uid}&unit=180&format=csv"):
            refused = api_client.get(f"++api++/{path}", user="leader-178")
            assert refused.status_code == 403
            assert refused.json()["error"]["message"] == "Bạn không có quyền xem kết quả học tập của đơn vị này."
            assert "cadre-180" not in refused.text

    def test_cadre_sees_no_dashboard(self, api_client, course):
        take_course(api_client, course, user="cadre-180")
        for path in ("@completion", f"@completion?course={course.UID()}&unit=180"):
            refused = api_client.get(f"++api++/{path}", user="cadre-178")
            assert refused.status_code == 403 and "cadre-180" not in refused.text
        assert refused.json()["error"]["message"] == (
            "Bạn chỉ xem được kết quả học tập của chính mình (Học tập của tôi).")
        assert api_client.get("++api++/@completion").status_code == 401
        mine = api_client.get("++api++/@my-learning", user="cadre-178").json()
        assert mine["items"][0]["status"] == "not_started"

    def test_csv_export(self, api_client, course):
        take_course(api_client, course)
        response = api_client.get("++api++/@completion?format=csv", user="admin")
        assert response.status_code == 200, response.text
        assert response.headers["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0][:3] == ["Khóa học", "Mã đơn vị", "Đơn vị"]
        assert ["Khóa học thử", "178"] == rows[1][:2] and rows[1][4] == "1"
        drill = api_client.get(f"++api++/@completion?format=csv&course={course.UID()}&unit=178", user="admin")
        rows = list(csv.reader(io.StringIO(drill.content.decode("utf-8-sig"))))
        assert rows[0][0] == "Họ và tên" and rows[1][:3] == ["Cán bộ TP Lạng Sơn", "cadre-178", "Đã hoàn thành"]


GOOD_CSV = ("Họ và tên,Email,Mã đơn vị,Chức vụ\n"
            "Nguyễn Văn An,an.nv@mttq-langson.test,178,Phó Chủ tịch\n"
            "Hoàng Thị Bích,bich.ht@mttq-langson.test,180,Cán bộ\n")


class TestCadresImport:
    def test_every_error_row_by_row_and_nothing_created(self, api_client, course):
        bad = GOOD_CSV + ",sai-email,999,\nTrần Văn C,an.nv@mttq-langson.test,178,\n"
        response = api_client.post("++api++/@cadres-import", user="admin", json={"csv": bad})
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["message"] == "Chưa nhập cán bộ nào: tệp có 4 lỗi."
        assert error["errors"] == [
            {"line": 4, "message": "Thiếu họ và tên."},
            {"line": 4, "message": "Địa chỉ thư điện tử \"sai-email\" không hợp lệ."},
            {"line": 4, "message": "Không có đơn vị nào mang mã \"999\"."},
            {"line": 5, "message": "Địa chỉ thư điện tử an.nv@mttq-langson.test đã có ở dòng 2."},
        ]
        transaction.begin()
        assert api.user.get(username="an.nv@mttq-langson.test") is None

    def test_import(self, api_client, course):
        upload = {"file": {"data": base64.b64encode(GOOD_CSV.encode("utf-8-sig")).decode(), "filename": "cb.csv"}}
        dry = api_client.post("++api++/@cadres-import", user="admin", json=dict(upload, dry_run=True)).json()
        assert dry == {"valid": True, "dry_run": True, "rows": 2, "created": [], "moves": [],
                       "plan": {"create": 2, "existing": 0, "join": 0, "move": 0}}
        data = api_client.post("++api++/@cadres-import", user="admin", json=upload).json()
        assert data["created"] == ["an.nv@mttq-langson.test", "bich.ht@mttq-langson.test"]
        transaction.begin()
        new = api.user.get(username="an.nv@mttq-langson.test")
        assert new.getProperty("fullname") == "Nguyễn Văn An"
        assert "unit-178-cadres" in new.getGroups()
        # Enrolled at once in the unit's mandatory course.
        from mttq.langson.courses.learning import enrolment

        assert enrolment(course, new.getId(), set(new.getGroups())) == "mandatory"
        # Importing the same file again creates nobody: the logins exist (see test_cadres.py).
        again = api_client.post("++api++/@cadres-import", user="admin", json=upload).json()
        assert again["created"] == [] and len(again["existing"]) == 2

    def test_only_the_office_imports(self, api_client, course):
        response = api_client.post("++api++/@cadres-import", user="leader-178", json={"csv": GOOD_CSV})
        assert response.status_code in (401, 403)
        transaction.begin()
        assert api.user.get(username="an.nv@mttq-langson.test") is None
