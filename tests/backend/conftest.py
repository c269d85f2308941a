from mttq.langson.testing import MTTQ_2025_INTEGRATION_TESTING
from mttq.langson.testing import MTTQ_FUNCTIONAL_TESTING
from mttq.langson.testing import MTTQ_INTEGRATION_TESTING
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from pytest_plone import fixtures_factory

import pytest
import requests
import transaction


pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (MTTQ_INTEGRATION_TESTING, "integration"),
            (MTTQ_FUNCTIONAL_TESTING, "functional"),
            (MTTQ_2025_INTEGRATION_TESTING, "integration2025"),
        ),
        # Our two network layers both replace the "plone" site: they must
        # not be set up at the same time, so layers follow the tests' order.
        keep_session=False,
    )
)

TEST_PASSWORD = "mttq-test-2026"


@pytest.fixture
def portal2025(integration2025):
    return integration2025["portal"]


class Api:
    """A plone.restapi client for the functional layer's real HTTP server."""

    def __init__(self, portal):
        self.base = portal.absolute_url()

    def session(self, user=None):
        session = requests.Session()
        session.headers.update({"Accept": "application/json"})
        if user == "admin":
            session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
        elif user:
            session.auth = (user, TEST_PASSWORD)
        return session

    def url(self, path=""):
        return f"{self.base}/{path.lstrip('/')}" if path else self.base

    def get(self, path, user=None, **kw):
        return self.session(user).get(self.url(path), **kw)

    def post(self, path, user=None, **kw):
        return self.session(user).post(self.url(path), **kw)

    def patch(self, path, user=None, **kw):
        return self.session(user).patch(self.url(path), **kw)


@pytest.fixture
def api_client(functional):
    transaction.commit()
    return Api(functional["portal"])
