"""Per-unit groups and their local roles.

A unit's groups hold local roles on that unit's site only; the province's
groups hold them on the root, so they act across the whole network. Every
unit group reads the intranet.
"""

from plone import api


INTRANET_ID = "noi-bo"

# group suffix -> (Vietnamese title prefix, local roles on the unit site)
UNIT_GROUPS = {
    "editors": ("Biên tập viên", ("Contributor", "Editor", "Reader")),
    "reviewers": ("Người duyệt tin", ("Reviewer", "Reader")),
    "cadres": ("Cán bộ", ()),
    # Courses (mttq.langson.courses): a leader follows the unit's learning records.
    "leaders": ("Lãnh đạo", ()),
}


# The province office's administrators: Site Administrator across the network.
ADMIN_GROUP = "mttq-site-administrators"


def ensure_admin_group():
    if api.group.get(groupname=ADMIN_GROUP) is None:
        api.group.create(groupname=ADMIN_GROUP, title="Quản trị cổng thông tin", roles=["Site Administrator"])


def group_id(code, suffix):
    return f"unit-{code}-{suffix}"


def leads_province(user):
    """A member of the province's own leaders group: follows every unit's
    learning records and periodic reports, edits none of them."""
    province = getattr(api.portal.get(), "unit_code", None)
    return bool(province) and group_id(province, "leaders") in set(user.getGroups() or ())


def ensure_unit_groups(site, unit, code, title):
    """Create the unit's groups (if missing) and grant their local roles."""
    intranet = site.get(INTRANET_ID)
    for suffix, (label, roles) in UNIT_GROUPS.items():
        gid = group_id(code, suffix)
        if api.group.get(groupname=gid) is None:
            api.group.create(groupname=gid, title=f"{label} – {title}")
        if roles:
            unit.manage_setLocalRoles(gid, list(roles))
        if intranet is not None:
            intranet.manage_setLocalRoles(gid, ["Reader"])
    unit.reindexObjectSecurity()
    if intranet is not None:
        intranet.reindexObjectSecurity()


def retitle_unit_groups(code, title):
    for suffix, (label, _roles) in UNIT_GROUPS.items():
        group = api.group.get(groupname=group_id(code, suffix))
        if group is not None:
            group.setGroupProperties({"title": f"{label} – {title}"})
