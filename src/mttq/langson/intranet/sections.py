"""The intranet's sections: internal guidance documents, the training
materials library and intranet news, each with its own add menu.

Who edits them: the province office (Site Administrators, and the province's
editors who hold Editor/Contributor on the root) and whoever it delegates:
members of the group ``intranet-editors`` (managed in Volto's Groups
control panel) or any user or group given "Can add"/"Can edit" on a section
through Volto's sharing page.
"""

from mttq.langson import logger
from mttq.langson.network.blocks import listing_block
from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from mttq.langson.network.groups import INTRANET_ID
from plone import api
from Products.CMFPlone.interfaces.constrains import ENABLED
from Products.CMFPlone.interfaces.constrains import ISelectableConstrainTypes


GUIDANCE_ID = "van-ban-noi-bo"
LIBRARY_ID = "tai-lieu-tap-huan"
NEWS_ID = "tin-noi-bo"

EDITORS_GROUP = "intranet-editors"
EDITORS_TITLE = "Biên tập viên nội bộ"
# Local roles of the delegated editors on each section: add, edit, and
# retract or re-publish inside the intranet (its workflow's reviewer
# permission), nowhere else.
EDITOR_ROLES = ("Contributor", "Editor", "Reviewer", "Reader")

# Plone lets only Managers, Site Administrators and owners delegate "Can
# add"; on these sections the province's editors (Editor on the root) may
# delegate it too, so that the province office hands a section to a unit's
# editors from the sharing page without an administrator.
DELEGATE_CONTRIBUTOR = "Sharing page: Delegate Contributor role"
DELEGATE_CONTRIBUTOR_ROLES = ("Manager", "Site Administrator", "Owner", "Editor")

LIBRARY_BLOCK = "mttqMaterials"

# What each section's add menu offers.
SECTION_TYPES = {
    GUIDANCE_ID: ("GuidanceDocument",),
    LIBRARY_ID: ("File", "Link", "Document", "Image"),
    NEWS_ID: ("News Item", "Image", "File", "Link"),
}


def _guidance_blocks():
    return page_blocks(
        title_block(),
        text_block("Văn bản hướng dẫn nghiệp vụ dành riêng cho cán bộ Mặt trận, không công khai."),
        listing_block(["GuidanceDocument"], path=".", b_size=20, sort_on="issue_date", variation="default"),
    )


def _library_blocks():
    return page_blocks(
        title_block(),
        text_block("Tài liệu, bài giảng, video và đường dẫn phục vụ tập huấn cán bộ. "
                   "Lọc theo loại tài liệu, theo từ khóa hoặc tìm theo tên."),
        # volto-mttq's block: search, tags and kinds as filters, paging,
        # backed by the @materials service of this folder.
        {"@type": LIBRARY_BLOCK},
    )


def _news_blocks():
    return page_blocks(
        title_block(),
        listing_block(["News Item"], path=".", b_size=12, variation="mttqNews"),
    )


def section_specs():
    """(id, title, description, (blocks, layout)) of each section, in menu order."""
    return [
        (GUIDANCE_ID, "Văn bản hướng dẫn nội bộ", "Văn bản hướng dẫn nghiệp vụ nội bộ.", _guidance_blocks()),
        (LIBRARY_ID, "Tài liệu tập huấn", "Tài liệu, bài giảng, video phục vụ tập huấn cán bộ.",
         _library_blocks()),
        (NEWS_ID, "Tin nội bộ", "Tin tức, thông báo dành cho cán bộ.", _news_blocks()),
    ]


def constrain(page, types):
    constraints = ISelectableConstrainTypes(page)
    # The site's configuration, whoever runs it (setup, upgrade step).
    with api.env.adopt_roles(["Manager"]):
        constraints.setConstrainTypesMode(ENABLED)
        constraints.setLocallyAllowedTypes(types)
        constraints.setImmediatelyAddableTypes(types)


def ensure_editors_group():
    if api.group.get(groupname=EDITORS_GROUP) is None:
        api.group.create(groupname=EDITORS_GROUP, title=EDITORS_TITLE,
                         description="Cán bộ được Văn phòng tỉnh giao cập nhật văn bản, "
                                     "tài liệu tập huấn và tin nội bộ.")
    return api.group.get(groupname=EDITORS_GROUP)


def prepare_section(page):
    constrain(page, SECTION_TYPES[page.getId()])
    page.manage_setLocalRoles(EDITORS_GROUP, list(EDITOR_ROLES))
    page.manage_permission(DELEGATE_CONTRIBUTOR, list(DELEGATE_CONTRIBUTOR_ROLES), acquire=False)
    page.reindexObjectSecurity()


def ensure_sections(site):
    """Create the intranet's missing sections; (re)apply their add menus
    and editors. Returns the sections created."""
    intranet = site.get(INTRANET_ID)
    if intranet is None:
        return []
    ensure_editors_group()
    created = []
    for position, (sid, title, description, (blocks, layout)) in enumerate(section_specs()):
        page = intranet.get(sid)
        if page is not None and page.portal_type != "Document":
            # Content of an existing site already holds the id: left alone.
            logger.warning("/%s/%s is a %s, not made a section", INTRANET_ID, sid, page.portal_type)
            continue
        if page is None:
            with api.env.adopt_roles(["Manager"]):
                page = api.content.create(container=intranet, type="Document", id=sid, title=title,
                                          description=description, blocks=blocks, blocks_layout=layout,
                                          safe_id=False)
            # The sections come first in the intranet's menu (before Khóa học).
            intranet.moveObjectToPosition(sid, position)
            created.append(page)
        prepare_section(page)
    return created

