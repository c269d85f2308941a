from mttq.langson import _
from mttq.langson.courses import cadres
from mttq.langson.courses.services.base import CourseService
from zope.i18n import translate

import base64
import binascii
import transaction


class CadresImportPost(CourseService):
    """POST /@cadres-import {"csv": "<text>"} or {"file": {"data": "<base64>"}}, "dry_run": bool.

    Every row is validated first; with any error nothing is created and the
    errors come back row by row.
    """

    def reply(self):
        self.writing()
        data = self.body()
        text = None
        if data is not None:
            text = data.get("csv")
            upload = data.get("file")
            if text is None and isinstance(upload, dict) and upload.get("data"):
                try:
                    text = base64.b64decode(upload["data"]).decode("utf-8-sig")
                except (binascii.Error, ValueError):
                    return self.error(_("The file must be a CSV file in UTF-8."))
        if not isinstance(text, str):
            return self.error(_("Send the CSV file of cadres."))
        rows, errors = cadres.parse(text)
        if not errors:
            errors = cadres.validate(rows)
        if errors:
            self.request.response.setStatus(400)
            return {
                "error": {
                    "type": "BadRequest",
                    "message": translate(_("Nothing was imported: ${count} errors in the file.",
                                           mapping={"count": len(errors)}), context=self.request),
                    "errors": [{"line": line, "message": translate(msg, context=self.request)}
                               for line, msg in errors],
                }
            }
        if data.get("dry_run"):
            return {"valid": True, "rows": len(rows), "created": []}
        savepoint = transaction.savepoint()
        try:
            created = cadres.create(rows)
        except Exception:
            savepoint.rollback()
            raise
        return {"valid": True, "rows": len(rows), "created": created}
