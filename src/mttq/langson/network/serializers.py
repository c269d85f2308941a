"""Serializers of the network's editing screens."""

from AccessControl.interfaces import IRoleManager
from mttq.langson.interfaces import IMttqLangsonLayer
from plone.restapi.serializer.local_roles import SerializeLocalRolesToJson
from zope.component import adapter
from zope.i18n import translate
from zope.i18nmessageid import Message


@adapter(IRoleManager, IMttqLangsonLayer)
class TranslatedLocalRolesToJson(SerializeLocalRolesToJson):
    """@sharing with its entries' titles in the reader's language.

    plone.app.workflow names the virtual "Logged-in users" group with an i18n
    message; a message is a str, so the JSON encoder writes it untranslated.
    """

    def __call__(self, search=None):
        result = super().__call__(search=search)
        for entry in result["entries"]:
            if isinstance(entry.get("title"), Message):
                entry["title"] = translate(entry["title"], context=self.request)
        return result
