from mttq.langson.intranet.setup import ensure_intranet
from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["mttq.langson:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_install(context):
    """Every site with the product has its intranet area."""
    ensure_intranet(api.portal.get())
