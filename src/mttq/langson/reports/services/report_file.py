"""<period>/@report-file/<unit code>/<field>: a file a unit sent with its report.

The unit's own people and the province office download it, nobody else:
the file is stored with the submission, out of reach of any other door.
"""

from mttq.langson import _
from mttq.langson.reports import submissions
from mttq.langson.reports.access import is_province_office
from mttq.langson.reports.access import user_units
from mttq.langson.reports.services.base import ReportTableService
from plone import api
from plone.namedfile.interfaces import INamedFile
from urllib.parse import quote

import mimetypes


class ReportFileGet(ReportTableService):
    def reply(self):
        if api.user.is_anonymous():
            return self.login_required()
        if len(self.params) != 2:
            return self.error(_("Unknown address: use @report-file/<unit code>/<field>."), 404)
        code, name = self.params
        if code not in user_units() and not is_province_office():
            return self.error(_("You may only see your own unit's report."), 403)
        record = submissions.get_submission(self.context, code)
        value = record["data"].get(name) if record is not None else None
        if not INamedFile.providedBy(value):
            return self.error(_("This report has no such file."), 404)
        response = self.request.response
        # The type from the (checked) extension, never the uploader's claim,
        # and always as a download: an uploaded file never renders in the site.
        filename = value.filename or name
        response.setHeader("Content-Type", mimetypes.guess_type(filename)[0] or "application/octet-stream")
        response.setHeader("X-Content-Type-Options", "nosniff")
        response.setHeader("Content-Disposition", f"attachment; filename*=UTF-8''{quote(filename)}")
        return bytes(value.data)
