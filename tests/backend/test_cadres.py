"""Cadres: import in chunks with a dry-run plan, re-import of existing logins,
and cadres who move to another unit (their records follow them, the
dashboard counts them in their new unit, the move stays in their history)."""

from courses_helpers import make_course
from courses_helpers import make_leader
from courses_helpers import right_answers
from mttq.langson.courses import moves
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import pytest
import transaction


COURSE_PATH = "noi-bo/khoa-hoc/khoa-thu"
LESSON_PATH = f"{COURSE_PATH}/mo-dun-1/bai-1"
QUIZ_PATH = f"{COURSE_PATH}/mo-dun-1/kiem-tra"
HEADER = "Họ và tên,Email,Mã đơn vị,Chức vụ\n"


@pytest.fixture
def course(api_client, functional):
    course = make_course(functional["portal"], mandatory_units=["178", "180"])
    make_leader("178")
    make_leader("180")
    transaction.commit()
    return course


def take_course(api_client, course, user):
    assert api_client.post(f"++api++/{LESSON_PATH}/@complete", user=user).status_code == 200
    attempt = api_client.post(f"++api++/{QUIZ_PATH}/@attempt", user=user).json()
    result = api_client.post(f"++api++/{QUIZ_PATH}/@attempt/{attempt['id']}/submit", user=user,
                             json={"answers": right_answers(course["mo-dun-1"]["kiem-tra"])})
    assert result.json()["course_completed"] is True


def units_of(api_client, course, user="admin"):
    data = api_client.get(f"++api++/@completion?course={course.UID()}", user=user).json()
    return {u["unit"]: (u["total"], u["completed"], u["in_progress"], u["not_started"])
            for u in data["items"][0]["units"]}


def csv_of(n, unit="178", prefix="cb"):
    return HEADER + "".join(f"Cán bộ số {i},{prefix}{i}@mttq-langson.test,{unit},Cán bộ\n" for i in range(n))


def fresh_groups(login):
    transaction.begin()
    return set(api.user.get(username=login).getGroups())


class TestImportInChunks:
    def test_chunks_import_every_row_once(self, api_client, course):
        text = csv_of(5)
        dry = api_client.post("++api++/@cadres-import", user="admin", json={"csv": text, "dry_run": True}).json()
        assert dry["rows"] == 5 and dry["plan"] == {"create": 5, "existing": 0, "join": 0, "move": 0}
        transaction.begin()
        assert api.user.get(username="cb0@mttq-langson.test") is None  # a dry run writes nothing
        ends = []
        for start in range(0, 5, 2):
            data = api_client.post("++api++/@cadres-import", user="admin",
                                   json={"csv": text, "start": start, "size": 2}).json()
            assert data["valid"] and data["rows"] == 5 and data["start"] == start
            ends.append(data["end"])
            assert data["created"] == [f"cb{i}@mttq-langson.test" for i in range(start, data["end"])]
        assert ends == [2, 4, 5]
        assert units_of(api_client, course)["178"][0] == 6  # cadre-178 and the five
        for i in range(5):
            assert "unit-178-cadres" in fresh_groups(f"cb{i}@mttq-langson.test")

    def test_an_interrupted_import_completes_when_run_again(self, api_client, course):
        text = csv_of(4)
        api_client.post("++api++/@cadres-import", user="admin", json={"csv": text, "start": 0, "size": 2})
        again = api_client.post("++api++/@cadres-import", user="admin", json={"csv": text}).json()
        assert again["existing"] == ["cb0@mttq-langson.test", "cb1@mttq-langson.test"]
        assert again["created"] == ["cb2@mttq-langson.test", "cb3@mttq-langson.test"]
        assert again["joined"] == [] and again["moved"] == []

    def test_an_invalid_row_anywhere_stops_every_chunk(self, api_client, course):
        text = csv_of(4) + "Người sai,sai@mttq-langson.test,999,\n"
        response = api_client.post("++api++/@cadres-import", user="admin", json={"csv": text, "start": 0, "size": 2})
        assert response.status_code == 400
        assert response.json()["error"]["errors"] == [
            {"line": 6, "message": "Không có đơn vị nào mang mã \"999\"."}]
        transaction.begin()
        assert api.user.get(username="cb0@mttq-langson.test") is None

    @pytest.mark.parametrize("chunk", [{"start": -1}, {"size": 0}, {"start": "a"}, {"size": True}])
    def test_bad_chunk(self, api_client, course, chunk):
        response = api_client.post("++api++/@cadres-import", user="admin", json=dict(chunk, csv=csv_of(2)))
        assert response.status_code == 400
        assert response.json()["error"]["message"] == "Phần tệp cần nhập (start, size) không hợp lệ."
        transaction.begin()
        assert api.user.get(username="cb0@mttq-langson.test") is None

    def test_closed_unit_takes_no_cadres(self, api_client, course):
        from mttq.langson.network.units import close_unit

        with api.env.adopt_user(SITE_OWNER_NAME):
            close_unit("182")
        transaction.commit()
        response = api_client.post("++api++/@cadres-import", user="admin", json={"csv": csv_of(1, unit="182")})
        assert response.status_code == 400
        assert response.json()["error"]["errors"] == [
            {"line": 2, "message": "Đơn vị 182 đã giải thể: không nhận thêm cán bộ."}]

    def test_existing_login_without_unit_joins(self, api_client, course):
        with api.env.adopt_user(SITE_OWNER_NAME):
            api.user.create(username="cu@mttq-langson.test", email="cu@mttq-langson.test", password="x" * 12)
        transaction.commit()
        text = HEADER + "Người cũ,cu@mttq-langson.test,180,\n"
        dry = api_client.post("++api++/@cadres-import", user="admin", json={"csv": text, "dry_run": True}).json()
        assert dry["plan"] == {"create": 0, "existing": 0, "join": 1, "move": 0}
        data = api_client.post("++api++/@cadres-import", user="admin", json={"csv": text}).json()
        assert data["joined"] == ["cu@mttq-langson.test"] and data["created"] == []
        assert "unit-180-cadres" in fresh_groups("cu@mttq-langson.test")
        assert moves.history("cu@mttq-langson.test") == []  # a first unit is no move


