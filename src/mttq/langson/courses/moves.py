"""Cadres who move to another unit.

A cadre's unit is their ``unit-<code>-cadres`` group. Learning records belong
to the person (one record per user id in each course), so a move loses
nothing: each record is re-homed to the new unit, the per-unit counters follow
it (the dashboard counts the cadre in their current unit at once, the old unit
no longer counts them), certificates keep the unit they were issued in, and
the move is written to the cadre's history (from, to, when, by whom).

This runs on the group change itself (PAS events), so every door keeps the
dashboard right: ``@cadres-move``, a re-import with a new unit code, or
Plone's Users and Groups control panel.
"""

from BTrees.OOBTree import OOBTree
from mttq.langson import _
from mttq.langson.courses.learning import UNIT_CADRES
from mttq.langson.courses.learning import unit_of
from mttq.langson.courses.storage import get_store
from mttq.langson.network.units import CLOSED
from mttq.langson.network.units import find_unit
from mttq.langson.network.units import unit_state
from plone import api
from plone.api.exc import CannotGetPortalError
from persistent.list import PersistentList
from Products.PluggableAuthService.interfaces.events import IPrincipalAddedToGroupEvent

import time


class MoveError(ValueError):
    """A refused move; ``message`` is an i18n message."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def principal_groups(userid):
    """The user's groups straight from the ZODB group plugin (no PAS cache)."""
    source = api.portal.get().acl_users.source_groups
    return set(source._principal_groups.get(userid, ()))


def cadre_units(groups):
    return sorted(m.group(1) for m in map(UNIT_CADRES.match, groups) if m)


def rehome(userid, unit):
    """Every learning record of the user now belongs to ``unit`` (None: no
    unit); the per-unit counters follow. Returns the number of records moved."""
    moved = 0
    for progress in get_store().courses.values():
        record = progress.records.get(userid)
        if record is None or record.unit == unit:
            continue
        source, target = record.unit or "", unit or ""
        if record.started is not None:
            progress.counters(source).started.change(-1)
            progress.counters(target).started.change(1)
        if record.completed is not None:
            progress.counters(source).completed.change(-1)
            progress.counters(target).completed.change(1)
        record.unit = unit
        moved += 1
    return moved


def history(userid):
    """The user's unit changes, oldest first: [{"from", "to", "at", "by"}]."""
    moves = getattr(get_store(), "moves", None)
    return [dict(entry) for entry in (moves.get(userid, ()) if moves is not None else ())]


def _log(userid, old, new):
    store = get_store()
    moves = getattr(store, "moves", None)
    if moves is None:
        moves = store.moves = OOBTree()  # sites made before moves were kept
    entries = moves.get(userid)
    if entries is None:
        entries = moves[userid] = PersistentList()
    current = api.user.get_current()
    entries.append({"from": old, "to": new, "at": time.time(),
                    "by": current.getId() if current is not None else None})


def cadre_group_changed(event):
    """A principal joined or left a unit's cadres group: if that changes their
    unit, their records follow and the move is kept in their history."""
    group_id = getattr(event, "group_id", "") or ""
    if not UNIT_CADRES.match(group_id):
        return
    try:
        api.portal.get()
    except CannotGetPortalError:
        return
    userid = event.principal if isinstance(event.principal, str) else event.principal.getId()
    groups = principal_groups(userid)
    if IPrincipalAddedToGroupEvent.providedBy(event):
        before = groups - {group_id}
    else:
        before = groups | {group_id}
    old, new = unit_of(before), unit_of(groups)
    if old == new:
        return
    rehome(userid, new)
    if old is not None:  # a first unit is joining, not moving
        _log(userid, old, new)


def check_target(code):
    unit = find_unit(code) if code else None
    if unit is None:
        raise MoveError(_("There is no unit with code \"${code}\".", mapping={"code": code or ""}))
    if unit_state(unit) == CLOSED:
        raise MoveError(_("The unit ${code} is closed: cadres cannot move to it.", mapping={"code": code}))
    return unit


def move_cadre(userid, code):
    """Move a cadre to unit ``code``: they join its cadres group, then leave
    their other units' (in this order, so their unit never passes through
    "none"). Returns (old unit, new unit)."""
    check_target(code)
    groups = principal_groups(userid)
    old = unit_of(groups)
    current = cadre_units(groups)
    if current == [code]:
        raise MoveError(_("${userid} is already a cadre of unit ${code}.", mapping={"userid": userid, "code": code}))
    if code not in current:
        api.group.add_user(groupname=f"unit-{code}-cadres", username=userid)
    for other in current:
        if other != code:
            api.group.remove_user(groupname=f"unit-{other}-cadres", username=userid)
    return old, code
