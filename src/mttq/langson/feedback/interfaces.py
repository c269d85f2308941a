from zope.interface import Interface


class IFeedbackForm(Interface):
    """Marker: this EasyForm's submissions become feedback cases."""
