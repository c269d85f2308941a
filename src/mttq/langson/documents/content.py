"""The guidance document (văn bản) type: a folder whose main file is the signed
document and whose other attachments are File items inside it."""

from mttq.langson import _
from mttq.langson.documents import validation
from mttq.langson.documents.vocabularies import NOT_SECRET
from plone.app.z3cform.widgets.relateditems import RelatedItemsFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer
from zope.interface import invariant

import zope.schema


PORTAL_TYPE = "GuidanceDocument"


class IGuidanceDocument(model.Schema):
    """Metadata of an administrative document (Decree 30/2020/NĐ-CP, Annex VI).

    Title (plone.basic) is the summary line (trích yếu); language comes from
    plone.categorization (the site's language, vi, by default).
    """

    model.primary("file")

    document_number = schema.TextLine(
        title=_("Number and notation"),
        description=_("As on the document, e.g. 125/HD-MTTQ-BTT."),
        required=True,
        constraint=validation.check_document_number,
    )
    document_type = schema.Choice(
        title=_("Document type"),
        vocabulary="mttq.langson.DocumentTypes",
        required=True,
    )
    issue_date = schema.Date(
        title=_("Issue date"),
        required=True,
    )
    date_in_force = schema.Date(
        title=_("Date in force"),
        required=False,
    )
    issuing_body = schema.TextLine(
        title=_("Issuing body"),
        description=_("E.g. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn."),
        required=False,
    )
    signer = schema.TextLine(
        title=_("Signer"),
        required=False,
    )
    signer_position = schema.TextLine(
        title=_("Position of the signer"),
        required=False,
    )
    document_field = schema.Choice(
        title=_("Field"),
        vocabulary="mttq.langson.DocumentFields",
        required=False,
    )
    recipients = schema.Text(
        title=_("Recipients"),
        required=False,
    )
    urgency = schema.Choice(
        title=_("Urgency"),
        vocabulary="mttq.langson.DocumentUrgencies",
        default="thuong",
        required=True,
    )
    secrecy = schema.Choice(
        title=_("Secrecy"),
        description=_("Secret documents are never put online."),
        vocabulary="mttq.langson.DocumentSecrecy",
        default=NOT_SECRET,
        required=True,
        constraint=validation.check_secrecy,
    )
    page_count = schema.Int(
        title=_("Number of pages"),
        min=1,
        required=False,
    )
    file = NamedBlobFile(
        title=_("File"),
        description=_("The signed document: PDF, DOC, DOCX, ODT, XLS or XLSX, at most 20 MB. "
                      "Other attachments are added as files inside the document."),
        required=True,
        constraint=validation.check_file,
    )
    replaced_by = RelationChoice(
        title=_("Replaced by"),
        description=_("The guidance document that replaces this one."),
        vocabulary="plone.app.vocabularies.Catalog",
        required=False,
        constraint=validation.check_replaced_by,
    )
    directives.widget(
        "replaced_by",
        RelatedItemsFieldWidget,
        vocabulary="plone.app.vocabularies.Catalog",
        pattern_options={"selectableTypes": [PORTAL_TYPE], "recentlyUsed": True},
    )

    invariant(validation.in_force_not_before_issue)


@implementer(IGuidanceDocument)
class GuidanceDocument(Container):
    """A guidance document; File items inside it are its other attachments."""


def validate_document(obj):
    """Every validation error of a document (fields and invariants), [] if none."""
    return zope.schema.getValidationErrors(IGuidanceDocument, obj)
