"""/@report-matrix: units × report periods (submitted, late, missing) with sums (province office)."""

from mttq.langson import _
from mttq.langson.network.units import CLOSED
from mttq.langson.network.units import all_units
from mttq.langson.network.units import unit_state
from mttq.langson.reports import submissions
from mttq.langson.reports.access import is_province_office
from mttq.langson.reports.services.base import ReportTableService
from mttq.langson.reports.services.base import period_info
from mttq.langson.reports.services.period_submissions import counts
from mttq.langson.reports.setup import reports_folder
from plone import api

import re


class ReportMatrixGet(ReportTableService):
    def reply(self):
        if api.user.is_anonymous():
            return self.login_required()
        if not is_province_office():
            return self.error(_("Only the province office sees every unit's reports."), 403)
        if self.params not in ([], ["csv"]):
            return self.error(_("Unknown address: use @report-matrix or @report-matrix/csv."), 404)
        form = self.request.form
        year = (form.get("year") or "").strip()
        if year and not re.match(r"^(19|20|21)[0-9]{2}$", year):
            return self.error(_("The year must be written with four digits, for example 2026."))
        form_uid = (form.get("form") or "").strip() or None
        periods = submissions.periods(reports_folder(), form_uid=form_uid, year=year or None)
        columns = []
        cells = {}
        for period in periods:
            records = submissions.all_submissions(period)
            required = submissions.listed_codes(period, records)
            report = submissions.report_form(period)
            fields = submissions.fields_of(report, self.request) if report is not None else []
            info = period_info(period)
            items = []
            for code in required:
                record = records.get(code)
                item = {"state": submissions.state_of(record),
                        "submitted_at": record["submitted_at"] if record is not None else None}
                cells.setdefault(code, {})[period.UID()] = item
                items.append(item)
            info["counts"] = counts(items)
            info["sums"] = submissions.sums(fields, [records[c] for c in required if c in records])
            columns.append(info)
        units = []
        for unit in all_units():
            code = unit.unit_code
            if code not in cells:
                continue
            row = {"code": code, "title": unit.title, "closed": unit_state(unit) == CLOSED, "cells": {}}
            for period in periods:
                row["cells"][period.UID()] = cells[code].get(period.UID(), {"state": submissions.NOT_REQUIRED})
            units.append(row)
        if self.params == ["csv"] or form.get("format") == "csv":
            return self.csv(self.rows(columns, units), "bao-cao-dinh-ky.csv")
        return {"@id": f"{self.context.absolute_url()}/@report-matrix", "periods": columns, "units": units}

    def rows(self, columns, units):
        yield [self.t(_("Unit code")), self.t(_("Unit"))] + [
            f"{c['form']['title'] if c['form'] else ''} – {c['period_label']}" for c in columns
        ]
        for unit in units:
            yield [unit["code"], unit["title"]] + [
                self.t(submissions.STATE_LABELS[unit["cells"][c["UID"]]["state"]]) for c in columns
            ]
        yield ["", self.t(_("Units that reported"))] + [
            f"{c['counts']['submitted'] + c['counts']['late']}/{c['counts']['required']}" for c in columns
        ]
        # One row per numeric field of each period's form: its sum across units.
        for index, column in enumerate(columns):
            for total in column["sums"]:
                row = ["", f"{self.t(_('Total'))}: {total['title']}"] + [""] * len(columns)
                row[2 + index] = total["sum"]
                yield row
