"""1006 → 1007: work calendar and photo library; each section its own types.

Existing sites get the Album type, the "Lịch công tác" and "Thư viện ảnh"
sections in every unit (placed after "Văn bản" in the menu), and the section
restrictions new sites are created with (news in Tin tức, guidance documents
in Văn bản, events in Lịch công tác, albums in Thư viện ảnh...).
"""

from mttq.langson import logger
from mttq.langson.network.sections import constrain_sections
from mttq.langson.network.sections import create_sections
from plone import api


PROFILE = "profile-mttq.langson:default"


def calendar_gallery_and_section_types(context):
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(PROFILE, "typeinfo", run_dependencies=False)
    portal = api.portal.get()
    sites = [portal] + [brain.getObject() for brain in api.content.find(portal_type="UnitSite")]
    added = restricted = 0
    with api.env.adopt_roles(["Manager"]):
        for site in sites:
            added += len(create_sections(site, site.Title()))
            restricted += len(constrain_sections(site))
    logger.info("%d sections added, %d restricted, in %d sites", added, restricted, len(sites))
