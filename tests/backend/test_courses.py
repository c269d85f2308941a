"""Courses: grading on the server, attempt and time limits, enrolment rules,
completion (recorded at once, counters per unit), certificates, the demo
course and the upgrade step. REST doors and scoping: test_courses_api.py."""

from courses_helpers import make_course
from courses_helpers import right_answers
from mttq.langson.courses import certificates
from mttq.langson.courses import learning
from mttq.langson.courses.demo import create_demo_course
from mttq.langson.courses.storage import course_progress
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from zope.i18n import translate

import io
import pypdf
import pytest
import time


def user(login):
    return api.user.get(username=login)


def vi(message):
    return translate(message, target_language="vi")


@pytest.fixture
def course(portal):
    return make_course(portal)


def quiz_of(course):
    return course["mo-dun-1"]["kiem-tra"]


class TestGrading:
    def test_attempt_draws_questions_without_answers(self, course):
        quiz = quiz_of(course)
        quiz.draw_count = 2
        _record, attempt, used = learning.start_attempt(quiz, user("cadre-178"))
        assert used == 1
        assert len(attempt["questions"]) == 2
        pool = {q.UID() for q in quiz.objectValues()}
        assert set(attempt["questions"]) <= pool
        public = [learning.public_question(q) for q in quiz.objectValues()]
        for question in public:
            assert set(question) == {"uid", "title", "description", "kind", "multiple", "choices"}
        truefalse = next(q for q in public if q["kind"] == "truefalse")
        assert [c["label"] for c in truefalse["choices"]] == ["Đúng", "Sai"]

    def test_open_attempt_is_given_back(self, course):
        quiz = quiz_of(course)
        _r, first, _u = learning.start_attempt(quiz, user("cadre-178"))
        _r, again, used = learning.start_attempt(quiz, user("cadre-178"))
        assert again["id"] == first["id"] and used == 1

    def test_full_marks_pass(self, course):
        quiz = quiz_of(course)
        _r, attempt, _u = learning.start_attempt(quiz, user("cadre-178"))
        result = learning.submit_attempt(quiz, user("cadre-178"), attempt["id"], right_answers(quiz))
        assert (result["right"], result["total"]) == (3, 3)
        assert result["attempt"]["score"] == 100 and result["attempt"]["passed"] is True

    def test_multiple_choice_needs_exactly_the_right_set(self, course):
        quiz = quiz_of(course)
        answers = right_answers(quiz)
        multiple = quiz["q2"].UID()
        answers[multiple] = [1]  # one of the two right choices only
        _r, attempt, _u = learning.start_attempt(quiz, user("cadre-178"))
        result = learning.submit_attempt(quiz, user("cadre-178"), attempt["id"], answers)
        assert result["right"] == 2 and result["attempt"]["score"] == 67
        assert result["attempt"]["passed"] is True  # pass mark 60
        wrong = {uid: [3] for uid in answers}
        _r, attempt, _u = learning.start_attempt(quiz, user("cadre-178"))
        result = learning.submit_attempt(quiz, user("cadre-178"), attempt["id"], wrong)
        assert result["right"] == 0 and result["attempt"]["passed"] is False

    def test_failed_then_best_score_kept(self, course):
        quiz = quiz_of(course)
        cadre = user("cadre-178")
        _r, attempt, _u = learning.start_attempt(quiz, cadre)
        learning.submit_attempt(quiz, cadre, attempt["id"], {})
        record = course_progress(course.UID()).get("cadre-178")
        assert record.quizzes[quiz.UID()] == {"best": 0, "passed": False}
        _r, attempt, _u = learning.start_attempt(quiz, cadre)
        learning.submit_attempt(quiz, cadre, attempt["id"], right_answers(quiz))
        assert record.quizzes[quiz.UID()] == {"best": 100, "passed": True}

    def test_attempt_limit(self, course):
        quiz = quiz_of(course)
        cadre = user("cadre-178")
        for _n in range(2):
            _r, attempt, _u = learning.start_attempt(quiz, cadre)
            learning.submit_attempt(quiz, cadre, attempt["id"], {})
        with pytest.raises(learning.LearningError) as refused:
            learning.start_attempt(quiz, cadre)
        assert refused.value.status == 403
        assert vi(refused.value.message) == "Bạn đã dùng hết 2 lượt làm bài kiểm tra này."

    def test_submitted_once_only(self, course):
        quiz = quiz_of(course)
        cadre = user("cadre-178")
        _r, attempt, _u = learning.start_attempt(quiz, cadre)
        learning.submit_attempt(quiz, cadre, attempt["id"], right_answers(quiz))
        with pytest.raises(learning.LearningError) as refused:
            learning.submit_attempt(quiz, cadre, attempt["id"], right_answers(quiz))
        assert vi(refused.value.message) == "Lượt làm bài này đã được nộp."

    def test_time_limit(self, course):
        quiz = quiz_of(course)
        quiz.time_limit_minutes = 10
        cadre = user("cadre-178")
        record, attempt, _u = learning.start_attempt(quiz, cadre)
        assert attempt["deadline"] == pytest.approx(attempt["started"] + 600)
        # Eleven minutes later (plus the grace period): the answers no longer count.
        late = dict(attempt, deadline=time.time() - learning.GRACE_SECONDS - 60)
        record.attempts[attempt["id"]] = late
        result = learning.submit_attempt(quiz, cadre, attempt["id"], right_answers(quiz))
        assert result["late"] is True
        assert result["attempt"]["score"] == 0 and result["attempt"]["passed"] is False

    def test_someone_elses_attempt_is_not_found(self, course):
        quiz = quiz_of(course)
        _r, attempt, _u = learning.start_attempt(quiz, user("cadre-178"))
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.group.add_user(groupname="unit-178-cadres", username="editor-178")
        with pytest.raises(learning.LearningError) as refused:
            learning.submit_attempt(quiz, user("editor-178"), attempt["id"], right_answers(quiz))
        assert refused.value.status == 404

    def test_bad_answer_refused(self, course):
        quiz = quiz_of(course)
        _r, attempt, _u = learning.start_attempt(quiz, user("cadre-178"))
        with pytest.raises(learning.LearningError) as refused:
            learning.submit_attempt(quiz, user("cadre-178"), attempt["id"], {quiz["q1"].UID(): ["x"]})
        assert vi(refused.value.message) == "Mỗi câu trả lời phải là số thứ tự của một lựa chọn."
        assert course_progress(course.UID()).get("cadre-178").attempts[attempt["id"]]["submitted"] is None

    def test_question_answers_are_validated(self, course):
        from mttq.langson.courses.content import IQuestion
        from zope.interface import Invalid

        question = quiz_of(course)["q1"]
        question.correct = [4]
        with pytest.raises(Invalid) as invalid:
            IQuestion.validateInvariants(question)
        assert vi(invalid.value.args[0]) == "Số thứ tự đáp án đúng không nằm trong các lựa chọn."
        question.correct = [1, 2]
        with pytest.raises(Invalid):
            IQuestion.validateInvariants(question)


