"""Reading and changing an EasyForm's fields, for the Volto field editor.

easyform keeps a form's fields as a supermodel XML (``fields_model``); its
Classic UI editor is plone.schemaeditor working on the parsed schema. We do
the same: parse with easyform's ``get_schema``, change the zope.schema
fields (easyform's settings through ``IFieldExtender``, fieldsets through the
supermodel's tagged value), and store with easyform's ``set_fields``. Every
change is validated first and the schema is only stored when all of it is
valid, so a refused request leaves the form as it was.
"""

from collective.easyform.api import get_schema
from collective.easyform.api import set_fields
from collective.easyform.fields import Label
from collective.easyform.fields import Likert
from collective.easyform.fields import RichLabel
from collective.easyform.interfaces import IFieldExtender
from collective.easyform.interfaces import IFieldValidator
from mttq.langson import _
from mttq.langson.forms.interfaces import IKeptFields
from mttq.langson.forms.schema import HONEYPOT
from mttq.langson.forms.schema import field_kind
from mttq.langson.forms.supermodel import field_max_size
from mttq.langson.forms.supermodel import set_field_max_size
from mttq.langson.forms.uploads import max_upload_size
from plone.app.textfield import RichText
from plone.app.textfield.value import RichTextValue
from plone.namedfile.field import NamedBlobFile
from plone.namedfile.field import NamedBlobImage
from plone.restapi.interfaces import IJsonCompatible
from plone.schemaeditor.interfaces import IEditableSchema
from plone.supermodel.interfaces import FIELDSETS_KEY
from plone.supermodel.model import Fieldset
from zope import schema as zs
from zope.component import getUtilitiesFor
from zope.component import queryAdapter
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import ValidationError
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

import datetime
import keyword
import re


DEFAULT_FIELDSET = "default"
NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
FIELDSET_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_TITLE = 200

# kind -> (title for the editor, factory)
FIELD_TYPES = {
    "string": _("Text line"),
    "textarea": _("Text area"),
    "richtext": _("Rich text"),
    "integer": _("Whole number"),
    "number": _("Number"),
    "date": _("Date"),
    "datetime": _("Date and time"),
    "choice": _("Choice (one answer)"),
    "multichoice": _("Multiple choice"),
    "boolean": _("Yes/no"),
    "file": _("File upload"),
    "image": _("Image upload"),
    "likert": _("Likert scale"),
    "label": _("Label"),
    "richlabel": _("Formatted label"),
}

# easyform's validators (utilities) the editor offers, with our titles.
VALIDATOR_TITLES = {
    "isValidEmail": _("A valid e-mail address"),
    "isCommaSeparatedEmails": _("E-mail addresses separated by commas"),
    "isChecked": _("Must be ticked"),
    "isUnchecked": _("Must not be ticked"),
    "isNotLinkSpam": _("No links"),
}

_LABELS = ("label", "richlabel")
_VALUED = ("string", "textarea", "richtext", "integer", "number", "date", "datetime",
           "choice", "multichoice", "boolean", "file", "image", "likert")
# Which settings apply to which kind of field.
PROPERTIES = {
    "title": tuple(FIELD_TYPES),
    "description": tuple(FIELD_TYPES),
    "required": _VALUED,
    "default": ("string", "textarea", "integer", "number", "date", "datetime",
                "choice", "multichoice", "boolean"),
    "validators": _VALUED,
    "min_length": ("string", "textarea"),
    "max_length": ("string", "textarea"),
    "min": ("integer", "number"),
    "max": ("integer", "number"),
    "choices": ("choice", "multichoice"),
    "max_size": ("file", "image"),
    "questions": ("likert",),
    "answers": ("likert",),
    "text": ("richlabel",),
}


class FieldsError(Exception):
    """The request is refused: ``errors`` maps a setting (or field) to a message."""

    def __init__(self, errors, message=None):
        super().__init__(errors)
        self.errors = errors
        self.message = message


def kept_fields(context):
    """Fields the form's own code reads (e.g. a feedback case's contact)."""
    kept = queryAdapter(context, IKeptFields)
    return frozenset(kept.names) if kept is not None else frozenset()


def validator_ids():
    return sorted(name for name, _u in getUtilitiesFor(IFieldValidator))


def _fields_in_order(schema):
    fields = [(name, schema[name]) for name in schema.names(all=False) if isinstance(schema[name], zs.Field)]
    fields.sort(key=lambda item: item[1].order)
    return fields


