"""The feedback form's fields a case is made of: editors may retitle them,
never delete them (see mttq.langson.forms.fields)."""

from mttq.langson.feedback.cases import FIELD_MAP
from mttq.langson.feedback.interfaces import IFeedbackForm
from mttq.langson.forms.interfaces import IKeptFields
from zope.component import adapter
from zope.interface import implementer


@implementer(IKeptFields)
@adapter(IFeedbackForm)
class FeedbackFormFields:
    # the case's fields, and its title
    names = frozenset(FIELD_MAP.values()) | {"tieu_de"}

    def __init__(self, context):
        self.context = context