class TestEnrolment:
    def test_mandatory_for_the_units_cadres(self, course):
        assert learning.enrolment(course, "cadre-178", learning.groups_of(user("cadre-178"))) == "mandatory"
        assert learning.enrolment(course, "cadre-180", learning.groups_of(user("cadre-180"))) is None

    def test_cadre_who_joins_later_is_enrolled(self, course):
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.user.create(username="moi-vao", email="moi-vao@mttq-langson.test", password="mttq-test-2026")
        assert learning.enrolment(course, "moi-vao", learning.groups_of(user("moi-vao"))) is None
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.group.add_user(groupname="unit-178-cadres", username="moi-vao")
        assert learning.enrolment(course, "moi-vao", learning.groups_of(user("moi-vao"))) == "mandatory"

    def test_mandatory_for_a_group(self, course):
        course.mandatory_groups = ["unit-180-reviewers"]
        assert learning.enrolment(course, "reviewer-180", learning.groups_of(user("reviewer-180"))) == "mandatory"

    def test_self_enrolment_refused_when_not_allowed(self, course):
        with pytest.raises(learning.LearningError) as refused:
            learning.enrol(course, "cadre-180", learning.groups_of(user("cadre-180")))
        assert refused.value.status == 403
        assert vi(refused.value.message) == "Khóa học này không cho phép tự ghi danh."

    def test_self_enrolment(self, course):
        course.self_enrolment = True
        record = learning.enrol(course, "cadre-180", learning.groups_of(user("cadre-180")))
        assert record.self_enrolled and record.unit == "180"
        assert learning.enrolment(course, "cadre-180", learning.groups_of(user("cadre-180"))) == "self"

    def test_not_enrolled_cannot_learn(self, course):
        lesson = course["mo-dun-1"]["bai-1"]
        with pytest.raises(learning.LearningError) as refused:
            learning.complete_lesson(lesson, user("cadre-180"))
        assert vi(refused.value.message) == "Bạn chưa ghi danh vào khóa học này."
        assert course_progress(course.UID()).get("cadre-180") is None


