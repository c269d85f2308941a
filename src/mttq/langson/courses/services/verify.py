from mttq.langson import _
from mttq.langson.courses import certificates
from mttq.langson.courses.services.base import CourseService
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class VerifyGet(CourseService):
    """GET /@verify-certificate/<code> (public): name, course, date and unit only."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

    def reply(self):
        code = self.params[0] if self.params else self.request.form.get("code", "")
        entry = certificates.lookup(code)
        if entry is None:
            return self.error(_("No certificate has this code."), 404)
        return dict(certificates.public_data(entry), valid=True)
