"""Submissions of a report period: stored in the period's annotations.

One record per unit code (an OOBTree, so two units reporting at the same
moment do not conflict). A revision replaces the values and keeps every
submission's author and time in ``history``.
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import time
from decimal import Decimal
from mttq.langson import _
from mttq.langson.forms.schema import build_form
from mttq.langson.forms.schema import field_kind
from mttq.langson.forms.submit import SubmissionRefused
from mttq.langson.forms.submit import extract
from mttq.langson.forms.submit import form_fields
from mttq.langson.network.units import ACTIVE
from mttq.langson.network.units import CLOSED
from mttq.langson.network.units import find_unit
from mttq.langson.network.units import unit_sites
from mttq.langson.network.units import unit_state
from mttq.langson.reports.access import current_userid
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from plone.namedfile.interfaces import INamedFile
from plone.restapi.serializer.converters import json_compatible
from zope.annotation.interfaces import IAnnotations
from zoneinfo import ZoneInfo


KEY = "mttq.langson.reports.submissions"
TZ = ZoneInfo("Asia/Ho_Chi_Minh")

SUBMITTED = "submitted"
LATE = "late"
MISSING = "missing"
NOT_REQUIRED = "not_required"
STATE_LABELS = {
    SUBMITTED: _("Submitted"),
    LATE: _("Submitted late"),
    MISSING: _("Not submitted"),
    NOT_REQUIRED: _("Not required"),
}
NUMERIC = ("integer", "number")


class ReportError(Exception):
    """A refused submission or request: ``message`` for people, nothing stored."""

    def __init__(self, message, status=400, errors=None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.errors = errors or {}


def now():
    return datetime.now(TZ)


def deadline(period):
    """The end of the due day, Vietnam time: revisions are accepted until then."""
    return datetime.combine(period.due_date, time(23, 59, 59), tzinfo=TZ)


def is_overdue(period, when=None):
    return (when or now()) > deadline(period)


def required_codes(period):
    """Codes of the units that must report: the chosen ones, or every active unit."""
    if period.units:
        return list(dict.fromkeys(period.units))
    return [u.unit_code for u in unit_sites() if unit_state(u) == ACTIVE]


def listed_codes(period, records):
    """Units shown for a period: those that must report, and any that did
    (a unit closed since keeps its report in the tables and the sums)."""
    codes = required_codes(period)
    return codes + [code for code in sorted(records) if code not in codes]


def report_form(period):
    """The period's EasyForm (whoever asks: the form's definition is not secret)."""
    if not period.report_form:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=period.report_form)
    return brains[0]._unrestrictedGetObject() if brains else None


def _store(period, create=False):
    annotations = IAnnotations(period)
    store = annotations.get(KEY)
    if store is None and create:
        store = annotations[KEY] = OOBTree()
    return store


def get_submission(period, code):
    store = _store(period)
    return store.get(code) if store is not None else None


def all_submissions(period):
    store = _store(period)
    return dict(store.items()) if store is not None else {}


def state_of(record):
    if record is None:
        return MISSING
    return LATE if record.get("late") else SUBMITTED


def fields_of(form, request):
    """(name, title, kind) of the form's fields that take a value."""
    easyform = build_form(form, request)
    out = []
    for name, field in form_fields(easyform):
        kind = field_kind(field)
        if kind not in ("label", "richlabel"):
            out.append((name, field.title, kind))
    return out


def submit_report(period, code, payload, request):
    """Validate with easyform's validators and store the unit's report (or raise ReportError)."""
    if not getattr(period, "accepting", True):
        raise ReportError(_("This report period is closed: it takes no more submissions."))
    unit = find_unit(code)
    if unit is None or code not in required_codes(period):
        raise ReportError(_("Unit ${code} does not report in this period.", mapping={"code": code}))
    if unit_state(unit) == CLOSED:
        raise ReportError(_("This unit is closed and no longer takes submissions."))
    form = report_form(period)
    if form is None:
        raise ReportError(_("The form of this report period no longer exists."))
    when = now()
    late = is_overdue(period, when)
    previous = get_submission(period, code)
    if previous is not None and late:
        raise ReportError(_("The due date has passed: the report can no longer be revised."))
    # A revision that sends no file keeps the unit's file sent before.
    kept = {name: value for name, value in previous["data"].items()
            if INamedFile.providedBy(value)} if previous is not None else {}
    try:
        data = extract(build_form(form, request), payload, kept=kept)
    except SubmissionRefused as refused:
        raise ReportError(refused.message or _("Please correct the marked fields."), errors=refused.errors)
    user = api.user.get_current()
    entry = PersistentMapping({
        "by": current_userid(),
        "name": user.getProperty("fullname", "") or current_userid(),
        "at": when.isoformat(timespec="seconds"),
        "late": late,
    })
    history = PersistentList(previous["history"]) if previous is not None else PersistentList()
    history.append(entry)
    record = PersistentMapping({
        "data": PersistentMapping({k: v for k, v in data.items() if v is not None}),
        "submitted_by": entry["by"],
        "submitted_by_name": entry["name"],
        "submitted_at": entry["at"],
        "first_submitted_at": previous["first_submitted_at"] if previous is not None else entry["at"],
        "late": late,
        "history": history,
    })
    _store(period, create=True)[code] = record
    return record


def json_value(value):
    if INamedFile.providedBy(value):
        return {"filename": value.filename, "size": value.getSize(), "content-type": value.contentType}
    if isinstance(value, Decimal):
        return float(value)
    return json_compatible(value)


def text_value(value):
    """A JSON value of a report (``json_value``) as one table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dict) and "filename" in value:
        return value["filename"] or ""
    return value


def serialize_record(record):
    if record is None:
        return None
    return {
        "state": state_of(record),
        "submitted_at": record["submitted_at"],
        "submitted_by": record["submitted_by"],
        "submitted_by_name": record["submitted_by_name"],
        "first_submitted_at": record["first_submitted_at"],
        "history": [dict(h) for h in record["history"]],
        "data": {k: json_value(v) for k, v in record["data"].items()},
    }


def sums(fields, records):
    """Numeric fields summed across the units that reported."""
    out = []
    for name, title, kind in fields:
        if kind not in NUMERIC:
            continue
        values = [r["data"].get(name) for r in records]
        values = [float(v) if isinstance(v, Decimal) else v for v in values if v is not None]
        total = sum(values) if values else 0
        if kind == "number":
            total = round(total, 4)
        out.append({"name": name, "title": title, "sum": total, "count": len(values)})
    return out


def periods(folder=None, form_uid=None, year=None):
    """Report periods (under ``folder`` if given), oldest due date first."""
    catalog = api.portal.get_tool("portal_catalog")
    query = {"portal_type": "ReportPeriod"}
    if folder is not None:
        query["path"] = "/".join(folder.getPhysicalPath())
    found = [b._unrestrictedGetObject() for b in catalog.unrestrictedSearchResults(**query)]
    if form_uid:
        found = [p for p in found if p.report_form == form_uid]
    if year:
        found = [p for p in found if (p.period or "").startswith(str(year))]
    return sorted(found, key=lambda p: (p.due_date, p.period or "", p.getId()))
