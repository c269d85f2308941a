"""Submitting an EasyForm over REST, with easyform's own validators and actions.

Values come as JSON; plone.restapi's field deserializers turn them into
Python values, then easyform's z3c.form validators (``FieldExtenderValidator``:
required, constraints, the field's ``validators`` and ``TValidator``;
``FileSizeValidator``; Likert) judge them, exactly as the classic form's
``extractData``. Only when every field passes do the actions run, in order,
as ``EasyFormForm.processActions`` runs them.
"""

from collective.easyform.browser.view import ValidateFile
from collective.easyform.config import FORM_ERROR_MARKER
from mttq.langson import _
from mttq.langson.forms.errors import FieldError
from mttq.langson.forms.errors import error_message
from mttq.langson.forms.interfaces import EasyFormSubmittedEvent
from mttq.langson.forms.schema import HONEYPOT
from mttq.langson.forms.schema import build_form
from mttq.langson.forms.schema import field_kind
from mttq.langson.forms.uploads import ALLOWED_FILE_TYPES
from mttq.langson.forms.uploads import ALLOWED_IMAGE_TYPES
from mttq.langson.forms.uploads import field_upload_limit
from plone.restapi.interfaces import IFieldDeserializer
from z3c.form.interfaces import IDataConverter
from z3c.form.interfaces import IFieldWidget
from z3c.form.interfaces import IValidator
from zope.component import getMultiAdapter
from zope.component import queryMultiAdapter
from zope.event import notify
from zope.i18n import translate
from zope.interface import Invalid
from zope.schema.interfaces import ValidationError

from zoneinfo import ZoneInfo

import dateutil.parser
import os
import transaction


LOCAL_TZ = "Asia/Ho_Chi_Minh"


class SubmissionRefused(Exception):
    """Per-field errors (name -> translated message), nothing was stored."""

    def __init__(self, errors, message=None):
        super().__init__(errors)
        self.errors = errors
        self.message = message


def _empty(value):
    return value is None or value == "" or value == [] or value == {}


def _likert_value(value):
    """{"1": "Tốt", "2": "Kém"} or ["Tốt", "Kém"] -> easyform's "1: Tốt, 2: Kém"."""
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda item: int(item[0]))
        return ", ".join(f"{int(k)}: {v}" for k, v in items if not _empty(v))
    if isinstance(value, list):
        return ", ".join(f"{i}: {v}" for i, v in enumerate(value, 1) if not _empty(v))
    return value


def _datetime_value(field, raw):
    """ISO date-time -> naive local time, as easyform's classic widget stores it.

    (plone.restapi's deserializer looks for a stored value on the context to
    guess the time zone; a form has none.)
    """
    value = dateutil.parser.isoparse(str(raw))
    if value.tzinfo is not None:
        value = value.astimezone(ZoneInfo(LOCAL_TZ)).replace(tzinfo=None)
    field.validate(value)
    return value


def _check_upload(form, field, kind, value):
    """easyform's ValidateFile with our size and type limits (the field's own first)."""
    allowed = ALLOWED_IMAGE_TYPES if kind == "image" else ALLOWED_FILE_TYPES
    result = ValidateFile(form.context, form.request)(value, size=field_upload_limit(field), allowed_types=allowed)
    if result:
        raise Invalid(result)


def convert(form, field, raw):
    """JSON value -> Python value with plone.restapi's deserializer (validates types)."""
    kind = field_kind(field)
    if kind in ("label", "richlabel"):
        return None
    if _empty(raw):
        return field.missing_value
    if kind == "likert":
        raw = _likert_value(raw)
    if kind in ("file", "image"):
        if not (isinstance(raw, dict) and raw.get("data")):
            raise FieldError(_("Upload the file's content."))
        # The type first: an image field's own check would only say "invalid".
        extension = os.path.splitext(str(raw.get("filename") or ""))[1][1:].lower()
        allowed = ALLOWED_IMAGE_TYPES if kind == "image" else ALLOWED_FILE_TYPES
        if extension not in allowed:
            raise FieldError(_("Files of type ${ftype} are not accepted.", mapping={"ftype": extension.upper() or "?"}))
    if kind == "datetime":
        return _datetime_value(field, raw)
    bound = field.bind(form.context)
    deserializer = queryMultiAdapter((bound, form.context, form.request), IFieldDeserializer)
    if deserializer is None:
        return raw
    value = deserializer(raw)
    if kind in ("file", "image"):
        _check_upload(form, field, kind, value)
    return value


