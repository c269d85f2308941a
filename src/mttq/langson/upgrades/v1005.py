"""1002 → 1005: courses (mttq.langson.courses).

Existing sites get the course types, their place in the intranet workflow
policy, the "View all course progress" permission, every unit's leaders
group and the /noi-bo/khoa-hoc folder.
"""

from mttq.langson import logger
from mttq.langson.courses.content import COURSE_TYPES
from mttq.langson.courses.setup import ensure_courses_folder
from mttq.langson.intranet.setup import POLICY_ID
from mttq.langson.network.groups import ensure_unit_groups
from mttq.langson.network.units import all_units
from plone import api


PROFILE = "profile-mttq.langson:default"


def courses(context):
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(PROFILE, "typeinfo", run_dependencies=False)
    setup.runImportStepFromProfile(PROFILE, "rolemap", run_dependencies=False)
    placeful = api.portal.get_tool("portal_placeful_workflow")
    policy = placeful.getWorkflowPolicyById(POLICY_ID)
    if policy is not None:
        for portal_type in COURSE_TYPES:
            policy.setChain(portal_type, ("(Default)",))
    site = api.portal.get()
    for unit in all_units(site):
        ensure_unit_groups(site, unit, unit.unit_code, unit.title)
    ensure_courses_folder(site)
    logger.info("Courses installed")
