"""1007 → 1009: the intranet's sections.

Existing sites get, in /noi-bo, "Văn bản hướng dẫn nội bộ" (guidance
documents), "Tài liệu tập huấn" (the training materials library, with its
search block) and "Tin nội bộ" (intranet news), each offering only its own
types, and the group ``intranet-editors`` that edits them.
"""

from mttq.langson import logger
from mttq.langson.intranet.sections import EDITORS_GROUP
from mttq.langson.intranet.sections import ensure_sections
from mttq.langson.network.groups import INTRANET_ID
from plone import api


def intranet_sections(context):
    portal = api.portal.get()
    intranet = portal.get(INTRANET_ID)
    if intranet is None:
        logger.warning("No /%s: no intranet sections made", INTRANET_ID)
        return
    created = ensure_sections(portal)
    intranet.manage_setLocalRoles(EDITORS_GROUP, ["Reader"])
    intranet.reindexObjectSecurity()
    logger.info("Intranet sections: %d created", len(created))
