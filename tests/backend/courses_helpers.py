"""Course fixtures shared by the test_courses*.py modules."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.textfield.value import RichTextValue


SECRET_EXPLANATION = "Giaithichbimat"  # only in the questions' explanations
PASSWORD = "mttq-test-2026"


def make_course(portal, course_id="khoa-thu", **fields):
    """A course: 1 module, 2 lessons (the second optional), a quiz of 3 questions."""
    values = dict(title="Khóa học thử", mandatory_units=["178"], mandatory_groups=[],
                  self_enrolment=False, allow_review=True, certificate=True)
    values.update(fields)
    with api.env.adopt_user(SITE_OWNER_NAME):
        folder = portal["noi-bo"]["khoa-hoc"]
        course = api.content.create(container=folder, type="Course", id=course_id, **values)
        module = api.content.create(container=course, type="CourseModule", id="mo-dun-1", title="Mô-đun 1")
        api.content.create(container=module, type="Lesson", id="bai-1", title="Bài 1",
                           text=RichTextValue("<p>Nội dung bài 1</p>", "text/html", "text/x-html-safe"))
        api.content.create(container=module, type="Lesson", id="bai-doc-them", title="Bài đọc thêm",
                           required=False)
        quiz = api.content.create(container=module, type="Quiz", id="kiem-tra", title="Kiểm tra",
                                  pass_mark=60, max_attempts=2, time_limit_minutes=0, draw_count=0)
        api.content.create(container=quiz, type="Question", id="q1", title="Câu một", kind="single",
                           choices=["A", "B", "C"], correct=[2], explanation=f"{SECRET_EXPLANATION} 1")
        api.content.create(container=quiz, type="Question", id="q2", title="Câu hai", kind="multiple",
                           choices=["A", "B", "C"], correct=[1, 3], explanation=f"{SECRET_EXPLANATION} 2")
        api.content.create(container=quiz, type="Question", id="q3", title="Câu ba", kind="truefalse",
                           choices=[], correct=[1], explanation=f"{SECRET_EXPLANATION} 3")
    return course


def right_answers(quiz):
    return {q.UID(): list(q.correct) for q in quiz.objectValues()}


def make_leader(code, login=None):
    login = login or f"leader-{code}"
    with api.env.adopt_user(SITE_OWNER_NAME):
        if api.user.get(username=login) is None:
            api.user.create(username=login, email=f"{login}@mttq-langson.test", password=PASSWORD,
                            properties={"fullname": f"Lãnh đạo {code}"})
        api.group.add_user(groupname=f"unit-{code}-leaders", username=login)
    return login
