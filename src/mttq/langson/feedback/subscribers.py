from datetime import datetime
from zoneinfo import ZoneInfo


def case_transitioned(case, event):
    """Answered (resolved or rejected): remember when, for the statistics."""
    from mttq.langson.feedback.content import ANSWERED_STATES

    if event.new_state is None:
        return
    if event.new_state.getId() in ANSWERED_STATES:
        case.closed_date = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh"))
    else:
        case.closed_date = None
    case.reindexObject()
