"""Full text of a document's files for SearchableText.

PDF text comes from pypdf, DOCX and ODT text from their XML parts (stdlib
zipfile + ElementTree). The text is extracted once per file version: it is
kept in an annotation of the item keyed on the SHA-256 of the file's bytes,
so a reindex that does not change the file reads the cache; the texts of
the last few files are also kept in memory by SHA-256, so the same file
attached to several documents (a province document posted again by the
units, an import) is read once. Extraction is
bounded (pages, characters, uncompressed XML size) and never raises: a
broken file gives no text, and the document is saved as usual.
"""

from mttq.langson import logger
from persistent.mapping import PersistentMapping
from xml.etree import ElementTree
from zope.annotation.interfaces import IAnnotations

from collections import OrderedDict

import hashlib
import io
import os
import threading
import zipfile


ANNOTATION_KEY = "mttq.langson.documents.fulltext"
MAX_CHARS = 200_000  # per file: enough for a long plan, bounded for the index
MAX_PAGES = 200
MAX_XML_BYTES = 20 * 1024 * 1024  # uncompressed XML read from a DOCX/ODT (zip bombs)

# Counted by the tests: extraction must run once per file version.
calls = {"extract": 0}
RECENT_TEXTS = 64
_recent = OrderedDict()  # (sha256, file name extension) → text
_recent_lock = threading.Lock()


def _remember(key, text):
    with _recent_lock:
        _recent[key] = text
        _recent.move_to_end(key)
        while len(_recent) > RECENT_TEXTS:
            _recent.popitem(last=False)


def file_hash(named_file):
    """SHA-256 of the file's bytes, read in chunks from the blob."""
    digest = hashlib.sha256()
    opened = getattr(named_file, "open", None)
    if opened is not None:
        with named_file.open() as stream:
            for chunk in iter(lambda: stream.read(1024 * 1024), b""):
                digest.update(chunk)
    else:
        digest.update(named_file.data)
    return digest.hexdigest()


def _read(named_file):
    opened = getattr(named_file, "open", None)
    if opened is not None:
        with named_file.open() as stream:
            return stream.read()
    return bytes(named_file.data)


def _pdf_text(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    parts, size = [], 0
    for number, page in enumerate(reader.pages):
        if number >= MAX_PAGES or size >= MAX_CHARS:
            break
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
    return "\n".join(parts)


def _xml_text(data, member, paragraph_tags):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
        if info.file_size > MAX_XML_BYTES:
            raise ValueError(f"{member} too large: {info.file_size}")
        root = ElementTree.fromstring(archive.read(member))
    paragraphs = []
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] in paragraph_tags:
            text = "".join(element.itertext()).strip()
            if text:
                paragraphs.append(text)
    return "\n".join(paragraphs)


def _docx_text(data):
    return _xml_text(data, "word/document.xml", {"p"})


def _odt_text(data):
    # text:p and text:h hold the paragraphs and headings (nested spans inside).
    return _xml_text(data, "content.xml", {"p", "h"})


EXTRACTORS = {".pdf": _pdf_text, ".docx": _docx_text, ".odt": _odt_text}


def extract_text(named_file):
    """The text of a file (bounded), "" for other types or broken files."""
    extension = os.path.splitext(getattr(named_file, "filename", "") or "")[1].lower()
    extractor = EXTRACTORS.get(extension)
    if extractor is None:
        return ""
    calls["extract"] += 1
    try:
        return " ".join(extractor(_read(named_file)).split())[:MAX_CHARS]
    except Exception as error:  # a broken upload must not break saving
        logger.warning("No text from %s: %s", getattr(named_file, "filename", "?"), error)
        return ""


def cached_text(obj, field="file"):
    """The text of obj's file, from the annotation when the file is unchanged."""
    named_file = getattr(obj.aq_base if hasattr(obj, "aq_base") else obj, field, None)
    if named_file is None:
        return ""
    digest = file_hash(named_file)
    annotations = IAnnotations(obj)
    cache = annotations.get(ANNOTATION_KEY)
    if cache is not None and cache.get("sha256") == digest:
        return cache["text"]
    key = (digest, os.path.splitext(getattr(named_file, "filename", "") or "")[1].lower())
    with _recent_lock:
        text = _recent.get(key)
    if text is None:
        text = extract_text(named_file)
        _remember(key, text)
    annotations[ANNOTATION_KEY] = PersistentMapping(sha256=digest, text=text)
    return text
