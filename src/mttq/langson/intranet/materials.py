"""The training materials library: one catalog query for @materials.

Materials are the File, Link, Document and Image items below the library
folder. Their kind (PDF, slides, video, ...) comes from catalog metadata
(`mime_type`, `getRemoteUrl`), so listing a page never wakes an object.
The catalog's permission filter applies: anonymous visitors get nothing.
"""

from mttq.langson import _
from plone import api
from plone.uuid.interfaces import IUUID
from Products.ZCTextIndex.ParseTree import ParseError
from zope.i18n import translate

import re


MATERIAL_TYPES = ("File", "Link", "Document", "Image")
# Intranet items are readable from their creation (the workflow's initial
# state), so their date is the creation date, not a publishing date.
SORTS = {"-date": ("created", "descending"), "title": ("sortable_title", "ascending")}
MAX_B_SIZE = 100
DEFAULT_B_SIZE = 20
MAX_Q = 200
MAX_TAGS = 10
# Above this many matches, the kind filter and the facets count the first ones.
FACET_LIMIT = 2000

KINDS = (
    ("pdf", _("PDF document")),
    ("slides", _("Slide deck")),
    ("video", _("Video")),
    ("document", _("Text document")),
    ("spreadsheet", _("Spreadsheet")),
    ("image", _("Image")),
    ("page", _("Web page")),
    ("link", _("Link")),
    ("other", _("Other file")),
)
KIND_TITLES = dict(KINDS)

VIDEO_SITES = re.compile(r"^https?://([a-z0-9-]+\.)*(youtube\.com|youtu\.be|vimeo\.com|facebook\.com/watch|"
                         r"vtv\.vn|tiktok\.com)", re.IGNORECASE)
VIDEO_FILES = re.compile(r"\.(mp4|webm|ogv|mov|m4v)(\?.*)?$", re.IGNORECASE)
SLIDES = ("presentation", "powerpoint", "slideshow")
DOCUMENTS = ("msword", "wordprocessing", "opendocument.text", "rtf", "text/plain")
SPREADSHEETS = ("spreadsheet", "ms-excel", "text/csv")


class MaterialsError(ValueError):
    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def kind_of(portal_type, mime_type="", remote_url=""):
    """The material's kind, from its type and catalog metadata."""
    mime = (mime_type or "").lower()
    if portal_type == "Link":
        url = remote_url or ""
        return "video" if VIDEO_SITES.match(url) or VIDEO_FILES.search(url) else "link"
    if portal_type == "Document":
        return "page"
    if portal_type == "Image" or mime.startswith("image/"):
        return "image"
    if mime == "application/pdf":
        return "pdf"
    if mime.startswith("video/"):
        return "video"
    if any(word in mime for word in SLIDES):
        return "slides"
    if any(word in mime for word in SPREADSHEETS):
        return "spreadsheet"
    if any(word in mime for word in DOCUMENTS):
        return "document"
    return "other"


def brain_kind(brain):
    return kind_of(brain.portal_type, getattr(brain, "mime_type", ""), getattr(brain, "getRemoteUrl", ""))


def _int(request, name, default, low, high, message):
    raw = request.form.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise MaterialsError(message, name)
    if not low <= value <= high:
        raise MaterialsError(message, name)
    return value


def _list(request, name):
    raw = request.form.get(name)
    if raw in (None, ""):
        return []
    values = raw if isinstance(raw, (list, tuple)) else [raw]
    return [value.strip() for value in values if isinstance(value, str) and value.strip()]


def parse(request):
    """Checked parameters of a request (MaterialsError on bad input)."""
    q = request.form.get("q") or ""
    if not isinstance(q, str):
        raise MaterialsError(_("The search text must be a single text."), "q")
    q = q.strip()
    if len(q) > MAX_Q:
        raise MaterialsError(_("The search text is too long (at most 200 characters)."), "q")
    tags = _list(request, "tag")
    if len(tags) > MAX_TAGS:
        raise MaterialsError(_("Choose at most 10 tags."), "tag")
    kind = request.form.get("kind") or ""
    if kind and kind not in KIND_TITLES:
        raise MaterialsError(_("Unknown kind of material."), "kind")
    sort = request.form.get("sort") or "-date"
    if sort not in SORTS:
        raise MaterialsError(_("Unknown sort order: use -date (newest first) or title."), "sort")
    return {
        "q": q,
        "tag": tags,
        "kind": kind,
        "sort": sort,
        "b_start": _int(request, "b_start", 0, 0, 10**6, _("b_start must be a number from 0.")),
        "b_size": _int(request, "b_size", DEFAULT_B_SIZE, 1, MAX_B_SIZE,
                       _("b_size must be a number from 1 to 100.")),
    }


def catalog_query(context, params):
    sort_on, sort_order = SORTS[params["sort"]]
    query = {
        "portal_type": MATERIAL_TYPES,
        "path": {"query": "/".join(context.getPhysicalPath())},
        # The library page itself is a Document: not one of its materials.
        "UID": {"not": IUUID(context)},
        "sort_on": sort_on,
        "sort_order": sort_order,
    }
    if params["q"]:
        query["SearchableText"] = params["q"]
    if params["tag"]:
        # Every chosen tag narrows the list.
        query["Subject"] = {"query": params["tag"], "operator": "and"}
    return query


def search(context, params):
    """(the matches of the filters, the same without the kind filter)."""
    catalog = api.portal.get_tool("portal_catalog")
    try:
        brains = catalog.searchResults(**catalog_query(context, params))
    except ParseError:
        raise MaterialsError(_("The search text cannot be understood: remove brackets and quotes."), "q")
    if not params["kind"]:
        return brains, brains
    return [brain for brain in brains[:FACET_LIMIT] if brain_kind(brain) == params["kind"]], brains


def facets(items, unfiltered, request):
    """Counts of each tag among the matches, and of each kind among the
    matches of the other filters (so the other kinds stay offered)."""
    tags, kinds = {}, {}
    for brain in unfiltered[:FACET_LIMIT]:
        kind = brain_kind(brain)
        kinds[kind] = kinds.get(kind, 0) + 1
    for brain in items[:FACET_LIMIT]:
        for tag in brain.Subject or ():
            tags[tag] = tags.get(tag, 0) + 1
    return {
        "tag": [{"value": tag, "title": tag, "count": count}
                for tag, count in sorted(tags.items(), key=lambda item: (-item[1], item[0]))],
        "kind": [{"value": kind, "title": translate(title, context=request), "count": kinds[kind]}
                 for kind, title in KINDS if kind in kinds],
    }


def serialize(brain, request):
    kind = brain_kind(brain)
    url = brain.getURL()
    if brain.portal_type == "File":
        target = f"{url}/@@download/file"
    elif brain.portal_type == "Image":
        target = f"{url}/@@images/image"
    elif brain.portal_type == "Link":
        target = brain.getRemoteUrl or url
    else:
        target = url
    date = brain.created
    return {
        "@id": url,
        "@type": brain.portal_type,
        "UID": brain.UID,
        "title": brain.Title,
        "description": brain.Description,
        "review_state": brain.review_state,
        "kind": kind,
        "kind_title": translate(KIND_TITLES[kind], context=request),
        "mime_type": brain.mime_type if brain.portal_type in ("File", "Image") else None,
        "size": brain.getObjSize if brain.portal_type in ("File", "Image") else None,
        "target": target,
        "tags": list(brain.Subject or ()),
        "date": date.asdatetime().isoformat() if date else None,
    }
