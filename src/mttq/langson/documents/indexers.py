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
