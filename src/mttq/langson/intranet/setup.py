"""The intranet area, /noi-bo: only logged-in cadres ever read it."""

from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from mttq.langson.network.groups import INTRANET_ID
from plone import api
from Products.CMFPlacefulWorkflow.PlacefulWorkflowTool import WorkflowPolicyConfig_id


POLICY_ID = "mttq-intranet"
TITLE = "Nội bộ"


def _bind_policy(folder):
    """Put /noi-bo and everything below it under the intranet workflow."""
    if WorkflowPolicyConfig_id not in folder.objectIds():
        folder.manage_addProduct["CMFPlacefulWorkflow"].manage_addWorkflowPolicyConfig()
    config = folder[WorkflowPolicyConfig_id]
    config.setPolicyIn(POLICY_ID)
    config.setPolicyBelow(POLICY_ID)
    wftool = api.portal.get_tool("portal_workflow")
    catalog = api.portal.get_tool("portal_catalog")
    below = catalog.unrestrictedSearchResults(path="/".join(folder.getPhysicalPath()))
    for obj in [folder] + [brain._unrestrictedGetObject() for brain in below]:
        for wf in wftool.getWorkflowsFor(obj):
            wf.updateRoleMappingsFor(obj)
        obj.reindexObject()
        obj.reindexObjectSecurity()


def ensure_intranet(site):
    """Create /noi-bo if missing and let every unit group read it."""
    folder = site.get(INTRANET_ID)
    if folder is None:
        blocks, layout = page_blocks(
            title_block(),
            text_block("Khu vực nội bộ dành cho cán bộ Mặt trận các cấp: văn bản hướng dẫn, "
                       "tài liệu tập huấn và các khóa học kỹ năng số."),
        )
        folder = api.content.create(
            container=site,
            type="Document",
            id=INTRANET_ID,
            title=TITLE,
            description="Tài liệu nội bộ, tập huấn và khóa học dành cho cán bộ.",
            blocks=blocks,
            blocks_layout=layout,
            safe_id=False,
        )
    _bind_policy(folder)
    for group in api.group.get_groups():
        gid = group.getId()
        if gid.startswith("unit-"):
            folder.manage_setLocalRoles(gid, ["Reader"])
    # Its sections: guidance documents, training materials, intranet news.
    from mttq.langson.intranet.sections import EDITORS_GROUP
    from mttq.langson.intranet.sections import ensure_sections

    ensure_sections(site)
    folder.manage_setLocalRoles(EDITORS_GROUP, ["Reader"])
    folder.reindexObjectSecurity()
    return folder
