"""The words inside the library's files, for its search.

A File below the training materials library is marked ITrainingMaterial
(on add or move); its SearchableText then carries, besides its title,
description and tags, the text inside the file: PDF, DOCX and ODT through
the documents package's extraction (cached per file version), slide decks
(ODP, PPTX) here. A broken file gives no text and is saved normally.
"""

from Acquisition import aq_base
from mttq.langson import logger
from mttq.langson.intranet.sections import LIBRARY_ID
from mttq.langson.network.groups import INTRANET_ID
from persistent.mapping import PersistentMapping
from plone import api
from plone.indexer import indexer
from zope.annotation.interfaces import IAnnotations
from zope.interface import alsoProvides
from zope.interface import Interface
from zope.interface import noLongerProvides

import html
import io
import os
import re
import zipfile


ANNOTATION_KEY = "mttq.langson.intranet.slides_text"
MAX_CHARS = 200_000
MAX_SLIDES = 300
SLIDE_NAME = re.compile(r"^ppt/slides/slide(\d+)\.xml$")
TAG = re.compile(rb"<[^>]+>")
# Text runs of DrawingML (PPTX) and paragraphs of OpenDocument (ODP).
PPTX_TEXT = re.compile(rb"<a:t>([^<]*)</a:t>")


class ITrainingMaterial(Interface):
    """A file of the training materials library (its text is searchable)."""


def in_library(obj):
    try:
        site_path = api.portal.get().getPhysicalPath()
    except api.exc.CannotGetPortalError:  # outside a site (scripts): no library
        return False
    inner = obj.getPhysicalPath()[len(site_path):]
    return len(inner) > 2 and inner[0] == INTRANET_ID and inner[1] == LIBRARY_ID


def mark(obj, event):
    """On add or move of a File: marked inside the library, unmarked outside."""
    if getattr(event, "newParent", None) is None:
        return  # removed
    inside = in_library(obj)
    if inside and not ITrainingMaterial.providedBy(obj):
        alsoProvides(obj, ITrainingMaterial)
    elif not inside and ITrainingMaterial.providedBy(obj):
        noLongerProvides(obj, ITrainingMaterial)
    else:
        return
    obj.reindexObject(idxs=["SearchableText", "object_provides"])


def _xml_text(xml):
    return html.unescape(" ".join(TAG.sub(b" ", xml).decode("utf-8", "replace").split()))


def slides_text(data):
    """The text of an ODP or PPTX slide deck ("" if it is neither)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        if "content.xml" in names:
            return _xml_text(archive.read("content.xml"))
        slides = sorted((int(m.group(1)), name) for name in names if (m := SLIDE_NAME.match(name)))
        runs = []
        for _number, name in slides[:MAX_SLIDES]:
            runs += [run.decode("utf-8", "replace") for run in PPTX_TEXT.findall(archive.read(name))]
        return html.unescape(" ".join(" ".join(runs).split()))


def file_text(obj):
    from mttq.langson.documents.fulltext import cached_text
    from mttq.langson.documents.fulltext import file_hash

    named_file = getattr(aq_base(obj), "file", None)
    if named_file is None:
        return ""
    extension = os.path.splitext(getattr(named_file, "filename", "") or "")[1].lower()
    if extension not in (".odp", ".pptx"):
        return cached_text(obj)
    digest = file_hash(named_file)
    annotations = IAnnotations(obj)
    cache = annotations.get(ANNOTATION_KEY)
    if cache is not None and cache.get("sha256") == digest:
        return cache["text"]
    try:
        text = slides_text(named_file.data)[:MAX_CHARS]
    except Exception as error:  # a broken upload must not break saving
        logger.warning("No text from %s: %s", named_file.filename, error)
        text = ""
    annotations[ANNOTATION_KEY] = PersistentMapping(sha256=digest, text=text)
    return text


@indexer(ITrainingMaterial)
def SearchableText(obj):
    parts = [obj.getId(), obj.Title(), obj.Description(), *obj.Subject(), file_text(obj)]
    return " ".join(part.strip() for part in parts if isinstance(part, str) and part.strip())
