"""The documents registry (sổ văn bản): one query for the @registry service.

Parameters are checked first (a bad one is a `RegistryError` with a
Vietnamese message, the service answers 400). Every query is bounded: the
page of items by `b_size` (at most 100), the facet counts by FACET_LIMIT
matches, the CSV export by CSV_LIMIT rows. The catalog's own permission
filter applies to everything: anonymous readers never get intranet or
private documents.

Scopes: `unit` (the documents of this unit's site; on the root, the
province's own), `upper` (the province's documents, "Văn bản cấp trên",
shown in every unit without copies), `network` (every unit; the root's
default).
"""

from Acquisition import aq_base
from datetime import date
from mttq.langson import _
from mttq.langson.documents.content import PORTAL_TYPE
from mttq.langson.documents.vocabularies import DOCUMENT_FIELDS
from mttq.langson.documents.vocabularies import DOCUMENT_TYPES
from mttq.langson.documents.vocabularies import URGENCIES
from mttq.langson.network.units import nearest_unit
from mttq.langson.rest import InputError
from plone import api
from Products.ZCTextIndex.ParseTree import ParseError
from zope.i18n import translate
from zope.i18nmessageid import Message

import csv
import io


SCOPES = ("unit", "upper", "network")
SORTS = {"-issue_date": "descending", "issue_date": "ascending"}
MAX_B_SIZE = 100
DEFAULT_B_SIZE = 20
FACET_LIMIT = 2000
CSV_LIMIT = 5000
MAX_Q = 200
MIN_YEAR, MAX_YEAR = 1945, 2100
FACETS = ("document_type", "issuing_body", "year", "document_field", "signer")
TYPE_TITLES = dict(DOCUMENT_TYPES)
FIELD_TITLES = dict(DOCUMENT_FIELDS)
URGENCY_TITLES = dict(URGENCIES)


class RegistryError(InputError):
    pass


def _text(request, name):
    value = request.form.get(name, "")
    if isinstance(value, list):
        raise RegistryError(_("Give each filter once."), name)
    return " ".join(str(value).split())


def _int(request, name, default, low, high, message):
    value = _text(request, name)
    if not value:
        return default
    if not value.isdigit() or not low <= int(value) <= high:
        raise RegistryError(message, name)
    return int(value)


def parse(request, is_root):
    """The checked parameters of a registry request."""
    params = {name: _text(request, name) for name in
              ("document_type", "issuing_body", "document_field", "signer", "q", "scope", "sort", "format")}
    if params["document_type"] and params["document_type"] not in TYPE_TITLES:
        raise RegistryError(_("Unknown document type."), "document_type")
    if params["document_field"] and params["document_field"] not in FIELD_TITLES:
        raise RegistryError(_("Unknown field of work."), "document_field")
    if len(params["q"]) > MAX_Q or len(params["issuing_body"]) > MAX_Q or len(params["signer"]) > MAX_Q:
        raise RegistryError(_("The search text is too long: at most 200 characters."), "q")
    params["scope"] = params["scope"] or ("network" if is_root else "unit")
    if params["scope"] not in SCOPES:
        raise RegistryError(_("Unknown scope: use unit, upper or network."), "scope")
    params["sort"] = params["sort"] or "-issue_date"
    if params["sort"] not in SORTS:
        raise RegistryError(_("Unknown sort order: use issue_date or -issue_date."), "sort")
    if params["format"] not in ("", "json", "csv"):
        raise RegistryError(_("Unknown format: use json or csv."), "format")
    params["year"] = _int(request, "year", None, MIN_YEAR, MAX_YEAR,
                          _("The year must be a number between 1945 and 2100."))
    params["b_start"] = _int(request, "b_start", 0, 0, 10**6, _("b_start must be a number from 0."))
    params["b_size"] = _int(request, "b_size", DEFAULT_B_SIZE, 1, MAX_B_SIZE,
                            _("b_size must be a number from 1 to 100."))
    return params


