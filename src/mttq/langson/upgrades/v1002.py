"""1001 → 1002: guidance documents (mttq.langson.documents).

Existing sites get the `GuidanceDocument` type, the registry's catalog
indexes and the type's place in the intranet workflow policy (without it a
document inside /noi-bo would follow the public workflow).
"""

from mttq.langson import logger
from mttq.langson.documents.content import PORTAL_TYPE
from mttq.langson.documents.indexers import INDEXES
from mttq.langson.intranet.setup import POLICY_ID
from plone import api


PROFILE = "profile-mttq.langson:default"


def guidance_documents(context):
    setup = api.portal.get_tool("portal_setup")
    catalog = api.portal.get_tool("portal_catalog")
    before = set(catalog.indexes())
    setup.runImportStepFromProfile(PROFILE, "typeinfo", run_dependencies=False)
    setup.runImportStepFromProfile(PROFILE, "catalog", run_dependencies=False)
    new = [name for name in INDEXES if name not in before]
    if new:
        catalog.manage_reindexIndex(ids=new)
    placeful = api.portal.get_tool("portal_placeful_workflow")
    policy = placeful.getWorkflowPolicyById(POLICY_ID)
    if policy is not None:
        policy.setChain(PORTAL_TYPE, ("(Default)",))
    logger.info("Guidance documents installed; new catalog indexes: %s", ", ".join(new) or "none")
