"""Events of guidance documents."""

from plone import api


def default_language(obj, event):
    """A document without a language takes the site's (vi): plone.categorization
    leaves it empty when the REST client or the code gives none."""
    if not obj.Language():
        obj.setLanguage(api.portal.get_default_language() or "vi")
