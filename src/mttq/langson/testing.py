"""Test layers: a site made by the product's own distribution, as `make start` makes it.

plone.app.testing's integration and functional layers look the portal up as
``app["plone"]``; our layer replaces PLONE_FIXTURE's bare site with one
created through the ``mttq`` distribution under that id.
"""

from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PLONE_SITE_ID
from plone import api
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from plone.app.testing import TEST_USER_ROLES
from plone.testing.zope import WSGI_SERVER_FIXTURE

import os


# Compile the committed .po catalogues, as the instance does.
os.environ.setdefault("zope_i18n_compile_mo_files", "true")
os.environ.setdefault("zope_i18n_allowed_languages", "vi en")


class MttqNetworkLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def __init__(self, network="2021", demo=False, test_users=True, **kwargs):
        self.network = network
        self.demo = demo
        self.test_users = test_users
        super().__init__(**kwargs)

    def setUpZope(self, app, configurationContext):
        import mttq.langson

        self.loadZCML(package=mttq.langson)

    def setUpPloneSite(self, portal):
        from mttq.langson.network.site import DISTRIBUTION
        from plone.distribution.api import site as site_api

        app = portal.aq_parent
        login(app, SITE_OWNER_NAME)
        # Removing a site with content needs a user (CMFEditions checks).
        app.manage_delObjects([PLONE_SITE_ID])
        answers = {
            "site_id": PLONE_SITE_ID,
            "title": "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
            "network": self.network,
            "default_language": "vi",
            "portal_timezone": "Asia/Ho_Chi_Minh",
            "setup_content": self.demo,
        }
        # Not site_api.create(): that commits inside; the layer's own
        # DemoStorage takes this site and drops it at tear-down.
        with api.env.adopt_user(SITE_OWNER_NAME):
            site = site_api._create_site(app, DISTRIBUTION, answers)
            if self.test_users:
                from mttq.langson.network.testusers import create_test_users

                create_test_users()
        logout()
        pas = site.acl_users
        pas.source_users.addUser(TEST_USER_ID, TEST_USER_NAME, TEST_USER_PASSWORD)
        for role in TEST_USER_ROLES:
            pas.portal_role_manager.doAssignRoleToPrincipal(TEST_USER_ID, role)


MTTQ_FIXTURE = MttqNetworkLayer(name="MttqNetwork2021")
MTTQ_INTEGRATION_TESTING = IntegrationTesting(bases=(MTTQ_FIXTURE,), name="MttqNetwork2021:Integration")
MTTQ_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(MTTQ_FIXTURE, WSGI_SERVER_FIXTURE), name="MttqNetwork2021:Functional"
)

MTTQ_2025_FIXTURE = MttqNetworkLayer(network="2025", test_users=False, name="MttqNetwork2025")
MTTQ_2025_INTEGRATION_TESTING = IntegrationTesting(bases=(MTTQ_2025_FIXTURE,), name="MttqNetwork2025:Integration")
