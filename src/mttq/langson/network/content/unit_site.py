from plone.dexterity.content import Container
from plone.supermodel import model
from zope.interface import implementer


class IUnitSite(model.Schema):
    """The own site of one unit of the network, directly under the root.

    Its identity (``mttq.unit``), interface settings (``mttq.interface``)
    and navigation root come from behaviours, shared with the root.
    """


@implementer(IUnitSite)
class UnitSite(Container):
    """A unit's site."""