class TestCompletion:
    def test_completion_at_once_with_certificate(self, course):
        cadre = user("cadre-178")
        quiz = quiz_of(course)
        _c, record, completed = learning.complete_lesson(course["mo-dun-1"]["bai-1"], cadre)
        assert completed is False and record.status == "in_progress"
        progress = course_progress(course.UID())
        assert progress.units["178"].started() == 1 and progress.units["178"].completed() == 0
        _r, attempt, _u = learning.start_attempt(quiz, cadre)
        result = learning.submit_attempt(quiz, cadre, attempt["id"], right_answers(quiz))
        # The optional lesson is not needed.
        assert result["completed"] is True and record.status == "completed"
        assert progress.units["178"].completed() == 1
        entry = certificates.lookup(record.certificate)
        assert entry["fullname"] == "Cán bộ TP Lạng Sơn"
        assert entry["unit"] == "Ủy ban MTTQ Việt Nam thành phố Lạng Sơn"
        assert entry["course"] == "Khóa học thử"
        assert "email" not in entry and "@" not in str(certificates.public_data(entry))

    def test_failed_quiz_does_not_complete(self, course):
        cadre = user("cadre-178")
        quiz = quiz_of(course)
        learning.complete_lesson(course["mo-dun-1"]["bai-1"], cadre)
        _r, attempt, _u = learning.start_attempt(quiz, cadre)
        result = learning.submit_attempt(quiz, cadre, attempt["id"], {})
        assert result["completed"] is False
        assert course_progress(course.UID()).units["178"].completed() == 0

    def test_resume_point(self, course):
        cadre = user("cadre-178")
        record = course_progress(course.UID()).record("cadre-178", "178")
        info = learning.summary(course, record)
        assert info["resume"].getId() == "bai-1" and (info["done"], info["required"]) == (0, 2)
        learning.complete_lesson(course["mo-dun-1"]["bai-1"], cadre)
        info = learning.summary(course, record)
        assert info["resume"].getId() == "kiem-tra" and info["percent"] == 50

    def test_completed_once_counted_once(self, course):
        cadre = user("cadre-178")
        quiz = quiz_of(course)
        learning.complete_lesson(course["mo-dun-1"]["bai-1"], cadre)
        _r, attempt, _u = learning.start_attempt(quiz, cadre)
        learning.submit_attempt(quiz, cadre, attempt["id"], right_answers(quiz))
        _c, record, completed = learning.complete_lesson(course["mo-dun-1"]["bai-1"], cadre)
        assert completed is False
        assert course_progress(course.UID()).units["178"].completed() == 1

    def test_no_certificate_when_course_gives_none(self, course):
        course.certificate = False
        cadre = user("cadre-178")
        quiz = quiz_of(course)
        learning.complete_lesson(course["mo-dun-1"]["bai-1"], cadre)
        _r, attempt, _u = learning.start_attempt(quiz, cadre)
        learning.submit_attempt(quiz, cadre, attempt["id"], right_answers(quiz))
        assert course_progress(course.UID()).get("cadre-178").certificate is None

    def test_certificate_pdf(self, course):
        cadre = user("cadre-178")
        quiz = quiz_of(course)
        learning.complete_lesson(course["mo-dun-1"]["bai-1"], cadre)
        _r, attempt, _u = learning.start_attempt(quiz, cadre)
        learning.submit_attempt(quiz, cadre, attempt["id"], right_answers(quiz))
        code = course_progress(course.UID()).get("cadre-178").certificate
        pdf = certificates.render_pdf(certificates.lookup(code))
        assert pdf.startswith(b"%PDF") and len(pdf) > 5000
        text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        assert "Cán bộ TP Lạng Sơn" in text and code in text and "CHỨNG NHẬN" in text