def layout(schema):
    """[(fieldset id, label, [names])], the default fieldset first (as shown)."""
    fieldsets = schema.queryTaggedValue(FIELDSETS_KEY, [])
    in_sets = {name for fs in fieldsets for name in fs.fields}
    names = [name for name, _f in _fields_in_order(schema)]
    result = [(DEFAULT_FIELDSET, None, [n for n in names if n not in in_sets])]
    for fs in fieldsets:
        result.append((fs.__name__, fs.label, [n for n in fs.fields if n in schema]))
    return result


def apply_layout(schema, new_layout):
    """Fields' order and fieldsets from [(id, label, [names])]; empty fieldsets go."""
    old = {fs.__name__: fs for fs in schema.queryTaggedValue(FIELDSETS_KEY, [])}
    fieldsets = []
    order = 0
    for fs_id, label, names in new_layout:
        for name in names:
            schema[name].order = order
            order += 1
        if fs_id == DEFAULT_FIELDSET or not names:
            continue
        fieldset = old.get(fs_id) or Fieldset(fs_id, label=label)
        if label:
            fieldset.label = label
        fieldset.fields = list(names)
        fieldsets.append(fieldset)
    schema.setTaggedValue(FIELDSETS_KEY, fieldsets)


def _vocabulary(values):
    """Terms as the supermodel reads ``<values>`` back (token = escaped value)."""
    terms = []
    for value in values:
        terms.append(SimpleTerm(value=value, token=value.encode("unicode_escape"), title=value))
    return SimpleVocabulary(terms)


def _choice_values(field):
    vocabulary = getattr(field, "vocabulary", None)
    if vocabulary is None and ICollection.providedBy(field):
        vocabulary = getattr(field.value_type, "vocabulary", None)
    return [term.value for term in vocabulary] if vocabulary is not None else []


def _text(value):
    return str(value) if value else ""


def describe_field(schema, name, field, fieldset, kept):
    kind = field_kind(field)
    extender = IFieldExtender(field)
    info = {
        "name": name,
        "type": kind,
        "title": _text(field.title) or name,
        "description": _text(field.description),
        "required": bool(field.required) if kind not in _LABELS else False,
        "fieldset": fieldset,
        "validators": list(getattr(extender, "validators", None) or []),
        "kept": name in kept,
        # Set in Classic UI with TALES (code): shown, never changed here.
        "server_side": bool(getattr(extender, "serverSide", False)),
        "enabled_expression": getattr(extender, "TEnabled", None) or None,
        "default_expression": getattr(extender, "TDefault", None) or None,
    }
    if "default" in _applies(kind):
        default = field.default
        if isinstance(default, (set, frozenset)):
            default = sorted(default)
        info["default"] = IJsonCompatible(default, None) if default not in (None, "") else None
    for attr in ("min_length", "max_length"):
        if attr in _applies(kind):
            value = getattr(field, attr, None)
            info[attr] = value or None
    for attr in ("min", "max"):
        if attr in _applies(kind):
            info[attr] = getattr(field, attr, None)
    if kind in ("choice", "multichoice"):
        info["choices"] = _choice_values(field)
    if kind in ("file", "image"):
        info["max_size"] = field_max_size(field)
    if kind == "likert":
        info["questions"] = list(field.questions or [])
        info["answers"] = list(field.answers or [])
    if kind == "richlabel":
        rich = getattr(field, "rich_label", "") or ""
        info["text"] = getattr(rich, "raw", rich)
    return info


def _applies(kind):
    return {prop for prop, kinds in PROPERTIES.items() if kind in kinds}


def describe(context, request):
    from zope.i18n import translate

    schema = get_schema(context)
    kept = kept_fields(context)
    default_label = context.default_fieldset_label or translate(_("Form"), context=request)
    fieldsets = []
    fields = []
    for fs_id, label, names in layout(schema):
        fieldsets.append({"id": fs_id, "title": default_label if fs_id == DEFAULT_FIELDSET else label,
                          "fields": names})
        fields.extend(describe_field(schema, n, schema[n], fs_id, kept) for n in names)
    known = validator_ids()
    return {
        "@id": f"{context.absolute_url()}/@easyform-fields",
        "fieldsets": fieldsets,
        "fields": fields,
        "types": [{"id": kind, "title": translate(title, context=request),
                   "properties": sorted(_applies(kind))} for kind, title in FIELD_TYPES.items()],
        "validators": [{"id": v, "title": translate(VALIDATOR_TITLES.get(v, v), context=request)} for v in known],
        "max_size": max_upload_size(),
    }


# --- checking values -------------------------------------------------------

