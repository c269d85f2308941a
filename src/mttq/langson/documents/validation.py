"""Validation of guidance documents, with Vietnamese messages.

Every rule is a field constraint or a schema invariant, so the same check
runs in the REST API (plone.restapi validates fields and invariants before
the object is added), in the add/edit forms (z3c.form) and in
`validate_document()` for code.
"""

from mttq.langson import _
from mttq.langson.documents.vocabularies import NOT_SECRET
from zExceptions import BadRequest
from zope.interface import Invalid
from zope.schema.interfaces import ValidationError

import os
import re


# Number and notation: digits, optional /year, then "/" or "-" separated
# groups of capitals (Đ allowed; "TTr"/"CTr" are the official type codes).
# 125/HD-MTTQ-BTT, 49-NQ/TU, 30/2020/NĐ-CP, 12/TTr-MTTQ.
NOTATION = re.compile(r"^\d+(?:/\d{4})?(?:[/-](?:TTr|CTr|[A-ZĐ][A-ZĐ0-9]*))+$")

MAX_FILE_SIZE = 20 * 1024 * 1024  # 20 MB

# Allowed extension -> (accepted content types, accepted leading bytes).
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc / .xls
ZIP = b"PK\x03\x04"  # .docx / .xlsx / .odt
ALLOWED_FILES = {
    ".pdf": ({"application/pdf", "application/x-pdf"}, (b"%PDF-",)),
    ".doc": ({"application/msword"}, (OLE2,)),
    ".docx": ({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}, (ZIP,)),
    ".odt": ({"application/vnd.oasis.opendocument.text"}, (ZIP,)),
    ".xls": ({"application/vnd.ms-excel"}, (OLE2,)),
    ".xlsx": ({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}, (ZIP,)),
}


class InvalidDocumentNumber(ValidationError):
    __doc__ = _("The number and notation is not valid: write it as on the document, "
                "e.g. 125/HD-MTTQ-BTT, 49-NQ/TU or 30/2020/NĐ-CP.")


class SecretDocumentRefused(ValidationError):
    __doc__ = _("Secret documents (Mật, Tối mật, Tuyệt mật) are never put online: "
                "only documents that are not secret can be published here.")


class FileTypeNotAllowed(ValidationError):
    __doc__ = _("This file type is not accepted: upload a PDF, DOC, DOCX, ODT, XLS or XLSX file.")


class FileContentMismatch(ValidationError):
    __doc__ = _("The content of the file does not match its type: upload the real PDF, "
                "DOC, DOCX, ODT, XLS or XLSX file.")


class FileTooLarge(ValidationError):
    __doc__ = _("The file is too large: at most 20 MB.")


class NotAGuidanceDocument(ValidationError):
    __doc__ = _("A document can only be replaced by another guidance document.")


def check_document_number(value):
    if not NOTATION.match(value or ""):
        raise InvalidDocumentNumber(value)
    return True


def check_secrecy(value):
    if value != NOT_SECRET:
        raise SecretDocumentRefused(value)
    return True


def _leading_bytes(value, size=8):
    opened = getattr(value, "open", None)
    if opened is not None:
        with value.open() as stream:
            return stream.read(size)
    return bytes(value.data[:size])


def check_file(value):
    """Extension AND content type (declared and actual) in the list, at most 20 MB."""
    extension = os.path.splitext(value.filename or "")[1].lower()
    if extension not in ALLOWED_FILES:
        raise FileTypeNotAllowed(value.filename)
    content_types, signatures = ALLOWED_FILES[extension]
    content_type = (value.contentType or "").split(";")[0].strip().lower()
    if content_type not in content_types:
        raise FileTypeNotAllowed(content_type)
    if value.getSize() > MAX_FILE_SIZE:
        raise FileTooLarge(value.getSize())
    if not _leading_bytes(value).startswith(signatures):
        raise FileContentMismatch(value.filename)
    return True


def check_replaced_by(value):
    if getattr(value, "portal_type", None) != "GuidanceDocument":
        raise NotAGuidanceDocument(value)
    return True


def in_force_not_before_issue(data):
    """Schema invariant: the date in force is not before the issue date."""
    issued = getattr(data, "issue_date", None)
    in_force = getattr(data, "date_in_force", None)
    if issued and in_force and in_force < issued:
        raise Invalid(_("The date in force cannot be before the issue date."))


class AttachmentRefused(BadRequest):
    """A file refused inside a guidance document; ``str()`` is the Vietnamese
    message. REST answers it as 400 ``{"error": {"type": "BadRequest", ...}}``
    (errors.py), like the other refusals."""


def check_attachment(obj, event):
    """A File added (or changed) inside a guidance document passes the main
    file's checks (types, content, size). Refused with the same Vietnamese
    message (``AttachmentRefused``): REST answers 400, the request's
    transaction is aborted, so nothing of it is stored."""
    from mttq.langson.documents.content import IGuidanceDocument
    from zope.globalrequest import getRequest
    from zope.i18n import translate

    parent = getattr(obj, "aq_parent", None)
    value = getattr(obj, "file", None)
    if parent is None or value is None or not IGuidanceDocument.providedBy(parent):
        return
    try:
        check_file(value)
    except ValidationError as error:
        request = getRequest()
        raise AttachmentRefused(translate(error.doc(), context=request, target_language=None if request else "vi"))
