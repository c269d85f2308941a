"""1006 → 1007: each section of a unit site offers only its own types.

Existing sites get the section restrictions new sites are created with
(news in Tin tức, guidance documents in Văn bản, pages and the contact
form in Giới thiệu / Liên hệ).
"""

from mttq.langson import logger
from mttq.langson.network.sections import constrain_sections
from plone import api


def section_types(context):
    portal = api.portal.get()
    sites = [portal] + [brain.getObject() for brain in api.content.find(portal_type="UnitSite")]
    count = sum(len(constrain_sections(site)) for site in sites)
    logger.info("Section types restricted in %d sections of %d sites", count, len(sites))