class TestConcurrentProgress:
    def test_two_cadres_writing_at_once_do_not_conflict(self, tmp_path):
        """Two transactions record progress of two cadres of one unit at the same time."""
        from mttq.langson.courses.storage import CourseProgress
        from ZODB import DB
        from ZODB.FileStorage import FileStorage

        import transaction

        # A FileStorage: it resolves conflicts as the production storage does.
        db = DB(FileStorage(str(tmp_path / "Data.fs")))
        tm1, tm2 = transaction.TransactionManager(), transaction.TransactionManager()
        c1 = db.open(transaction_manager=tm1)
        c1.root()["p"] = progress = CourseProgress()
        progress.mark_started(progress.record("seed", "178"))
        tm1.commit()
        c2 = db.open(transaction_manager=tm2)
        p1, p2 = c1.root()["p"], c2.root()["p"]
        for p, userid in ((p1, "a"), (p2, "b")):
            record = p.record(userid, "178")
            p.mark_started(record)
            p.mark_completed(record)
        tm1.commit()
        tm2.commit()  # would raise ConflictError without the resolvable structures
        c3 = db.open()
        final = c3.root()["p"]
        assert sorted(final.records.keys()) == ["a", "b", "seed"]
        assert final.units["178"].started() == 3 and final.units["178"].completed() == 2
        assert final.learners() == 3
        db.close()


class TestDemoCourse:
    def test_demo_course(self, portal):
        with api.env.adopt_user(SITE_OWNER_NAME):
            course = create_demo_course(portal)
        assert course.title == "Kỹ năng số cơ bản cho cán bộ Mặt trận"
        modules = course.objectValues()
        assert [m.title for m in modules] == [
            "Sử dụng an toàn thư điện tử và mật khẩu",
            "Làm việc với văn bản trực tuyến và chữ ký số",
            "Sử dụng Cổng thông tin MTTQ tỉnh Lạng Sơn",
        ]
        for module in modules:
            types = [item.portal_type for item in module.objectValues()]
            assert types.count("Lesson") >= 2 and types.count("Quiz") == 1
        assert api.content.get_state(course) == "internal"
        assert "178" in course.mandatory_units and "20" in course.mandatory_units
        # Completable: every lesson, every quiz with its right answers.
        cadre = user("cadre-180")
        completed = False
        for item in learning.course_items(course):
            if item.portal_type == "Lesson":
                completed = learning.complete_lesson(item, cadre)[2]
            else:
                _r, attempt, _u = learning.start_attempt(item, cadre)
                completed = learning.submit_attempt(item, cadre, attempt["id"], right_answers(item))["completed"]
        assert completed is True
        with api.env.adopt_user(SITE_OWNER_NAME):
            assert create_demo_course(portal) is None  # once only


class TestUpgradeStep:
    def test_upgrade_brings_leaders_groups_and_types(self, portal):
        from mttq.langson.upgrades.v1005 import courses

        with api.env.adopt_user(SITE_OWNER_NAME):
            api.group.delete(groupname="unit-180-leaders")
            api.content.delete(portal["noi-bo"]["khoa-hoc"])
            placeful = api.portal.get_tool("portal_placeful_workflow")
            placeful.getWorkflowPolicyById("mttq-intranet").delChain("Course")
            courses(None)
        assert api.group.get(groupname="unit-180-leaders") is not None
        assert "khoa-hoc" in portal["noi-bo"]
        chain = api.portal.get_tool("portal_placeful_workflow").getWorkflowPolicyById(
            "mttq-intranet").getChainFor("Course")
        assert chain in (("(Default)",), ["(Default)"], ("mttq_intranet_workflow",))
        setup = api.portal.get_tool("portal_setup")
        assert setup.getLastVersionForProfile("mttq.langson:default") == (setup.getVersionForProfile("mttq.langson:default"),)
