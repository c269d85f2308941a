"""``@vocabularies`` at the site root, for unit editors too.

Volto always asks for a vocabulary at the site root (``/@vocabularies/<name>``),
whatever page is being edited. plone.app.content guards the tags vocabulary
(``plone.app.vocabularies.Keywords``) with "Modify portal content" on that
context, which a unit's editor does not hold on the root: the tags field of
their edit form would answer 403. Here the permission may also be held on the
unit site the editor belongs to; every other vocabulary keeps its guard.
"""

from mttq.langson.network.groups import UNIT_GROUPS
from plone import api
from plone.restapi.services.vocabularies.get import VocabulariesGet

import re


# Vocabularies whose guard an editor may satisfy on their own unit.
UNIT_EDITOR_VOCABULARIES = frozenset({"plone.app.vocabularies.Keywords"})
UNIT_GROUP = re.compile(
    r"^unit-(?P<code>[0-9]+)-(?:%s)$" % "|".join(
        suffix for suffix, (_label, roles) in UNIT_GROUPS.items() if "Editor" in roles
    )
)


def editable_unit_sites(user):
    """The unit sites where ``user`` is an editor through a unit group."""
    codes = []
    for group in user.getGroups() or ():
        match = UNIT_GROUP.match(group)
        if match:
            codes.append(match.group("code"))
    if not codes:
        return []
    brains = api.content.find(
        portal_type="UnitSite", unit_code=codes, sort_limit=len(codes)
    )[: len(codes)]
    return [brain.getObject() for brain in brains]


class RootVocabulariesGet(VocabulariesGet):
    def _has_permission_to_access_vocabulary(self, vocabulary_name):
        if super()._has_permission_to_access_vocabulary(vocabulary_name):
            return True
        if vocabulary_name not in UNIT_EDITOR_VOCABULARIES or api.user.is_anonymous():
            return False
        user = api.user.get_current()
        return any(
            api.user.has_permission("Modify portal content", user=user, obj=unit)
            for unit in editable_unit_sites(user)
        )