def scope_query(context, scope):
    """Path (and unit) part of the query for a scope, seen from context."""
    portal = api.portal.get()
    root_path = "/".join(portal.getPhysicalPath())
    root_code = getattr(portal, "unit_code", None)
    if scope == "network":
        return {"path": {"query": root_path}}
    unit = nearest_unit(context)
    if scope == "upper" or unit is None or aq_base(unit) is aq_base(portal):
        # The province's own documents: under the root, not in a unit's site.
        query = {"path": {"query": root_path}}
        if root_code:
            query["unit_code"] = root_code
        return query
    return {"path": {"query": "/".join(unit.getPhysicalPath())}}


def catalog_query(context, params):
    query = {"portal_type": PORTAL_TYPE, "sort_on": "issue_date", "sort_order": SORTS[params["sort"]]}
    query.update(scope_query(context, params["scope"]))
    for name in ("document_type", "issuing_body", "document_field", "signer"):
        if params[name]:
            query[name] = params[name]
    if params["year"]:
        query["issue_date"] = {"query": (date(params["year"], 1, 1), date(params["year"], 12, 31)),
                               "range": "min:max"}
    if params["q"]:
        query["SearchableText"] = params["q"]
    return query


def search(context, params):
    try:
        return api.portal.get_tool("portal_catalog").searchResults(**catalog_query(context, params))
    except ParseError:
        raise RegistryError(_("The search text cannot be understood: remove brackets and quotes."), "q")


def _title(request, message):
    return translate(message, context=request) if isinstance(message, Message) else message


def _plain(value):
    """A metadata value, None when missing (Missing.Value is falsy)."""
    return value if value else None


def _date(value):
    if not value:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _term(request, titles, token):
    if not token:
        return None  # also Missing.Value
    return {"token": token, "title": _title(request, titles.get(token, token))}


def serialize_brain(brain, request):
    return {
        "@id": brain.getURL(),
        "UID": brain.UID,
        "title": brain.Title,
        "review_state": _plain(brain.review_state),
        "document_number": _plain(brain.document_number),
        "document_type": _term(request, TYPE_TITLES, brain.document_type),
        "issue_date": _date(brain.issue_date),
        "date_in_force": _date(brain.date_in_force),
        "issuing_body": _plain(brain.issuing_body),
        "signer": _plain(brain.signer),
        "signer_position": _plain(brain.signer_position),
        "document_field": _term(request, FIELD_TITLES, brain.document_field),
        "urgency": _term(request, URGENCY_TITLES, brain.urgency),
        "unit_code": _plain(brain.unit_code),
    }


def _year(brain):
    value = brain.issue_date
    return str(value.year) if value and hasattr(value, "year") else None


def facets(brains, request):
    """Counts of each filter's values among the (first FACET_LIMIT) matches."""
    counts = {name: {} for name in FACETS}
    for number, brain in enumerate(brains):
        if number >= FACET_LIMIT:
            break
        for name in FACETS:
            value = _year(brain) if name == "year" else getattr(brain, name, None)
            if value:
                counts[name][value] = counts[name].get(value, 0) + 1
    titles = {"document_type": TYPE_TITLES, "document_field": FIELD_TITLES}
    result = {}
    for name, values in counts.items():
        order = sorted(values, reverse=True) if name == "year" else sorted(values)
        result[name] = [{"value": value, "title": _title(request, titles.get(name, {}).get(value, value)),
                         "count": values[value]} for value in order]
    return result


CSV_COLUMNS = (
    ("document_number", _("Number and notation")),
    ("document_type", _("Document type")),
    ("issue_date", _("Issue date")),
    ("date_in_force", _("Date in force")),
    ("issuing_body", _("Issuing body")),
    ("title", _("Summary")),
    ("signer", _("Signer")),
    ("signer_position", _("Position of the signer")),
    ("document_field", _("Field")),
    ("urgency", _("Urgency")),
    ("@id", _("Link")),
)


def to_csv(brains, request):
    """UTF-8 with a BOM (Excel reads Vietnamese right), Vietnamese headers."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([translate(title, context=request) for _name, title in CSV_COLUMNS])
    for number, brain in enumerate(brains):
        if number >= CSV_LIMIT:
            break
        item = serialize_brain(brain, request)
        row = []
        for name, _title_ in CSV_COLUMNS:
            value = item[name]
            value = value["title"] if isinstance(value, dict) else (value or "")
            # A cell starting like a formula would run in Excel: keep it text.
            if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                value = "'" + value
            row.append(value)
        writer.writerow(row)
    return "\ufeff" + out.getvalue()
