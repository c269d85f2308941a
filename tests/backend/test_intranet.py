"""The intranet (/noi-bo): no door lets an anonymous visitor in.

Each door is checked for a cadre too, so a door that is simply broken
(and so refuses everybody) fails the test instead of passing it; the
door tests themselves are in doors_helpers.py.
"""

from doors_helpers import door_tests
from doors_helpers import enable_syndication
from doors_helpers import fetch
from doors_helpers import site_doors
from io import BytesIO
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage

import PIL.Image
import pytest
import transaction


SECRET = "Huongdanmat"  # a word that appears only in intranet content


def _png():
    out = BytesIO()
    PIL.Image.new("RGB", (40, 30), "blue").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def intranet(functional):
    portal = functional["portal"]
    with api.env.adopt_user(SITE_OWNER_NAME):
        folder = portal["noi-bo"]
        api.content.create(folder, "Document", id="huong-dan", title=f"{SECRET} số 1",
                           description=f"Tài liệu {SECRET} dành cho cán bộ")
        api.content.create(folder, "News Item", id="tin-cho-can-bo", title=f"Tin {SECRET}")
        api.content.create(folder, "File", id="tai-lieu.pdf", title=f"Tệp {SECRET}",
                           file=NamedBlobFile(b"%PDF-1.4 " + SECRET.encode(), filename="tai-lieu.pdf",
                                              contentType="application/pdf"))
        api.content.create(folder, "Image", id="anh.png", title=f"Ảnh {SECRET}",
                           image=NamedBlobImage(_png(), filename="anh.png", contentType="image/png"))
        enable_syndication()
    transaction.commit()
    return portal


DOORS = [
    ("page", "noi-bo/huong-dan"),
    ("folder page", "noi-bo"),
    ("REST content", "++api++/noi-bo/huong-dan"),
    ("REST listing", "++api++/noi-bo"),
    ("REST search in path", "++api++/@search?path.query=/plone/noi-bo&path.depth=1"),
    ("folder contents", "noi-bo/@@folder_contents"),
    ("RSS of the intranet", "noi-bo/RSS"),
    ("file download", "noi-bo/tai-lieu.pdf/@@download/file"),
    ("file display", "noi-bo/tai-lieu.pdf/@@display-file/file"),
    ("file direct", "noi-bo/tai-lieu.pdf"),
    ("image", "noi-bo/anh.png/@@images/image"),
    ("image scale", "noi-bo/anh.png/@@images/image/thumb"),
    ("image direct", "noi-bo/anh.png"),
    ("REST file", "++api++/noi-bo/tai-lieu.pdf"),
] + site_doors(SECRET)

# What only the intranet items carry: their titles and their description
# (the bare search word may be echoed back by a search page, which leaks nothing).
MARKERS = [f"{SECRET} số 1", f"Tin {SECRET}", f"Tệp {SECRET}", f"Ảnh {SECRET}", f"Tài liệu {SECRET}"]

CADRE_DOORS = {
    "page": "noi-bo/huong-dan",
    "REST content": "++api++/noi-bo/huong-dan",
    "REST search": f"++api++/@search?SearchableText={SECRET}",
    "file download": "noi-bo/tai-lieu.pdf/@@download/file",
    "image scale": "noi-bo/anh.png/@@images/image/thumb",
}


class TestIntranetDoors(door_tests("intranet", DOORS, CADRE_DOORS, MARKERS)):
    def test_everything_in_it_follows_the_intranet_workflow(self, intranet):
        wftool = api.portal.get_tool("portal_workflow")
        for obj in [intranet["noi-bo"]] + list(intranet["noi-bo"].contentValues()):
            chain = wftool.getChainFor(obj)
            assert chain == ("mttq_intranet_workflow",), (obj.getId(), chain)
            assert api.content.get_state(obj) == "internal"
            assert "Anonymous" not in obj.rolesOfPermission("View") or not [
                r for r in obj.rolesOfPermission("View") if r["name"] == "Anonymous" and r["selected"]
            ]

    def test_anonymous_gets_the_login_page(self, api_client, intranet):
        response = fetch(api_client, "noi-bo/huong-dan")
        assert "login" in response.url
        assert SECRET not in response.text

    def test_new_content_in_the_intranet_is_never_public(self, intranet):
        """Even the draft → publish path ends in 'internal', never a public state."""
        wf = api.portal.get_tool("portal_workflow")["mttq_intranet_workflow"]
        for state in wf.states.objectValues():
            view_roles = state.permission_roles.get("View", ())
            assert "Anonymous" not in view_roles and "Authenticated" not in view_roles, state.id
