from mttq.langson.feedback.content import IFeedbackCase
from plone.indexer import indexer


@indexer(IFeedbackCase)
def feedback_public(obj):
    return bool(getattr(obj, "answer_public", False))


@indexer(IFeedbackCase)
def feedback_closed(obj):
    value = getattr(obj, "closed_date", None)
    if value is None:
        raise AttributeError("feedback_closed")
    from DateTime import DateTime

    return DateTime(value)