def _string_list(value, prop, errors, forbid=""):
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors[prop] = _("Enter a list of texts.")
        return None
    items = [v.strip() for v in value]
    if not items or any(not v for v in items):
        errors[prop] = _("Enter at least one entry; entries may not be empty.")
        return None
    if len(set(items)) != len(items):
        errors[prop] = _("Each entry may appear only once.")
        return None
    if forbid and any(c in v for v in items for c in forbid):
        errors[prop] = _("Entries may not contain a comma or a colon.")
        return None
    return items


def _number(value, kind):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError
    if kind == "integer":
        if isinstance(value, float) and not value.is_integer():
            raise ValueError
        return int(value)
    return float(value)


def _count(value):
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError
    return value


def _default_value(kind, value, choices):
    """JSON -> the field's Python default (ValueError when it cannot be)."""
    if value is None or value == "" or value == []:
        return None
    if kind in ("string", "textarea"):
        if not isinstance(value, str):
            raise ValueError
        return value
    if kind in ("integer", "number"):
        return _number(value, kind)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValueError
        return value
    if kind == "date":
        return datetime.date.fromisoformat(str(value))
    if kind == "datetime":
        parsed = datetime.datetime.fromisoformat(str(value))
        return parsed.replace(tzinfo=None)
    if kind == "choice":
        if value not in choices:
            raise ValueError
        return value
    if kind == "multichoice":
        if not isinstance(value, list) or any(v not in choices for v in value):
            raise ValueError
        return set(value)
    raise ValueError


def check(kind, data, field=None):
    """Checked, converted settings for a field of ``kind`` (new or ``field``)."""
    errors = {}
    applies = _applies(kind)
    for prop in data:
        if prop not in applies:
            errors[prop] = _("This setting does not apply to this type of field.")
    if errors:
        raise FieldsError(errors)
    values = {}
    if "title" in data or field is None:
        title = data.get("title")
        if not isinstance(title, str) or not title.strip():
            errors["title"] = _("Enter the field's title.")
        elif len(title.strip()) > MAX_TITLE:
            errors["title"] = _("Too long: at most ${max} characters.", mapping={"max": MAX_TITLE})
        else:
            values["title"] = title.strip()
    if "description" in data:
        if data["description"] is not None and not isinstance(data["description"], str):
            errors["description"] = _("This value is not valid.")
        else:
            values["description"] = (data["description"] or "").strip()
    if "required" in data:
        if not isinstance(data["required"], bool):
            errors["required"] = _("This value is not valid.")
        else:
            values["required"] = data["required"]
    if "validators" in data:
        known = set(validator_ids())
        given = data["validators"]
        if not isinstance(given, list) or any(v not in known for v in given):
            errors["validators"] = _("Choose validators from the list.")
        else:
            values["validators"] = list(dict.fromkeys(given))
    if "choices" in data or (field is None and kind in ("choice", "multichoice")):
        choices = _string_list(data.get("choices"), "choices", errors)
        if choices is not None:
            values["choices"] = choices
    for prop in ("questions", "answers"):
        if prop in data or (field is None and kind == "likert"):
            items = _string_list(data.get(prop), prop, errors, forbid=",:")
            if items is not None:
                values[prop] = items
    for prop in ("min_length", "max_length"):
        if prop in data:
            try:
                values[prop] = _count(data[prop]) if data[prop] is not None else None
            except ValueError:
                errors[prop] = _("Enter a whole number, 0 or more.")
    for prop in ("min", "max"):
        if prop in data:
            try:
                values[prop] = _number(data[prop], kind) if data[prop] is not None else None
            except ValueError:
                errors[prop] = (_("Enter a whole number.") if kind == "integer" else _("Enter a number."))
    if "max_size" in data and data["max_size"] is not None:
        size = data["max_size"]
        limit = max_upload_size()
        if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
            errors["max_size"] = _("Enter the largest file size in bytes, more than 0.")
        elif size > limit:
            errors["max_size"] = _("At most ${size} MB, the limit of the whole site.",
                                   mapping={"size": f"{limit / 1048576:.1f}".removesuffix(".0")})
        else:
            values["max_size"] = size
    elif "max_size" in data:
        values["max_size"] = None
    if "text" in data:
        if not isinstance(data["text"], str):
            errors["text"] = _("This value is not valid.")
        else:
            values["text"] = data["text"]
    # Bounds against each other, the field's current ones when not given.
    for low, high in (("min_length", "max_length"), ("min", "max")):
        lo = values.get(low, getattr(field, low, None)) if low in applies else None
        hi = values.get(high, getattr(field, high, None)) if high in applies else None
        if low == "min_length" and not hi:
            continue
        if lo is not None and hi is not None and lo > hi and low not in errors and high not in errors:
            errors[high] = _("The maximum must not be less than the minimum.")
    if "default" in data:
        choices = values.get("choices") or (_choice_values(field) if field is not None else [])
        try:
            values["default"] = _default_value(kind, data["default"], choices)
        except (ValueError, TypeError):
            errors["default"] = _("The default value does not fit this field.")
    if errors:
        raise FieldsError(errors)
    return values


