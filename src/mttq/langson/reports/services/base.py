"""Shared pieces of the report services: errors, the period as JSON, CSV."""

from mttq.langson import _
from mttq.langson.network.units import find_unit
from mttq.langson.reports import submissions
from mttq.langson.reports.content import period_label
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from mttq.langson.rest import PathParams
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides

import csv
import io
import json
import transaction


ERROR_TYPES = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound"}


class ReportService(Service):
    def error(self, message, status=400, errors=None):
        if self.request.get("REQUEST_METHOD") == "POST":
            # Nothing of a refused request may be committed.
            transaction.doom()
        self.request.response.setStatus(status)
        error = {"type": ERROR_TYPES.get(status, "BadRequest"), "message": self.t(message)}
        if errors:
            error["errors"] = errors
        return {"error": error}

    def t(self, message):
        return translate(message, context=self.request)

    def login_required(self):
        return self.error(_("Log in to see periodic reports."), 401)

    def writing(self):
        # JSON POSTs from the frontend carry no form token; plone.restapi's
        # own write services disable the check the same way.
        alsoProvides(self.request, IDisableCSRFProtection)

    def body(self):
        try:
            data = json_body(self.request)
        except Exception:
            return None
        return data if isinstance(data, dict) else None

    def csv(self, rows, filename):
        out = io.StringIO()
        writer = csv.writer(out)
        for row in rows:
            # A cell starting like a formula would run in a spreadsheet: keep it text.
            writer.writerow(["'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v
                             for v in row])
        # A BOM so that spreadsheet programs read the Vietnamese as UTF-8.
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        return ("\ufeff" + out.getvalue()).encode("utf-8")


def period_info(period):
    form = submissions.report_form(period)
    return {
        "@id": period.absolute_url(),
        "UID": period.UID(),
        "title": period.title,
        "period": period.period,
        "period_kind": period.period_kind,
        "period_label": period_label(period.period_kind, period.period),
        "due_date": period.due_date.isoformat() if period.due_date else None,
        "deadline": submissions.deadline(period).isoformat(timespec="seconds"),
        "overdue": submissions.is_overdue(period),
        "accepting": bool(getattr(period, "accepting", True)),
        "reminder_days": period.reminder_days,
        "form": {"@id": form.absolute_url(), "UID": form.UID(), "title": form.title} if form else None,
        "required_units": len(submissions.required_codes(period)),
    }


def unit_title(code):
    unit = find_unit(code)
    return unit.title if unit is not None else code


class ReportTableService(PathParams, ReportService):
    """A table of the province office: JSON, or CSV (bytes) at <service>/csv."""

    def render(self):
        self.check_permission()
        content = self.reply()
        if isinstance(content, bytes):
            return content
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(content, indent=2, sort_keys=True, ensure_ascii=False)
