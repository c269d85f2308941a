from mttq.langson import _
from mttq.langson.courses import certificates
from mttq.langson.courses.services.base import CourseService
from mttq.langson.courses.storage import course_progress

import json


class CertificateGet(CourseService):
    """GET <course>/@certificate: the current learner's certificate as a PDF."""

    def render(self):
        self.check_permission()
        user = self.learner()
        if user is None:
            return self._json(self.login_required())
        progress = course_progress(self.context.UID(), create=False)
        record = progress.get(user.getId()) if progress is not None else None
        entry = certificates.lookup(record.certificate) if record is not None and record.certificate else None
        if entry is None:
            return self._json(self.error(_("You have no certificate for this course yet."), 404))
        data = certificates.render_pdf(entry)
        response = self.request.response
        response.setHeader("Content-Type", "application/pdf")
        response.setHeader("Content-Disposition", f'attachment; filename="chung-chi-{entry["code"]}.pdf"')
        response.setHeader("Content-Length", str(len(data)))
        return data

    def _json(self, content):
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(content)
