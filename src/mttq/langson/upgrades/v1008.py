"""1007 → 1008: periodic reports (mttq.langson.reports).

Existing sites get the ReportPeriod type (intranet workflow everywhere, in
the intranet policy too), the "View all periodic reports" permission and
/noi-bo/bao-cao with a first report form.
"""

from mttq.langson import logger
from mttq.langson.intranet.setup import POLICY_ID
from mttq.langson.reports.content import PORTAL_TYPE
from mttq.langson.reports.setup import ensure_reports_folder
from plone import api


PROFILE = "profile-mttq.langson:default"


def periodic_reports(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("typeinfo", "workflow", "rolemap"):
        setup.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    policy = api.portal.get_tool("portal_placeful_workflow").getWorkflowPolicyById(POLICY_ID)
    if policy is not None:
        policy.setChain(PORTAL_TYPE, ("(Default)",))
    ensure_reports_folder(api.portal.get())
    logger.info("Periodic reports installed")