# --- changing the schema ---------------------------------------------------

def _new_field(kind, values):
    common = {"title": values["title"], "description": values.get("description", ""),
              "required": values.get("required", kind not in _LABELS and kind != "boolean")}
    if kind in _LABELS:
        common["required"] = False
    if kind == "choice":
        return zs.Choice(vocabulary=_vocabulary(values["choices"]), **common)
    if kind == "multichoice":
        return zs.Set(value_type=zs.Choice(vocabulary=_vocabulary(values["choices"])), **common)
    if kind == "likert":
        return Likert(questions=values["questions"], answers=values["answers"], **common)
    factories = {
        "string": zs.TextLine, "textarea": zs.Text, "richtext": RichText, "integer": zs.Int,
        "number": zs.Float, "date": zs.Date, "datetime": zs.Datetime, "boolean": zs.Bool,
        "file": NamedBlobFile, "image": NamedBlobImage, "label": Label, "richlabel": RichLabel,
    }
    return factories[kind](**common)


def _apply(schema, name, field, kind, values):
    for attr in ("title", "description", "required", "min_length", "max_length", "min", "max"):
        if attr in values:
            value = values[attr]
            if attr == "min_length" and value is None:
                value = 0
            setattr(field, attr, value)
    if "choices" in values:
        vocabulary = _vocabulary(values["choices"])
        if kind == "choice":
            field.vocabulary = vocabulary
        else:
            field.value_type = zs.Choice(vocabulary=vocabulary)
        if "default" not in values and field.default is not None:
            # A default no longer among the choices would break the form.
            current = field.default if kind == "multichoice" else {field.default}
            if not set(current) <= set(values["choices"]):
                field.default = None
    if "questions" in values:
        field.questions = values["questions"]
    if "answers" in values:
        field.answers = values["answers"]
    if "text" in values:
        field.rich_label = RichTextValue(values["text"], "text/html", "text/x-html-safe")
    if "validators" in values:
        IFieldExtender(field).validators = values["validators"] or None
    if "max_size" in values:
        set_field_max_size(schema, name, values["max_size"])
    try:
        # zope.schema checks a default as it is set, against the new bounds too.
        if "default" in values:
            field.default = values["default"]
        if field.default is not None:
            field.bind(None).validate(field.default)
    except (ValidationError, ValueError, TypeError) as error:
        raise FieldsError({"default": _("The default value does not fit this field.")}) from error


def _fieldset_of(schema, name):
    for fs_id, _label, names in layout(schema):
        if name in names:
            return fs_id
    return DEFAULT_FIELDSET


def add_field(context, data):
    """Add a field from ``data`` (name, type, fieldset, settings); returns its name."""
    if not isinstance(data, dict):
        raise FieldsError({}, _("The request body must be a JSON object."))
    schema = get_schema(context)
    data = dict(data)
    name = data.pop("name", None)
    kind = data.pop("type", None)
    fieldset = data.pop("fieldset", None) or DEFAULT_FIELDSET
    errors = {}
    if not isinstance(name, str) or not NAME_RE.match(name) or keyword.iskeyword(name):
        errors["name"] = _("The id must start with a letter and hold only lower-case letters "
                           "without accents, digits and _ (at most 40).")
    elif name in schema or name == HONEYPOT:
        errors["name"] = _("This form already has a field with the id ${name}.", mapping={"name": name})
    if kind not in FIELD_TYPES:
        errors["type"] = _("Choose the type of the field.")
    fieldsets = layout(schema)
    if fieldset not in [fs[0] for fs in fieldsets]:
        errors["fieldset"] = _("The form has no group ${name}.", mapping={"name": str(fieldset)})
    if errors:
        raise FieldsError(errors)
    values = check(kind, data)
    field = _new_field(kind, values)
    IEditableSchema(schema).addField(field, name)
    field.__name__ = name
    _apply(schema, name, field, kind, {k: v for k, v in values.items() if k not in ("title",)})
    apply_layout(schema, [(i, label, names + [name] if i == fieldset else names)
                          for i, label, names in fieldsets])
    set_fields(context, schema)
    return name


def _existing(schema, name):
    if name not in schema:
        raise FieldsError({}, _("This form has no field ${name}.", mapping={"name": name}))
    return schema[name]


