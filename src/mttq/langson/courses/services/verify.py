from mttq.langson import _
from mttq.langson.courses import certificates
from mttq.langson.courses.services.base import CourseService
from mttq.langson.rest import PathParams


class VerifyGet(PathParams, CourseService):
    """GET /@verify-certificate/<code> (public): name, course, date and unit only."""

    def reply(self):
        code = self.params[0] if self.params else self.request.form.get("code", "")
        entry = certificates.lookup(code)
        if entry is None:
            return self.error(_("No certificate has this code."), 404)
        return dict(certificates.public_data(entry), valid=True)
