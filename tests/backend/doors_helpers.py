"""The intranet's doors, shared by the test_intranet*.py modules.

A module lists its doors (name, path) and gets its door tests from
``door_tests()``: every door is tried anonymously and must leak nothing;
the cadre doors are tried by cadres of two units and must let them in, so
a door that is simply broken (and refuses everybody) fails instead of passing.
"""

from plone import api
from urllib.parse import quote

import gzip
import json
import pytest


CADRES = ("cadre-178", "cadre-180")

# Whatever the intranet holds, in the querystring search door.
INTRANET_TYPES = ("Document", "News Item", "File", "Image", "Link", "GuidanceDocument")

# The first bytes of the intranet's PNG images, PDF files and zipped slide decks.
FILE_SIGNATURES = (b"\x89PNG", b"%PDF", b"PK\x03\x04")


def querystring_search(portal_types):
    values = "&".join(f"query.0.v.{i}={quote(t)}" for i, t in enumerate(portal_types))
    return ("++api++/@querystring-search?query.0.i=portal_type"
            f"&query.0.o=plone.app.querystring.operation.selection.any&{values}")


def site_doors(secret):
    """The doors of the whole site, open to anyone: searches, navigation,
    feeds and the sitemap. `secret` is a word only intranet content carries."""
    return [
        ("REST search", f"++api++/@search?SearchableText={secret}"),
        ("REST navigation", "++api++/@navigation?expand.navigation.depth=4"),
        ("REST querystring search", querystring_search(INTRANET_TYPES)),
        ("classic search", f"@@search?SearchableText={secret}"),
        ("RSS of the site", "RSS"),
        ("Atom of the site", "atom.xml"),
        ("sitemap", "sitemap.xml.gz"),
    ]


def enable_syndication():
    """Feeds on, so the feed doors are really tried (off, they only 404)."""
    prefix = "plone.base.interfaces.syndication.ISiteSyndicationSettings"
    api.portal.set_registry_record(f"{prefix}.allowed", True)
    api.portal.set_registry_record(f"{prefix}.default_enabled", True)


def fetch(api_client, path, user=None):
    """GET as a browser does (no JSON Accept header), following redirects."""
    session = api_client.session(user)
    session.headers.pop("Accept")
    return session.get(api_client.url(path), allow_redirects=True)


def leaks(response, markers):
    """True if the response shows intranet content: one of its files, or
    one of `markers` (titles, descriptions; not the bare search word, which
    a search page may echo back)."""
    if response.status_code != 200:
        return False
    body = response.content
    if response.headers.get("Content-Encoding") == "gzip" or body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    if body.startswith(FILE_SIGNATURES):
        return True
    text = body.decode("utf-8", "replace")
    if "json" in response.headers.get("Content-Type", ""):
        # Normalise escaped Vietnamese (\u1ea1...) so the markers match.
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return any(marker in text for marker in markers)


def door_tests(content, doors, cadre_doors, markers):
    """A base class with the two parametrised door tests.

    content: the name of the fixture that fills the intranet;
    doors: [(name, path)] tried anonymously;
    cadre_doors: {name: path} tried by cadres (the control).
    """

    # The control must try the very doors that stay closed to anonymous visitors.
    assert all(dict(doors).get(name) == path for name, path in cadre_doors.items()), "cadre door not in doors"

    class DoorTests:
        @pytest.mark.parametrize("door,path", doors, ids=[name for name, _path in doors])
        def test_anonymous_never_gets_in(self, api_client, request, door, path):
            request.getfixturevalue(content)
            response = fetch(api_client, path)
            assert not leaks(response, markers), f"{door}: {response.status_code} leaks intranet content"

        @pytest.mark.parametrize("door", sorted(cadre_doors))
        def test_cadres_get_in(self, api_client, request, door):
            request.getfixturevalue(content)
            for cadre in CADRES:
                response = fetch(api_client, cadre_doors[door], cadre)
                assert leaks(response, markers), f"{door}: {cadre} gets {response.status_code}"

    DoorTests.DOORS = doors
    DoorTests.CADRE_DOORS = cadre_doors
    return DoorTests
