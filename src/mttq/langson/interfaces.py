from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IMttqLangsonLayer(IDefaultBrowserLayer):
    """Browser layer: registered by the default profile."""
