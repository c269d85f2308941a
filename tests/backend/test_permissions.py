"""Who may view, add, edit and publish where: through REST and through the
browser views, for unit A (178), unit B (180) and the intranet."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import base64
import json
import pytest
import transaction


A, B, INTRANET = "thanh-pho-lang-son/tin-tuc", "huyen-trang-dinh/tin-tuc", "noi-bo"
PLACES = {"A": A, "B": B, "intranet": INTRANET}
PUBLISH = {"A": "publish", "B": "publish", "intranet": "publish_internally"}
PASSWORD = "mttq-test-2026"

USERS = [None, "cadre-178", "editor-178", "editor-180", "reviewer-178", "province-editor", "province-admin"]

# (action, place) -> users allowed. Everything else must be refused.
# The province office's editors (unit-20-editors) hold their roles on the
# root: they act in every unit and in the intranet, but do not publish.
ALLOWED = {
    ("view", "A"): set(USERS),
    ("view", "B"): set(USERS),
    ("view", "intranet"): set(USERS) - {None},
    ("view-draft", "A"): {"editor-178", "reviewer-178", "province-editor", "province-admin"},
    ("view-draft", "B"): {"editor-180", "province-editor", "province-admin"},
    ("view-draft", "intranet"): {"province-editor", "province-admin"},
    ("add", "A"): {"editor-178", "province-editor", "province-admin"},
    ("add", "B"): {"editor-180", "province-editor", "province-admin"},
    ("add", "intranet"): {"province-editor", "province-admin"},
    ("edit", "A"): {"editor-178", "province-editor", "province-admin"},
    ("edit", "B"): {"editor-180", "province-editor", "province-admin"},
    ("edit", "intranet"): {"province-editor", "province-admin"},
    ("publish", "A"): {"reviewer-178", "province-admin"},
    ("publish", "B"): {"province-admin"},
    ("publish", "intranet"): {"province-admin"},
}

CASES = [(action, place, user) for (action, place) in ALLOWED for user in USERS]


def _ids(case):
    action, place, user = case
    return f"{action}-{place}-{user or 'anonymous'}"


@pytest.fixture
def items(functional):
    """In each place: a visible item ("tin-cong-khai") and a draft ("ban-nhap")."""
    portal = functional["portal"]
    with api.env.adopt_user(SITE_OWNER_NAME):
        for key, path in PLACES.items():
            container = portal.unrestrictedTraverse(path)
            visible = api.content.create(container, "News Item", id="tin-cong-khai", title=f"Tin công khai {key}")
            if key == "intranet":
                assert api.content.get_state(visible) == "internal"
            else:
                api.content.transition(visible, "publish")
            draft = api.content.create(container, "News Item", id="ban-nhap", title=f"Bản nháp {key}")
            if key == "intranet":
                api.content.transition(draft, "retract")
            assert api.content.get_state(draft) == "private"
    transaction.commit()
    return portal


def _state(portal, path):
    transaction.begin()  # see what the server thread committed
    return api.content.get_state(portal.unrestrictedTraverse(path))


def _exists(portal, path):
    transaction.begin()
    return portal.unrestrictedTraverse(path, None) is not None


class TestRest:
    @pytest.mark.parametrize("case", CASES, ids=_ids)
    def test_matrix(self, api_client, items, case):
        action, place, user = case
        allowed = user in ALLOWED[(action, place)]
        path = PLACES[place]
        if action in ("view", "view-draft"):
            item = "tin-cong-khai" if action == "view" else "ban-nhap"
            response = api_client.get(f"{path}/{item}", user=user)
            assert (response.status_code == 200) is allowed, response.status_code
            title = f"Tin công khai {place}" if action == "view" else f"Bản nháp {place}"
            assert (title in json.dumps(response.json(), ensure_ascii=False)) is allowed
            if not allowed:
                assert response.status_code in (401, 403)
        elif action == "add":
            response = api_client.post(path, user=user, json={"@type": "News Item", "id": "tin-moi", "title": "Tin mới"})
            assert (response.status_code == 201) is allowed, response.status_code
            assert _exists(items, f"{path}/tin-moi") is allowed
        elif action == "edit":
            response = api_client.patch(f"{path}/tin-cong-khai", user=user, json={"title": "Đã sửa"})
            assert (response.status_code == 204) is allowed, response.status_code
            transaction.begin()
            assert (items.unrestrictedTraverse(f"{path}/tin-cong-khai").title == "Đã sửa") is allowed
        elif action == "publish":
            transition = PUBLISH[place]
            response = api_client.post(f"{path}/ban-nhap/@workflow/{transition}", user=user)
            assert (response.status_code == 200) is allowed, response.status_code
            expected = ("internal" if place == "intranet" else "published") if allowed else "private"
            assert _state(items, f"{path}/ban-nhap") == expected

    def test_editor_submits_and_reviewer_publishes(self, api_client, items):
        created = api_client.post(A, user="editor-178", json={"@type": "News Item", "id": "tin-bt", "title": "Tin BT"})
        assert created.status_code == 201
        assert api_client.post(f"{A}/tin-bt/@workflow/publish", user="editor-178").status_code != 200
        assert api_client.post(f"{A}/tin-bt/@workflow/submit", user="editor-178").status_code == 200
        assert _state(items, f"{A}/tin-bt") == "pending"
        assert api_client.get(f"{A}/tin-bt").status_code == 401
        assert api_client.post(f"{A}/tin-bt/@workflow/publish", user="reviewer-178").status_code == 200
        assert api_client.get(f"{A}/tin-bt").status_code == 200
        history = api_client.get(f"{A}/tin-bt/@history", user="province-admin").json()
        actors = [(h["review_state"], h["actor"]["id"]) for h in history if h["type"] == "workflow"]
        assert ("pending", "editor-178") in actors and ("published", "reviewer-178") in actors


def browser_for(app, user):
    browser = Browser(app)
    browser.handleErrors = True
    browser.raiseHttpErrors = False
    if user == "admin":
        browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    elif user:
        token = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
        browser.addHeader("Authorization", f"Basic {token}")
    return browser


def _refused(browser):
    """Plone refuses by sending to the login form (anonymous) or 'insufficient privileges'."""
    return (
        browser.headers["status"].startswith(("401", "403"))
        or "require_login" in browser.url
        or "insufficient-privileges" in browser.url
        or "login" in browser.url
    )


class TestBrowserViews:
    @pytest.mark.parametrize("case", CASES, ids=_ids)
    def test_matrix(self, functional, items, case):
        from zExceptions import Unauthorized

        action, place, user = case
        allowed = user in ALLOWED[(action, place)]
        path = PLACES[place]
        base = items.absolute_url()
        browser = browser_for(functional["app"], user)

        def open_(url):
            try:
                browser.open(url)
            except Unauthorized:
                return False
            return not _refused(browser)

        if action in ("view", "view-draft"):
            item = "tin-cong-khai" if action == "view" else "ban-nhap"
            ok = open_(f"{base}/{path}/{item}")
            assert ok is allowed
            title = f"Tin công khai {place}" if action == "view" else f"Bản nháp {place}"
            assert (title in browser.contents) is allowed
        elif action == "add":
            ok = open_(f"{base}/{path}/++add++News%20Item")
            assert ok is allowed
            if ok:
                browser.getControl(name="form.widgets.IBasic.title").value = "Tin mới từ biểu mẫu"
                browser.getControl(name="form.buttons.save").click()
                transaction.begin()
                titles = [o.title for o in items.unrestrictedTraverse(path).objectValues()]
                assert "Tin mới từ biểu mẫu" in titles
        elif action == "edit":
            ok = open_(f"{base}/{path}/tin-cong-khai/@@edit")
            assert ok is allowed
            if ok:
                browser.getControl(name="form.widgets.IBasic.title").value = "Đã sửa qua biểu mẫu"
                browser.getControl(name="form.buttons.save").click()
                transaction.begin()
                assert items.unrestrictedTraverse(f"{path}/tin-cong-khai").title == "Đã sửa qua biểu mẫu"
        elif action == "publish":
            transition = PUBLISH[place]
            ok = open_(f"{base}/{path}/ban-nhap")
            links = [] if not ok else [
                link for link in browser.contents.split('"') if f"workflow_action={transition}" in link
            ]
            # The workflow menu offers the transition only to those who may take it.
            assert bool(links) is allowed
            if links:
                browser.open(links[0].replace("&amp;", "&"))
                assert _state(items, f"{path}/ban-nhap") != "private"
            else:
                assert _state(items, f"{path}/ban-nhap") == "private"
