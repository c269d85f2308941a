from zope.interface import Attribute
from zope.interface import implementer
from zope.interface import Interface
from zope.interface.interfaces import IObjectEvent


class IEasyFormSubmittedEvent(IObjectEvent):
    """An EasyForm was submitted over REST, validated, and its actions ran.

    Subscribers may add entries to ``reply`` (shown to the person) or raise
    ``SubmissionRefused``: the submission is then rolled back.
    """

    data = Attribute("The validated values, by field name")
    request = Attribute("The request")
    reply = Attribute("A dict merged into the service's answer")


@implementer(IEasyFormSubmittedEvent)
class EasyFormSubmittedEvent:
    def __init__(self, obj, data, request):
        self.object = obj
        self.data = data
        self.request = request
        self.reply = {}


class IKeptFields(Interface):
    """Adapter of a form: the fields its own code reads, which editors may
    change but never delete (e.g. the contact of a citizen's feedback)."""

    names = Attribute("Field names")
