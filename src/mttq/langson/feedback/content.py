from mttq.langson import _
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


PORTAL_TYPE = "FeedbackCase"
WORKFLOW_ID = "mttq_feedback_workflow"
# review_state -> when a case counts as answered
ANSWERED_STATES = ("resolved", "rejected")


class IFeedbackCase(model.Schema):
    """A citizen's feedback and the unit's answer; the citizen's data stays private."""

    reference = schema.TextLine(title=_("Reference number"), required=False, readonly=False)
    citizen_name = schema.TextLine(title=_("Citizen's name"), required=False)
    citizen_email = schema.TextLine(title=_("Citizen's e-mail"), required=False)
    citizen_phone = schema.TextLine(title=_("Citizen's phone"), required=False)
    citizen_address = schema.TextLine(title=_("Citizen's address"), required=False)
    category = schema.TextLine(title=_("Field"), required=False)
    text = schema.Text(title=_("Feedback"), required=False)
    attachment = NamedBlobFile(title=_("Attachment"), required=False)
    answer = schema.Text(
        title=_("Answer of the unit"),
        description=_("Needed before the case is resolved or rejected; the citizen reads it."),
        required=False,
    )
    answer_public = schema.Bool(
        title=_("Publish the answer"),
        description=_("Show this answered case on the unit's public page (without the citizen's personal data)."),
        required=False,
        default=False,
    )
    closed_date = schema.Datetime(title=_("Answered on"), required=False)


@implementer(IFeedbackCase)
class FeedbackCase(Item):
    """A feedback case."""
