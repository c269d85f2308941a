"""Proposals of unit news to the province home.

A unit editor proposes one of the unit's published news items; a province
editor accepts or declines it. Records live in an annotation of the site
root (a BTree keyed by the item's UID), so nothing of a proposal shows on
the item itself or in the catalog: anonymous visitors can neither read nor
query pending proposals. Only the outcome is indexed: ``province_home`` is
true for the province's own news and for accepted items, and the province
home's listing queries it.
"""

from BTrees.OOBTree import OOBTree
from DateTime import DateTime
from mttq.langson import _
from mttq.langson.network.groups import INTRANET_ID
from mttq.langson.network.units import nearest_unit
from mttq.langson.rest import InputError
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations


KEY = "mttq.langson.news.proposals"
PENDING, ACCEPTED, DECLINED = "pending", "accepted", "declined"
STATES = (PENDING, ACCEPTED, DECLINED)
DECISIONS = {"accept": ACCEPTED, "decline": DECLINED}
PROPOSE_PERMISSION = "mttq.langson: Propose news to the province"
DECIDE_PERMISSION = "mttq.langson: Decide news proposals"


class ProposalError(InputError):
    pass


def _storage(create=False):
    annotations = IAnnotations(api.portal.get())
    if KEY not in annotations and create:
        annotations[KEY] = OOBTree()
    return annotations.get(KEY)


def get_proposal(obj):
    storage = _storage()
    return None if storage is None else storage.get(obj.UID())


def proposal_state(obj):
    record = get_proposal(obj)
    return record["state"] if record else None


def is_province_item(obj):
    """The province's own public news: held by the root, outside the intranet."""
    site = api.portal.get()
    unit = nearest_unit(obj)
    if unit is None or unit.unit_code != getattr(site, "unit_code", None):
        return False
    intranet = site.get(INTRANET_ID)
    if intranet is None:
        return True
    path = "/".join(obj.getPhysicalPath()) + "/"
    return not path.startswith("/".join(intranet.getPhysicalPath()) + "/")


def _now():
    return DateTime().ISO8601()


def propose(obj, note=""):
    """Record a pending proposal of ``obj`` (checks done by the caller's permission)."""
    if is_province_item(obj):
        raise ProposalError(_("This news item is already the province's own."))
    if api.content.get_state(obj, default=None) != "published":
        raise ProposalError(_("Only a published news item can be proposed to the province."))
    state = proposal_state(obj)
    if state == PENDING:
        raise ProposalError(_("This news item is already waiting for the province's decision."))
    if state == ACCEPTED:
        raise ProposalError(_("This news item is already on the province home."))
    unit = nearest_unit(obj)
    record = PersistentMapping(
        state=PENDING,
        uid=obj.UID(),
        unit_code=unit.unit_code if unit is not None else None,
        proposed_by=api.user.get_current().getId(),
        proposed_at=_now(),
        note=str(note or "")[:500],
        decided_by=None,
        decided_at=None,
        comment="",
    )
    _storage(create=True)[obj.UID()] = record
    obj.reindexObject(idxs=["province_home"])
    return record


def decide(obj, decision, comment=""):
    if decision not in DECISIONS:
        raise ProposalError(_("The decision must be \"accept\" or \"decline\"."), "decision")
    record = get_proposal(obj)
    if record is None or record["state"] != PENDING:
        raise ProposalError(_("This news item has no proposal waiting for a decision."))
    record["state"] = DECISIONS[decision]
    record["decided_by"] = api.user.get_current().getId()
    record["decided_at"] = _now()
    record["comment"] = str(comment or "")[:500]
    obj.reindexObject(idxs=["province_home"])
    return record


def forget(obj):
    storage = _storage()
    if storage is not None and obj.UID() in storage:
        del storage[obj.UID()]


def proposals(state=None):
    """Records, newest proposal first (optionally of one state)."""
    storage = _storage()
    if storage is None:
        return []
    records = [r for r in storage.values() if state is None or r["state"] == state]
    return sorted(records, key=lambda r: r["proposed_at"], reverse=True)


def on_province_home(obj):
    return is_province_item(obj) or proposal_state(obj) == ACCEPTED
