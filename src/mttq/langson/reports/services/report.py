"""<period>/@report: a unit's report for the period (GET: status, form; POST: submit or revise)."""

from mttq.langson import _
from mttq.langson.forms.schema import serialize_form
from mttq.langson.network.units import CLOSED
from mttq.langson.network.units import find_unit
from mttq.langson.network.units import unit_state
from mttq.langson.reports import submissions
from mttq.langson.reports.access import is_province_office
from mttq.langson.reports.access import user_units
from mttq.langson.reports.services.base import ReportService
from mttq.langson.reports.services.base import period_info
from mttq.langson.reports.services.base import unit_title
from plone import api


def unit_report(period, code):
    """The status of one unit's report, as its own people see it."""
    record = submissions.get_submission(period, code)
    unit = find_unit(code)
    overdue = submissions.is_overdue(period)
    closed_unit = unit is None or unit_state(unit) == CLOSED
    accepting = bool(getattr(period, "accepting", True))
    return {
        "code": code,
        "title": unit_title(code),
        "unit_closed": closed_unit,
        "state": submissions.state_of(record),
        "can_submit": accepting and not closed_unit and (record is None or not overdue),
        # Revisions until the end of the due day; after it only a first (late) report.
        "revisable_until": None if overdue else submissions.deadline(period).isoformat(timespec="seconds"),
        "submission": submissions.serialize_record(record),
    }


class ReportBase(ReportService):
    def my_codes(self):
        """Units this user reports for in this period."""
        required = submissions.required_codes(self.context)
        return [code for code in required if code in user_units()]


class ReportGet(ReportBase):
    def reply(self):
        if api.user.is_anonymous():
            return self.login_required()
        codes = self.my_codes()
        wanted = (self.request.form.get("unit") or "").strip()
        if wanted:
            if wanted not in codes:
                return self.error(_("You may only see your own unit's report."), 403)
            codes = [wanted]
        form = submissions.report_form(self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@report",
            "period": period_info(self.context),
            "form": serialize_form(form, self.request) if form is not None else None,
            "units": [unit_report(self.context, code) for code in codes],
            "province": is_province_office(),
        }


class ReportPost(ReportBase):
    def reply(self):
        self.writing()
        if api.user.is_anonymous():
            return self.login_required()
        body = self.body()
        payload = body.get("data") if body else None
        if not isinstance(payload, dict):
            return self.error(_("The request body must be a JSON object with the form's values in \"data\"."))
        codes = self.my_codes()
        code = str(body.get("unit") or "").strip()
        if not code:
            if not codes:
                return self.error(_("You do not report for any unit in this period."), 403)
            if len(codes) > 1:
                return self.error(_("Choose the unit you report for."))
            code = codes[0]
        elif code not in codes:
            if code in user_units():
                # Their own unit, but it is not asked for this period.
                return self.error(_("Unit ${code} does not report in this period.", mapping={"code": code}))
            return self.error(_("You may only report for your own unit."), 403)
        try:
            submissions.submit_report(self.context, code, payload, self.request)
        except submissions.ReportError as error:
            return self.error(error.message, error.status, error.errors)
        return unit_report(self.context, code)
