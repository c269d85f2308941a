from mttq.langson import _
from mttq.langson.courses import cadres
from mttq.langson.courses.services.base import CourseService
from zope.i18n import translate

import base64
import binascii
import transaction


class CadresImportPost(CourseService):
    """POST /@cadres-import {"csv": "<text>"} or {"file": {"data": "<base64>"}}, "dry_run": bool,
    optional "start" and "size" (a chunk: rows start .. start+size-1, from 0).

    Every row of the whole file is validated first, for every chunk; with any
    error nothing is created and the errors come back row by row. A dry run
    answers with the plan (how many cadres are created, already there, join
    or move). Chunks let the page show progress on a file of thousands of
    rows, each in a short transaction; rows already imported count as
    "existing", so running an interrupted import again completes it.
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
        start, size = data.get("start", 0), data.get("size", len(rows))
        if (not isinstance(start, int) or not isinstance(size, int) or isinstance(start, bool)
                or isinstance(size, bool) or start < 0 or size < 1):
            return self.error(_("The part of the file to import (start, size) is not valid."))
        if data.get("dry_run"):
            planned = cadres.plan(rows)
            return {
                "valid": True,
                "dry_run": True,
                "rows": len(rows),
                "created": [],
                "plan": cadres.summary(planned),
                "moves": [{"line": row["line"], "userid": userid, "from": before, "to": row["unit"]}
                          for row, action, userid, before in planned if action == "move"],
            }
        end = min(start + size, len(rows))
        savepoint = transaction.savepoint()
        try:
            result = cadres.apply(cadres.plan(rows[start:end]))
        except Exception:
            savepoint.rollback()
            raise
        return dict(result, valid=True, rows=len(rows), start=start, end=end)
