"""GET /@completion: completion of mandatory courses per unit, scoped to the reader.

?course=<uid> narrows to one course; with &unit=<code> it lists the unit's
cadres and their status; &format=csv gives the same as a CSV file.
"""

from mttq.langson import _
from mttq.langson.courses import dashboard
from mttq.langson.courses.content import COURSE
from mttq.langson.courses.services.base import CourseService
from plone import api
from zope.i18n import translate

import csv
import io
import json


class CompletionGet(CourseService):
    def render(self):
        self.check_permission()
        content = self.reply()
        if isinstance(content, bytes):
            return content
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(content, indent=2, sort_keys=True)

    def reply(self):
        user = self.learner()
        if user is None:
            return self.login_required()
        scope = dashboard.scope_of(user)
        if scope.none:
            return self.error(_("You can only see your own learning records (My learning)."), 403)
        form = self.request.form
        code = (form.get("unit") or "").strip()
        uid = (form.get("course") or "").strip()
        if code and not scope.allows(code):
            return self.error(_("You may not see the learning records of this unit."), 403)
        course = None
        if uid:
            course = api.content.get(UID=uid)
            if course is None or course.portal_type != COURSE:
                return self.error(_("There is no course with this id."), 404)
        csv_out = form.get("format") == "csv"
        base = f"{self.context.absolute_url()}/@completion"
        if code:
            if course is None:
                return self.error(_("Choose a course to list a unit's cadres."))
            items = dashboard.drilldown(course, code)
            if csv_out:
                return self.csv(self.drilldown_rows(items), f"hoan-thanh-{code}.csv")
            return {"@id": base, "course": uid, "unit": code, "items": items, "items_total": len(items)}
        courses = dashboard.summary(scope, uid or None)
        if csv_out:
            return self.csv(self.summary_rows(courses), "hoan-thanh-khoa-hoc.csv")
        return {"@id": base, "scope": "all" if scope.everything else sorted(scope.units), "items": courses}

    def t(self, message):
        return translate(message, context=self.request)

    def summary_rows(self, courses):
        head = [_("Course"), _("Unit code"), _("Unit"), _("Cadres"), _("Completed"), _("In progress"),
                _("Not started"), _("Share completed (%)")]
        yield [self.t(h) for h in head]
        for course in courses:
            for row in course["units"]:
                yield [course["title"], row["unit"], row["title"], row["total"], row["completed"],
                       row["in_progress"], row["not_started"], row["share"]]

    def drilldown_rows(self, items):
        head = [_("Full name"), _("Login"), _("Status"), _("Lessons done"), _("Average best quiz score"),
                _("Certificate code")]
        yield [self.t(h) for h in head]
        for item in items:
            yield [item["fullname"], item["userid"], self.t(dashboard.STATUS_LABELS[item["status"]]),
                   item["lessons_done"], "" if item["quiz_best"] is None else item["quiz_best"],
                   item["certificate"] or ""]

    def csv(self, rows, filename):
        out = io.StringIO()
        writer = csv.writer(out)
        for row in rows:
            writer.writerow(row)
        # A BOM so that spreadsheet programs read the Vietnamese as UTF-8.
        data = ("\ufeff" + out.getvalue()).encode("utf-8")
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        return data
