from zope.interface import Interface


class ISerializeUnitToJson(Interface):
    """Adapter (unit, request): the unit's entry in ``@units``."""

    def __call__():
        """A JSON-ready dict."""