class TestMoves:
    def test_reimport_with_a_new_unit_moves_the_cadre_and_their_records(self, api_client, course):
        take_course(api_client, course, "cadre-178")
        assert units_of(api_client, course)["178"] == (1, 1, 0, 0)
        # cadre-178 logs in with "cadre-178": the importer finds the account by its e-mail address.
        text = HEADER + "Cán bộ TP Lạng Sơn,cadre-178@mttq-langson.test,180,Cán bộ\n" + csv_of(1, "180")[len(HEADER):]
        dry = api_client.post("++api++/@cadres-import", user="admin", json={"csv": text, "dry_run": True}).json()
        assert dry["plan"] == {"create": 1, "existing": 0, "join": 0, "move": 1}
        assert dry["moves"] == [{"line": 2, "userid": "cadre-178", "from": "178", "to": "180"}]
        assert units_of(api_client, course)["178"] == (1, 1, 0, 0)  # the dry run moved nobody
        data = api_client.post("++api++/@cadres-import", user="admin", json={"csv": text}).json()
        assert data["moved"] == [{"userid": "cadre-178", "from": "178", "to": "180"}]
        assert data["created"] == ["cb0@mttq-langson.test"]
        assert units_of(api_client, course) == {"178": (0, 0, 0, 0), "180": (3, 1, 0, 2)}
        transaction.begin()
        assert [(h["from"], h["to"]) for h in moves.history("cadre-178")] == [("178", "180")]
        again = api_client.post("++api++/@cadres-import", user="admin", json={"csv": text}).json()
        assert again["existing"] == ["cadre-178", "cb0@mttq-langson.test"] and again["moved"] == []

    def test_move_service(self, api_client, course):
        take_course(api_client, course, "cadre-178")
        api_client.post(f"++api++/{LESSON_PATH}/@complete", user="cadre-180")
        assert units_of(api_client, course) == {"178": (1, 1, 0, 0), "180": (1, 0, 1, 0)}
        response = api_client.post("++api++/@cadres-move", user="admin", json={"userid": "cadre-178", "unit": "180"})
        assert response.status_code == 200, response.text
        data = response.json()
        assert (data["userid"], data["from"], data["to"]) == ("cadre-178", "178", "180")
        assert [(h["from"], h["to"], h["by"]) for h in data["history"]] == [("178", "180", SITE_OWNER_NAME)]
        # The completion went with the person: counted in the new unit, gone from the old.
        assert units_of(api_client, course) == {"178": (0, 0, 0, 0), "180": (2, 1, 1, 0)}
        groups = fresh_groups("cadre-178")
        assert "unit-180-cadres" in groups and "unit-178-cadres" not in groups
        # Their own records are intact; the certificate keeps the unit it was issued in.
        mine = api_client.get("++api++/@my-learning", user="cadre-178").json()
        assert mine["items"][0]["status"] == "completed" and mine["items"][0]["certificate"]
        # The new unit's leader sees them, with where they came from; the old one no longer.
        drill = api_client.get(f"++api++/@completion?course={course.UID()}&unit=180", user="leader-180").json()
        moved = {i["userid"]: i for i in drill["items"]}["cadre-178"]
        assert moved["status"] == "completed"
        assert moved["moved_from"]["unit"] == "178" and moved["moved_from"]["title"]
        assert moved["moved_from"]["at"] > 0
        assert {i["userid"]: i for i in drill["items"]}["cadre-180"]["moved_from"] is None
        old = api_client.get(f"++api++/@completion?course={course.UID()}&unit=178", user="leader-178").json()
        assert old["items"] == []

    def test_further_progress_counts_in_the_new_unit(self, api_client, course):
        api_client.post(f"++api++/{LESSON_PATH}/@complete", user="cadre-178")
        assert units_of(api_client, course)["178"] == (1, 0, 1, 0)
        api_client.post("++api++/@cadres-move", user="admin", json={"userid": "cadre-178", "unit": "180"})
        take_course(api_client, course, "cadre-178")
        assert units_of(api_client, course) == {"178": (0, 0, 0, 0), "180": (2, 1, 0, 1)}

    def test_moves_through_the_users_and_groups_control_panel(self, api_client, course):
        take_course(api_client, course, "cadre-180")
        transaction.begin()  # see what the requests wrote
        # Plone's control panel: add to the new group, then remove from the old one.
        api.group.add_user(groupname="unit-178-cadres", username="cadre-180")
        api.group.remove_user(groupname="unit-180-cadres", username="cadre-180")
        transaction.commit()
        assert units_of(api_client, course) == {"178": (2, 1, 0, 1), "180": (0, 0, 0, 0)}
        assert [(h["from"], h["to"]) for h in moves.history("cadre-180")] == [("180", "178")]

    def test_moved_back_keeps_the_whole_history(self, api_client, course):
        for code in ("180", "178"):
            assert api_client.post("++api++/@cadres-move", user="admin",
                                   json={"userid": "cadre-178", "unit": code}).status_code == 200
        transaction.begin()
        assert [(h["from"], h["to"]) for h in moves.history("cadre-178")] == [("178", "180"), ("180", "178")]

    @pytest.mark.parametrize("body, message", [
        ({"userid": "cadre-178", "unit": "999"}, "Không có đơn vị nào mang mã \"999\"."),
        ({"userid": "cadre-178", "unit": "178"}, "cadre-178 đã là cán bộ của đơn vị 178."),
        ({"userid": "khong-co", "unit": "180"}, "Không có tài khoản đăng nhập khong-co."),
        ({"unit": "180"}, "Hãy nêu tài khoản đăng nhập của cán bộ (userid) và mã đơn vị mới (unit)."),
    ])
    def test_bad_moves_change_nothing(self, api_client, course, body, message):
        response = api_client.post("++api++/@cadres-move", user="admin", json=body)
        assert response.status_code == 400
        assert response.json()["error"] == {"type": "BadRequest", "message": message}
        assert "unit-178-cadres" in fresh_groups("cadre-178")
        assert moves.history("cadre-178") == []

    def test_only_the_office_moves_cadres(self, api_client, course):
        for user in ("leader-180", "cadre-178", None):
            response = api_client.post("++api++/@cadres-move", user=user, json={"userid": "cadre-178", "unit": "180"})
            assert response.status_code in (401, 403)
        assert "unit-178-cadres" in fresh_groups("cadre-178")
