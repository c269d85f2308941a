"""The form of an EasyForm as JSON schema, built from easyform's own form.

The field processing (omitted ``TEnabled``/server-side fields, fieldsets,
defaults from ``TDefault``) is the classic ``EasyFormForm``'s, so Volto shows
exactly the fields Classic UI would.
"""

from collective.easyform.api import get_expression
from collective.easyform.browser.view import EasyFormForm
from collective.easyform.interfaces import IFieldExtender
from collective.easyform.interfaces import ILabel
from collective.easyform.interfaces import ILikert
from collective.easyform.interfaces import IRichLabel
from mttq.langson import _
from mttq.langson.forms.uploads import ALLOWED_FILE_TYPES
from mttq.langson.forms.uploads import ALLOWED_IMAGE_TYPES
from mttq.langson.forms.uploads import field_upload_limit
from plone.namedfile.interfaces import INamedField
from plone.namedfile.interfaces import INamedImageField
from plone.restapi.interfaces import IJsonCompatible
from plone.restapi.types.utils import get_form_fieldsets
from plone.restapi.types.utils import get_jsonschema_properties
from z3c.form.interfaces import IValue
from zope.component import queryMultiAdapter
from zope.i18n import translate
from zope.schema.interfaces import IBool
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IDate
from zope.schema.interfaces import IDatetime
from zope.schema.interfaces import IDecimal
from zope.schema.interfaces import IFloat
from zope.schema.interfaces import IInt
from zope.schema.interfaces import IText
from zope.schema.interfaces import ITextLine

import datetime


# A field no person fills in: bots that fill every input give themselves away.
HONEYPOT = "mttq_website"


def build_form(context, request):
    """easyform's own form with its fields processed (omissions, groups)."""
    form = EasyFormForm(context, request)
    form.updateFields()
    return form


def field_kind(field):
    """The widget Volto renders for a field (the most specific match first)."""
    from plone.app.textfield.interfaces import IRichText

    checks = (
        (IRichLabel, "richlabel"),
        (ILabel, "label"),
        (ILikert, "likert"),
        (INamedImageField, "image"),
        (INamedField, "file"),
        (IRichText, "richtext"),
        (IDatetime, "datetime"),
        (IDate, "date"),
        (IBool, "boolean"),
        (IInt, "integer"),
        (IFloat, "number"),
        (IDecimal, "number"),
        (IChoice, "choice"),
        (ICollection, "multichoice"),
        (ITextLine, "string"),
        (IText, "textarea"),
    )
    for iface, kind in checks:
        if iface.providedBy(field):
            return kind
    return "string"


def _choices(field, context):
    vocabulary = getattr(field, "vocabulary", None)
    if vocabulary is None and ICollection.providedBy(field):
        vocabulary = getattr(field.value_type, "vocabulary", None)
    if vocabulary is None:
        return None
    return [[term.token, term.title or term.value] for term in vocabulary]


def field_default(form, field):
    """The default value as easyform computes it (``TDefault`` first)."""
    adapter = queryMultiAdapter(
        (form.context, form.request, form, field, None), IValue, name="default"
    )
    value = adapter.get() if adapter is not None else field.default
    if value is None or value == "":
        return None
    return IJsonCompatible(value, None)


def _default_token(field, default):
    vocabulary = getattr(field, "vocabulary", None)
    if vocabulary is None and ICollection.providedBy(field):
        vocabulary = getattr(field.value_type, "vocabulary", None)
    if default is None or vocabulary is None:
        return default

    def token(value):
        try:
            return vocabulary.getTerm(value).token
        except (LookupError, TypeError):
            return value

    return [token(v) for v in default] if isinstance(default, list) else token(default)


def field_info(form, field, properties):
    context = form.context
    extender = IFieldExtender(field)
    name = field.getName()
    kind = field_kind(field)
    info = {
        "name": name,
        "type": kind,
        "title": translate(field.title, context=form.request) if field.title else name,
        "description": translate(field.description, context=form.request) if field.description else "",
        "required": bool(field.required) and kind not in ("label", "richlabel"),
        "default": field_default(form, field),
        "hidden": bool(getattr(extender, "THidden", False)),
        "validators": list(getattr(extender, "validators", None) or []),
        "depends_on": getattr(extender, "depends_on", None) or None,
        "css_class": getattr(extender, "css_class", None) or None,
        "schema": _json_safe(properties.get(name, {})),
    }
    for attr in ("min_length", "max_length", "min", "max"):
        value = getattr(field, attr, None)
        if value not in (None, 0) or (attr in ("min", "max") and value == 0):
            info[attr] = IJsonCompatible(value, None)
    choices = _choices(field, context)
    if choices is not None:
        info["choices"] = choices
        # The widget's options are tokens: so is the default.
        info["default"] = _default_token(field, info["default"])
    if kind == "likert":
        info["questions"] = list(field.questions or [])
        info["answers"] = list(field.answers or [])
    if kind == "richlabel":
        rich = getattr(field, "rich_label", "") or ""
        info["text"] = getattr(rich, "output", rich)
    if kind in ("file", "image"):
        info["max_size"] = field_upload_limit(field)
        info["accept"] = list(ALLOWED_IMAGE_TYPES if kind == "image" else ALLOWED_FILE_TYPES)
    return info


def serialize_form(context, request):
    form = build_form(context, request)
    fieldsets = get_form_fieldsets(form)
    properties = get_jsonschema_properties(context, request, fieldsets)
    default_label = context.default_fieldset_label or translate(
        _("Form"), context=request
    )
    result_fieldsets = []
    fields = []
    for fieldset in fieldsets:
        names = []
        for form_field in fieldset["fields"]:
            field = form_field.field
            names.append(field.getName())
            fields.append(field_info(form, field, properties))
        result_fieldsets.append(
            {
                "id": fieldset["id"],
                "title": default_label if fieldset["id"] == "default" else fieldset["title"],
                "description": fieldset.get("description", ""),
                "fields": names,
            }
        )
    submit_label = context.submitLabel
    if context.submitLabelOverride:
        submit_label = get_expression(context, context.submitLabelOverride)
    return {
        "@id": f"{context.absolute_url()}/@easyform",
        "title": context.title,
        "description": context.description,
        "prologue": _rich(context.formPrologue),
        "epilogue": _rich(context.formEpilogue),
        "fieldsets": result_fieldsets,
        "fields": fields,
        "required": [f["name"] for f in fields if f["required"]],
        "submit_label": submit_label or translate(_("Submit"), context=request),
        "reset_label": (context.resetLabel or translate(_("Reset"), context=request))
        if context.useCancelButton
        else None,
        "honeypot": HONEYPOT,
        "thanks": {
            "title": context.thankstitle,
            "description": context.thanksdescription,
        },
    }


def _json_safe(value):
    """plone.restapi's file schemas carry b'' defaults, date fields date
    defaults, multiple choices set defaults: JSON has none of these."""
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items() if not isinstance(v, bytes)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_json_safe(v) for v in value if not isinstance(v, bytes)]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def _rich(value):
    if not value:
        return None
    return getattr(value, "output", value)
