"""Who reports for which unit, and who follows every unit's reports."""

from mttq.langson.network.groups import leads_province
from plone import api

import re


# A unit's own people report for it: its editors, reviewers, leaders, cadres.
GROUP_RE = re.compile(r"^unit-(?P<code>[0-9]{2,5})-(?:editors|reviewers|leaders|cadres)$")
# Manager, Site Administrator (mttq-site-administrators) and the province's
# editors (unit-20-editors: Editor on the root) hold it on the site root.
VIEW_ALL = "mttq.langson: View all periodic reports"


def current_userid():
    user = api.user.get_current()
    return None if api.user.is_anonymous() else user.getId()


def user_units(user=None):
    """Codes of the units whose groups the user belongs to."""
    user = user or api.user.get_current()
    if api.user.is_anonymous():
        return set()
    codes = set()
    for group in api.group.get_groups(user=user):
        match = GROUP_RE.match(group.getId())
        if match:
            codes.add(match.group("code"))
    return codes


def is_province_office(user=None):
    """Who follows every unit's reports: holders of VIEW_ALL, and the
    province's own leaders (as on the course dashboard), who read but do
    not edit."""
    if api.user.is_anonymous():
        return False
    portal = api.portal.get()
    if api.user.has_permission(VIEW_ALL, user=user, obj=portal):
        return True
    return leads_province(user or api.user.get_current())
