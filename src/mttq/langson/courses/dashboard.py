"""Completion dashboard data, and who may read which unit's records.

Scope: the province office (permission ``mttq.langson: View all course
progress``: Manager, Site Administrator, the mttq-site-administrators group —
or membership of the province's ``unit-<code>-leaders`` group) sees every
unit; a unit's leader (``unit-<code>-leaders``) sees that unit only; anybody
else sees only their own records (``@my-learning``).

Cost: per-unit counts come from the counters kept at write time and one pass
over the group memberships; records are read only for a drill-down.
"""

from mttq.langson import _
from mttq.langson.courses.content import COURSE
from mttq.langson.courses.learning import UNIT_CADRES
from mttq.langson.courses.storage import course_progress
from mttq.langson.courses.storage import get_store
from mttq.langson.network.groups import leads_province
from mttq.langson.network.units import UNIT_TYPE
from plone import api

import re


VIEW_ALL = "mttq.langson: View all course progress"
UNIT_LEADERS = re.compile(r"^unit-(.+)-leaders$")
MAX_COURSES = 200
STATUSES = ("not_started", "in_progress", "completed")
STATUS_LABELS = {
    "not_started": _("Not started"),
    "in_progress": _("In progress"),
    "completed": _("Completed"),
}


class Scope:
    def __init__(self, everything=False, units=()):
        self.everything = everything
        self.units = set(units)

    @property
    def none(self):
        return not self.everything and not self.units

    def allows(self, code):
        return self.everything or code in self.units


def province_code():
    return getattr(api.portal.get(), "unit_code", None)


def scope_of(user):
    """The current user's scope (``user`` is the logged-in user)."""
    groups = set(user.getGroups() or ())
    led = {m.group(1) for m in map(UNIT_LEADERS.match, groups) if m}
    portal = api.portal.get()
    if api.user.has_permission(VIEW_ALL, obj=portal) or leads_province(user):
        return Scope(everything=True)
    return Scope(units=led)


def units():
    """(code, title) of the province and every unit site, by code."""
    catalog = api.portal.get_tool("portal_catalog")
    portal = api.portal.get()
    out = [(province_code(), portal.title)]
    for brain in catalog.unrestrictedSearchResults(portal_type=UNIT_TYPE, sort_on="unit_code", sort_limit=1000)[:1000]:
        out.append((brain.unit_code, brain.Title))
    return out


def _principal_groups():
    """principal id -> group ids, straight from the ZODB group plugin (one pass)."""
    source = api.portal.get().acl_users.source_groups
    return source._principal_groups.items()


# (site path, membership version) -> {unit code: cadres}; see cadres_by_unit.
_SIZES = {}


def _count_cadres():
    sizes = {}
    for _principal, groups in _principal_groups():
        for gid in groups:
            if gid.endswith("-cadres"):
                match = UNIT_CADRES.match(gid)
                if match:
                    sizes[match.group(1)] = sizes.get(match.group(1), 0) + 1
    return sizes


def cadres_by_unit():
    """Cadres per unit: one pass over the memberships, cached until a
    membership changes (PAS events bump the store's ``memberships`` counter).

    The cache key is the counter's value and its last committed transaction,
    and nothing is cached while the counter has uncommitted changes, so an
    aborted transaction never leaves sizes behind.
    """
    counter = getattr(get_store(), "memberships", None)
    value = counter() if counter is not None else None  # loads a ghost first
    committed = counter is not None and counter._p_oid is not None and not counter._p_changed
    key = ("/".join(api.portal.get().getPhysicalPath()), value, counter._p_serial if committed else None)
    cached = _SIZES.get(key[0])
    if committed and cached is not None and cached[0] == key:
        return cached[1]
    sizes = _count_cadres()
    if committed:
        _SIZES[key[0]] = (key, sizes)
    return sizes


