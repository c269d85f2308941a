from mttq.langson import _
from mttq.langson.network.units import CLOSED
from mttq.langson.network.units import UNIT_TYPE
from mttq.langson.network.units import nearest_unit
from mttq.langson.network.units import unit_state
from zExceptions import Forbidden
from zope.globalrequest import getRequest
from zope.i18n import translate


def refuse_content_in_closed_unit(obj, event):
    """A closed unit takes no new content, whatever door it comes through.

    The workflow already revokes the add permissions; this also stops
    pastes, moves and code that skips permission checks.
    """
    if event.newParent is None:
        return
    unit = nearest_unit(event.newParent)
    if unit is None or unit is obj or unit.portal_type != UNIT_TYPE:
        return
    if unit_state(unit) == CLOSED:
        raise Forbidden(
            translate(
                _("The unit ${title} is closed: its site is an archive and takes no new content.",
                  mapping={"title": unit.title}),
                context=getRequest(),
            )
        )