def validate(form, field, value):
    """easyform's validator chain for one field, as z3c.form calls it."""
    validator = queryMultiAdapter(
        (form.context, form.request, form, field, None), IValidator
    )
    if validator is not None:
        validator.validate(value)
    else:
        field.bind(form.context).validate(value)


def form_fields(form):
    """(name, field) the form shows, in order (easyform's omissions applied)."""
    fields = list(form.fields.values())
    for group in form.groups:
        fields.extend(group.fields.values())
    return [(f.field.getName(), f.field) for f in fields]


def extract(form, payload, kept=None):
    """Validated Python values of every shown field, or SubmissionRefused.

    ``kept``: values stored before (name -> Python value) that stand for a
    field the payload leaves out, e.g. the file of a report being revised:
    a browser cannot send a stored file back.
    """
    kept = kept or {}
    request = form.request
    errors = {}
    data = {}
    if not _empty(payload.get(HONEYPOT)):
        # Only a robot fills a field nobody sees; say so plainly on that field.
        errors[HONEYPOT] = translate(_("The submission looks automated and was refused."), context=request)
    for name, field in form_fields(form):
        if field_kind(field) in ("label", "richlabel"):
            # The classic form extracts labels too (as None); actions expect them.
            data[name] = None
            continue
        try:
            if name in kept and name not in payload:
                value = kept[name]
            else:
                value = convert(form, field, payload.get(name))
            validate(form, field, value)
        except (ValidationError, Invalid, FieldError, ValueError, TypeError) as error:
            errors[name] = error_message(error, field, request)
            continue
        data[name] = value
    if errors:
        raise SubmissionRefused(errors)
    return data


def _fill_request(form, data):
    """Widget values into the request, as a classic POST would have them.

    The mailer renders its body with widgets read from the request and a
    custom script reads ``request.form``: both then see what was submitted.
    """
    request = form.request
    for name, field in form_fields(form):
        if name not in data or data[name] is None:
            continue
        key = f"form.widgets.{name}"
        try:
            widget = getMultiAdapter((field, request), IFieldWidget)
            widget.name = key
            widget.context = form.context
            widget.form = form
            widget.ignoreContext = True
            widget.ignoreRequest = True
            widget.update()
            converter = getMultiAdapter((field, widget), IDataConverter)
            request.form[key] = converter.toWidgetValue(data[name])
        except Exception:  # noqa: S112 - a value a widget can't show stays raw
            request.form[key] = data[name]


def run_actions(form, data):
    """easyform's actions in order; a custom script may still refuse (errors dict)."""
    data = form.updateServerSideData(dict(data))
    _fill_request(form, data)
    errors = form.processActions(data)
    if errors:
        message = errors.pop(FORM_ERROR_MARKER, None)
        raise SubmissionRefused({k: translate(v, context=form.request) for k, v in errors.items()},
                                message=message and translate(message, context=form.request))
    return data


def submit(context, request, payload):
    """Validate, run the actions, notify: returns the event (hooks add replies).

    Everything happens inside a savepoint: when an action or a hook refuses,
    whatever the earlier actions wrote is rolled back.
    """
    form = build_form(context, request)
    data = extract(form, payload)
    savepoint = transaction.savepoint()
    try:
        data = run_actions(form, data)
        event = EasyFormSubmittedEvent(context, data, request)
        notify(event)
    except Exception:
        savepoint.rollback()
        raise
    return event
