"""<period>/@report-submissions: every unit's report of one period, with sums (province office)."""

from mttq.langson import _
from mttq.langson.reports import submissions
from mttq.langson.reports.access import is_province_office
from mttq.langson.reports.services.base import ReportTableService
from mttq.langson.reports.services.base import period_info
from mttq.langson.reports.services.base import unit_title
from plone import api



class ReportSubmissionsGet(ReportTableService):
    def reply(self):
        if api.user.is_anonymous():
            return self.login_required()
        if not is_province_office():
            return self.error(_("Only the province office sees every unit's reports."), 403)
        if self.params not in ([], ["csv"]):
            return self.error(_("Unknown address: use @report-submissions or @report-submissions/csv."), 404)
        period = self.context
        form = submissions.report_form(period)
        fields = submissions.fields_of(form, self.request) if form is not None else []
        records = submissions.all_submissions(period)
        items = []
        for code in submissions.listed_codes(period, records):
            record = records.get(code)
            item = submissions.serialize_record(record) or {"state": submissions.MISSING, "data": {}}
            item.update({"code": code, "title": unit_title(code)})
            items.append(item)
        required = [item["code"] for item in items]
        sums = submissions.sums(fields, [records[c] for c in required if c in records])
        if self.params == ["csv"] or self.request.form.get("format") == "csv":
            return self.csv(self.rows(fields, items, sums), f"bao-cao-{period.getId()}.csv")
        return {
            "@id": f"{period.absolute_url()}/@report-submissions",
            "period": period_info(period),
            "fields": [{"name": n, "title": t, "type": k} for n, t, k in fields],
            "items": items,
            "counts": counts(items),
            "sums": sums,
        }

    def rows(self, fields, items, sums):
        head = [_("Unit code"), _("Unit"), _("Report status"), _("Submitted at"), _("Submitted by")]
        yield [self.t(h) for h in head] + [title for _n, title, _k in fields]
        for item in items:
            values = [submissions.text_value(item["data"].get(name)) for name, _title, _kind in fields]
            yield [item["code"], item["title"], self.t(submissions.STATE_LABELS[item["state"]]),
                   item.get("submitted_at") or "", item.get("submitted_by_name") or ""] + values
        by_name = {s["name"]: s["sum"] for s in sums}
        yield ["", self.t(_("Total")), "", "", ""] + [by_name.get(n, "") for n, _t, _k in fields]


def counts(items):
    out = {submissions.SUBMITTED: 0, submissions.LATE: 0, submissions.MISSING: 0}
    for item in items:
        out[item["state"]] += 1
    out["required"] = len(items)
    return out
