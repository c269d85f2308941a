"""Events of guidance documents."""

from plone import api


def default_language(obj, event):
    """A document without a language takes the site's (vi): plone.categorization
    leaves it empty when the REST client or the code gives none."""
    if not obj.Language():
        obj.setLanguage(api.portal.get_default_language() or "vi")


def check_files(obj, event):
    """Extract the text and verify the signatures of the main file once per
    file version, at save time (both are cached in annotations); neither
    may stop the save."""
    from mttq.langson.documents.fulltext import cached_text
    from mttq.langson.documents.signatures import signature_report

    cached_text(obj)
    signature_report(obj, store=True)


def attachment_changed(obj, event):
    """A File inside a document: check it, and reindex the document whose
    SearchableText carries the attachment's text."""
    from mttq.langson.documents.content import IGuidanceDocument

    parent = getattr(obj, "aq_parent", None)
    if parent is None or not IGuidanceDocument.providedBy(parent):
        return
    check_files(obj, event)
    parent.reindexObject(idxs=["SearchableText"])
