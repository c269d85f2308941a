"""Users for browser tests and demos (see docs/backend-contract.md)."""

from mttq.langson.network.groups import ADMIN_GROUP
from mttq.langson.network.groups import group_id
from plone import api


TEST_PASSWORD = "mttq-test-2026"

# login -> (full name, unit code, group suffix)
TEST_USERS = {
    "province-admin": ("Quản trị cổng thông tin", "admins", None),
    "province-editor": ("Biên tập viên tỉnh", "20", "editors"),
    "province-reviewer": ("Người duyệt tin tỉnh", "20", "reviewers"),
    "editor-178": ("Biên tập viên TP Lạng Sơn", "178", "editors"),
    "reviewer-178": ("Người duyệt tin TP Lạng Sơn", "178", "reviewers"),
    "cadre-178": ("Cán bộ TP Lạng Sơn", "178", "cadres"),
    "editor-180": ("Biên tập viên Tràng Định", "180", "editors"),
    "reviewer-180": ("Người duyệt tin Tràng Định", "180", "reviewers"),
    "cadre-180": ("Cán bộ Tràng Định", "180", "cadres"),
}


def _group(code, suffix):
    return ADMIN_GROUP if code == "admins" else group_id(code, suffix)


def create_test_users(password=TEST_PASSWORD):
    created = []
    for login, (fullname, code, suffix) in TEST_USERS.items():
        gid = _group(code, suffix)
        if api.group.get(groupname=gid) is None:
            continue  # the unit is not in this network
        if api.user.get(username=login) is None:
            api.user.create(
                username=login,
                email=f"{login}@mttq-langson.test",
                password=password,
                properties={"fullname": fullname},
            )
            created.append(login)
        api.group.add_user(groupname=gid, username=login)
    return created