def edit_field(context, name, data):
    if not isinstance(data, dict) or not data:
        raise FieldsError({}, _("The request body must be a JSON object."))
    schema = get_schema(context)
    field = _existing(schema, name)
    data = dict(data)
    errors = {}
    if "name" in data and data.pop("name") != name:
        errors["name"] = _("A field's id cannot be changed; add a new field instead.")
    if "type" in data and data.pop("type") != field_kind(field):
        errors["type"] = _("A field's type cannot be changed; add a new field instead.")
    fieldset = data.pop("fieldset", None)
    position = data.pop("position", None)
    current = layout(schema)
    if fieldset is not None and fieldset not in [fs[0] for fs in current]:
        errors["fieldset"] = _("The form has no group ${name}.", mapping={"name": str(fieldset)})
    if position is not None and (isinstance(position, bool) or not isinstance(position, int) or position < 0):
        errors["position"] = _("Enter a whole number, 0 or more.")
    if errors:
        raise FieldsError(errors)
    kind = field_kind(field)
    values = check(kind, data, field)
    _apply(schema, name, field, kind, values)
    if fieldset is not None or position is not None:
        target = fieldset or _fieldset_of(schema, name)
        new_layout = []
        for fs_id, label, names in current:
            names = [n for n in names if n != name]
            if fs_id == target:
                index = len(names) if position is None else min(position, len(names))
                names.insert(index, name)
            new_layout.append((fs_id, label, names))
        apply_layout(schema, new_layout)
    set_fields(context, schema)


def delete_field(context, name):
    schema = get_schema(context)
    _existing(schema, name)
    if name in kept_fields(context):
        raise FieldsError({name: _("This form needs this field; it cannot be deleted.")},
                          _("This form needs this field; it cannot be deleted."))
    IEditableSchema(schema).removeField(name)
    set_field_max_size(schema, name, None)
    # Drop the group the field leaves empty.
    apply_layout(schema, layout(schema))
    set_fields(context, schema)


def set_layout(context, data):
    """The whole order at once: ``{"fieldsets": [{"id", "title", "fields"}]}``.

    Reorders, moves fields between groups, adds and renames groups; every
    field must be listed exactly once.
    """
    fieldsets = data.get("fieldsets") if isinstance(data, dict) else None
    if not isinstance(fieldsets, list) or not fieldsets:
        raise FieldsError({}, _("Send the groups of the form in \"fieldsets\"."))
    schema = get_schema(context)
    existing = {fs_id: label for fs_id, label, _n in layout(schema)}
    all_names = {name for name, _f in _fields_in_order(schema)}
    seen_sets, seen_fields, new_layout = set(), [], []
    errors = {}
    for index, item in enumerate(fieldsets):
        if not isinstance(item, dict) or not isinstance(item.get("fields"), list):
            errors["fieldsets"] = _("Each group needs an id and a list of fields.")
            break
        fs_id = item.get("id") or DEFAULT_FIELDSET
        title = item.get("title")
        if not isinstance(fs_id, str) or not FIELDSET_RE.match(fs_id) or fs_id in seen_sets:
            errors["fieldsets"] = _("Group ids must be unique and hold only lower-case letters "
                                    "without accents, digits and _.")
            break
        if fs_id == DEFAULT_FIELDSET and index != 0:
            errors["fieldsets"] = _("The form's main group comes first.")
            break
        if fs_id not in existing and not (isinstance(title, str) and title.strip()):
            errors["fieldsets"] = _("Enter the title of the new group ${name}.", mapping={"name": fs_id})
            break
        seen_sets.add(fs_id)
        seen_fields.extend(item["fields"])
        label = title.strip() if isinstance(title, str) and title.strip() else existing.get(fs_id)
        new_layout.append((fs_id, label, list(item["fields"])))
    if not errors:
        unknown = [n for n in seen_fields if n not in all_names]
        twice = {n for n in seen_fields if seen_fields.count(n) > 1}
        missing = all_names - set(seen_fields)
        if unknown:
            errors["fieldsets"] = _("This form has no field ${name}.", mapping={"name": ", ".join(map(str, unknown))})
        elif twice or missing:
            errors["fieldsets"] = _("List every field of the form exactly once.")
    if errors:
        raise FieldsError(errors)
    default_title = next((item.get("title") for item in fieldsets
                          if (item.get("id") or DEFAULT_FIELDSET) == DEFAULT_FIELDSET), None)
    apply_layout(schema, new_layout)
    set_fields(context, schema)
    if isinstance(default_title, str) and default_title.strip() and \
            default_title.strip() != (context.default_fieldset_label or ""):
        context.default_fieldset_label = default_title.strip()