def mandatory_courses():
    """(brain, progress) of every course with enrolment rules, by title."""
    catalog = api.portal.get_tool("portal_catalog")
    store = get_store()
    brains = catalog.unrestrictedSearchResults(portal_type=COURSE, sort_on="sortable_title",
                                               sort_limit=MAX_COURSES)[:MAX_COURSES]
    out = []
    for brain in brains:
        progress = store.courses.get(brain.UID)
        if progress is not None and (progress.mandatory_units or progress.mandatory_groups):
            out.append((brain, progress))
    return out


def _targets(course, sizes, memberships):
    """unit code -> number of cadres the course is mandatory for."""
    targets = {code: sizes.get(code, 0) for code in course.mandatory_units or []}
    wanted = set(course.mandatory_groups or [])
    if wanted:
        # Cadres of other units enrolled through a group: one pass, only for such courses.
        for _principal, groups in memberships():
            if wanted & set(groups):
                for gid in groups:
                    match = UNIT_CADRES.match(gid)
                    if match and match.group(1) not in (course.mandatory_units or []):
                        targets[match.group(1)] = targets.get(match.group(1), 0) + 1
                        break
    return targets


def summary(scope, course_uid=None):
    sizes = cadres_by_unit()
    titles = dict(units())
    rows = []
    for brain, progress in mandatory_courses():
        if course_uid and brain.UID != course_uid:
            continue
        targets = _targets(progress, sizes, _principal_groups)
        unit_rows = []
        for code in sorted(targets, key=lambda c: (len(c), c)):
            if not scope.allows(code):
                continue
            counters = progress.units.get(code)
            started = counters.started() if counters is not None else 0
            completed = counters.completed() if counters is not None else 0
            total = targets[code]
            unit_rows.append({
                "unit": code,
                "title": titles.get(code, code),
                "total": total,
                "completed": completed,
                "in_progress": max(started - completed, 0),
                "not_started": max(total - started, 0),
                "share": round(100 * completed / total, 1) if total else 0.0,
            })
        total = sum(r["total"] for r in unit_rows)
        done = sum(r["completed"] for r in unit_rows)
        rows.append({
            "@id": brain.getURL(),
            "uid": brain.UID,
            "title": brain.Title,
            "target": 100,
            "total": total,
            "completed": done,
            "share": round(100 * done / total, 1) if total else 0.0,
            "units": unit_rows,
        })
    return rows


def unit_cadres(code):
    gid = f"unit-{code}-cadres"
    return sorted(p for p, groups in _principal_groups() if gid in groups)


def _fullnames():
    """userid -> full name from the property sheet plugin: one lookup per
    cadre instead of a PAS user enumeration each (10× faster on a large unit)."""
    plugin = getattr(api.portal.get().acl_users, "mutable_properties", None)
    storage = getattr(plugin, "_storage", None)
    if storage is None:
        def slow(userid):
            user = api.user.get(userid=userid)
            return user.getProperty("fullname", "") if user is not None else ""

        return slow
    return lambda userid: (storage.get(userid) or {}).get("fullname", "")


def drilldown(course, code):
    """Every cadre of a unit with their status in a course."""
    progress = course_progress(course.UID(), create=False)
    fullname = _fullnames()
    moves = getattr(get_store(), "moves", None)
    titles = None
    out = []
    for userid in unit_cadres(code):
        record = progress.get(userid) if progress is not None else None
        status = record.status if record is not None else "not_started"
        best = [q["best"] for q in record.quizzes.values()] if record is not None else []
        # A cadre who moved here: from where and when (their records came along).
        last = moves.get(userid) if moves is not None else None
        moved_from = None
        if last and last[-1]["to"] == code and last[-1]["from"]:
            titles = titles if titles is not None else dict(units())
            moved_from = {"unit": last[-1]["from"], "title": titles.get(last[-1]["from"], last[-1]["from"]),
                          "at": last[-1]["at"]}
        out.append({
            "userid": userid,
            "fullname": fullname(userid) or userid,
            "status": status,
            "lessons_done": len(record.lessons) if record is not None else 0,
            "quiz_best": round(sum(best) / len(best)) if best else None,
            "completed": record.completed if record is not None else None,
            "certificate": record.certificate if record is not None else None,
            "moved_from": moved_from,
        })
    return out
