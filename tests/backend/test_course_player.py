"""@course-outline, what the Volto course player reads around each page:
modules and items in order with the learner's own progress, previous and
next items, and never an answer; anonymous visitors are refused."""

from courses_helpers import SECRET_EXPLANATION
from courses_helpers import make_course
from courses_helpers import right_answers
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import pytest
import time
import transaction


COURSE_PATH = "noi-bo/khoa-hoc/khoa-thu"
MODULE_PATH = f"{COURSE_PATH}/mo-dun-1"
LESSON_PATH = f"{MODULE_PATH}/bai-1"
QUIZ_PATH = f"{MODULE_PATH}/kiem-tra"


@pytest.fixture
def course(api_client, functional):
    course = make_course(functional["portal"], mandatory_units=["178"])
    with api.env.adopt_user(SITE_OWNER_NAME):
        module = api.content.create(container=course, type="CourseModule", id="mo-dun-2", title="Mô-đun 2")
        api.content.create(container=module, type="Lesson", id="bai-2", title="Bài 2")
        hidden = api.content.create(container=module, type="Lesson", id="bai-nhap", title="Bài nháp")
        api.content.transition(obj=hidden, to_state="private")
    transaction.commit()
    return course


def outline(api_client, path, user="cadre-178"):
    response = api_client.get(f"++api++/{path}/@course-outline", user=user)
    assert response.status_code == 200, response.text
    return response.json()


def titles(data):
    return [(m["title"], [i["title"] for i in m["items"]]) for m in data["modules"]]


class TestOutline:
    def test_course_modules_and_items_in_order(self, api_client, course):
        data = outline(api_client, COURSE_PATH)
        assert titles(data) == [
            ("Mô-đun 1", ["Bài 1", "Bài đọc thêm", "Kiểm tra"]),
            ("Mô-đun 2", ["Bài 2"]),  # the private draft is left out
        ]
        first = data["modules"][0]["items"]
        assert [(i["@type"], i["required"], i["done"]) for i in first] == [
            ("Lesson", True, False), ("Lesson", False, False), ("Quiz", True, False)]
        assert first[2]["best"] is None and first[2]["passed"] is False
        assert data["course"]["enrolment"] == "mandatory"
        assert data["course"]["required_items"] == 3 and data["course"]["done_items"] == 0
        assert data["course"]["resume"]["title"] == "Bài 1"
        assert data["current"] is None and data["previous"] is None and data["next"] is None

    def test_previous_and_next_cross_modules(self, api_client, course):
        lesson = outline(api_client, LESSON_PATH)
        assert lesson["current"] == course["mo-dun-1"]["bai-1"].UID()
        assert lesson["previous"] is None and lesson["next"]["title"] == "Bài đọc thêm"
        quiz = outline(api_client, QUIZ_PATH)
        assert quiz["previous"]["title"] == "Bài đọc thêm"
        assert quiz["next"]["title"] == "Bài 2" and quiz["next"]["@type"] == "Lesson"
        last = outline(api_client, f"{COURSE_PATH}/mo-dun-2/bai-2")
        assert last["previous"]["title"] == "Kiểm tra" and last["next"] is None
        module = outline(api_client, MODULE_PATH)
        assert module["current"] is None and titles(module) == titles(lesson)

    def test_progress_of_the_learner_only(self, api_client, course):
        api_client.post(f"++api++/{LESSON_PATH}/@complete", user="cadre-178")
        attempt = api_client.post(f"++api++/{QUIZ_PATH}/@attempt", user="cadre-178").json()
        api_client.post(f"++api++/{QUIZ_PATH}/@attempt/{attempt['id']}/submit", user="cadre-178",
                        json={"answers": right_answers(course["mo-dun-1"]["kiem-tra"])})
        assert outline(api_client, LESSON_PATH)["course"]["status"] == "in_progress"
        api_client.post(f"++api++/{COURSE_PATH}/mo-dun-2/bai-2/@complete", user="cadre-178")
        data = outline(api_client, LESSON_PATH)
        items = data["modules"][0]["items"]
        assert [i["done"] for i in items] == [True, False, True]
        assert items[2]["best"] == 100 and items[2]["passed"] is True
        assert data["course"]["status"] == "completed" and data["course"]["percent"] == 100
        assert data["course"]["certificate"].endswith(f"{COURSE_PATH}/@certificate")
        # Another cadre of the same unit sees their own (empty) progress.
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.user.create(username="cadre-178b", email="b@mttq-langson.test", password="mttq-test-2026")
            api.group.add_user(groupname="unit-178-cadres", username="cadre-178b")
        transaction.commit()
        other = outline(api_client, LESSON_PATH, user="cadre-178b")
        assert [i["done"] for i in other["modules"][0]["items"]] == [False, False, False]
        assert other["course"]["status"] == "not_started" and other["course"]["certificate"] is None

    def test_not_enrolled_sees_the_outline_and_may_enrol(self, api_client, course):
        course.self_enrolment = True
        transaction.commit()
        data = outline(api_client, COURSE_PATH, user="province-editor")
        assert data["course"]["enrolment"] is None and data["course"]["self_enrolment"] is True
        assert titles(data)[0][1] == ["Bài 1", "Bài đọc thêm", "Kiểm tra"]
        assert not any(i["done"] for m in data["modules"] for i in m["items"])

    def test_no_answers_and_no_anonymous(self, api_client, course):
        response = api_client.get(f"++api++/{QUIZ_PATH}/@course-outline", user="cadre-178")
        assert SECRET_EXPLANATION not in response.text and '"correct"' not in response.text
        assert "Câu một" not in response.text
        anonymous = api_client.get(f"++api++/{COURSE_PATH}/@course-outline")
        assert anonymous.status_code in (401, 403)
        assert "Mô-đun" not in anonymous.text


class TestAttemptClock:
    def test_attempt_gives_the_server_clock_for_the_countdown(self, api_client, course):
        course["mo-dun-1"]["kiem-tra"].time_limit_minutes = 10
        transaction.commit()
        before = time.time()
        attempt = api_client.post(f"++api++/{QUIZ_PATH}/@attempt", user="cadre-178").json()
        assert before - 1 <= attempt["server_time"] <= time.time() + 1
        assert 599 <= attempt["deadline"] - attempt["server_time"] <= 600
