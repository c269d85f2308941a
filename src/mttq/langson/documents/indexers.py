"""Catalog indexers of the registry metadata.

Registered for guidance documents only, with a default that refuses every
other object: without it the catalog would acquire a document's metadata
onto the File attachments inside it.
"""

from mttq.langson.documents.content import IGuidanceDocument
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer


def _document_indexer(name):
    @indexer(IGuidanceDocument)
    def index(obj):
        value = getattr(obj.aq_base if hasattr(obj, "aq_base") else obj, name, None)
        if value is None:
            raise AttributeError(name)
        return value

    @indexer(IDexterityContent)
    def nothing(obj):
        raise AttributeError(name)

    return index, nothing


document_number, no_document_number = _document_indexer("document_number")
document_type, no_document_type = _document_indexer("document_type")
issue_date, no_issue_date = _document_indexer("issue_date")
issuing_body, no_issuing_body = _document_indexer("issuing_body")
signer, no_signer = _document_indexer("signer")
document_field, no_document_field = _document_indexer("document_field")

INDEXES = ("document_number", "document_type", "issue_date", "issuing_body", "signer", "document_field")


# Metadata columns of the registry's listing and CSV (no index).
date_in_force, no_date_in_force = _document_indexer("date_in_force")
signer_position, no_signer_position = _document_indexer("signer_position")
urgency, no_urgency = _document_indexer("urgency")

COLUMNS = ("date_in_force", "signer_position", "urgency")
MAX_ATTACHMENTS = 20


@indexer(IGuidanceDocument)
def SearchableText(obj):
    """Metadata, blocks text and the text inside the main file and the
    attachments (PDF, DOCX, ODT; cached per file version, see fulltext)."""
    from mttq.langson.documents.fulltext import cached_text
    from plone.restapi.indexers import get_blocks_text

    base = obj.aq_base if hasattr(obj, "aq_base") else obj
    parts = [obj.getId(), obj.Title(), obj.Description()]
    parts += [getattr(base, name, None) or "" for name in
              ("document_number", "issuing_body", "signer", "signer_position", "recipients")]
    parts += list(obj.Subject())
    try:
        parts += get_blocks_text(obj)
    except Exception:  # blocks text is a bonus; never let it stop indexing
        pass
    parts.append(cached_text(obj))
    for number, child in enumerate(obj.objectValues()):
        if number >= MAX_ATTACHMENTS:
            break
        if getattr(child, "portal_type", None) == "File":
            parts += [child.Title(), cached_text(child)]
    return " ".join(part.strip() for part in parts if isinstance(part, str) and part.strip())
