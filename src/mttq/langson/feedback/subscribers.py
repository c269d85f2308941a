from datetime import datetime

import pytz


def case_transitioned(case, event):
    """Answered (resolved or rejected): remember when, for the statistics."""
    from mttq.langson.feedback.content import ANSWERED_STATES

    if event.new_state is None:
        return
    if event.new_state.getId() in ANSWERED_STATES:
        # pytz, not zoneinfo: ZODB pickles pytz time zones.
        case.closed_date = datetime.now(pytz.timezone("Asia/Ho_Chi_Minh"))
    else:
        case.closed_date = None
    case.reindexObject()
