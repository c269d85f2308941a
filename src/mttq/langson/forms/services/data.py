"""Saved data of a form's "save data" actions, for editors in Volto."""

from collective.easyform.api import get_actions
from collective.easyform.interfaces import ISaveData
from mttq.langson import _
from mttq.langson.rest import PathParams
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.i18n import translate
from zope.schema import getFieldsInOrder

import csv
import io


MAX_BATCH = 200
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def save_actions(form):
    return [(name, action) for name, action in getFieldsInOrder(get_actions(form)) if ISaveData.providedBy(action)]


def _xlsx_with_header(data, header):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    sheet = book.active
    sheet.insert_rows(1)
    for column, title in enumerate(header, start=1):
        sheet.cell(row=1, column=column, value=title)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value):
    if hasattr(value, "filename"):
        return value.filename
    if isinstance(value, set):
        return sorted(value)
    return json_compatible(value)


class EasyFormDataGet(PathParams, Service):
    """GET <form>/@easyform-data: rows of each save-data action (batched);
    GET <form>/@easyform-data/<action>/csv|xlsx: the export, easyform's own."""

    def action(self, name):
        actions = dict(save_actions(self.context))
        if name not in actions:
            raise NotFound(translate(_("This form has no saved data named ${name}.", mapping={"name": name}),
                                     context=self.request))
        return actions[name]

    def render(self):
        if len(self.params) == 2 and self.params[1] in FORMATS:
            self.check_permission()
            action = self.action(self.params[0])
            fmt = self.params[1]
            # easyform writes its rows; the header row is ours, translated
            # (easyform writes the field titles' untranslated msgids).
            header = [translate(title, context=self.request) for title in action.getColumnTitles()]
            if fmt == "csv":
                out = io.StringIO()
                csv.writer(out).writerow(header)
                # UTF-8 with BOM: Excel opens Vietnamese text correctly.
                body = "\ufeff" + out.getvalue() + action.getSavedFormInputForEdit(header=False, delimiter=",")
                body = body.encode("utf-8")
            else:
                body = _xlsx_with_header(action.get_saved_form_input_as_xlsx(header=False), header)
            response = self.request.response
            response.setHeader("Content-Type", FORMATS[fmt])
            response.setHeader("Content-Disposition", f'attachment; filename="{action.name_for_download}.{fmt}"')
            return body
        return super().render()

    def reply(self):
        try:
            b_start = max(int(self.request.form.get("b_start", 0)), 0)
            b_size = min(max(int(self.request.form.get("b_size", 50)), 1), MAX_BATCH)
        except ValueError:
            b_start, b_size = 0, 50
        result = []
        for name, action in save_actions(self.context):
            if self.params and self.params[0] != name:
                continue
            names = action.getColumnNames()
            titles = action.getColumnTitles()
            rows = action.getSavedFormInputItems()
            items = [
                {"id": key, **{n: _cell(row.get(n)) for n in names}}
                for key, row in rows[b_start:b_start + b_size]
            ]
            result.append(
                {
                    "id": name,
                    "title": translate(action.title, context=self.request),
                    "columns": [{"name": n, "title": translate(t, context=self.request)} for n, t in zip(names, titles)],
                    "items_total": len(rows),
                    "items": items,
                    "csv": f"{self.context.absolute_url()}/@easyform-data/{name}/csv",
                    "xlsx": f"{self.context.absolute_url()}/@easyform-data/{name}/xlsx",
                }
            )
        return {"@id": f"{self.context.absolute_url()}/@easyform-data", "actions": result}
