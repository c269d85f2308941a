"""EasyForm content as JSON, for Volto's content GET.

collective.easyform 5.0.2's serializer checks its saved-data permission with
the permission's id where plone.api wants its title, so every GET of an
EasyForm fails (500). Same serializer, right permission name; registered
for our browser layer so it wins over easyform's.
"""

from collective.easyform.interfaces import IEasyForm
from collective.easyform.serializer import SerializeToJson as EasyFormSerializeToJson
from mttq.langson.interfaces import IMttqLangsonLayer
from plone import api
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson as DXContentToJson
from zope.component import adapter
from zope.interface import implementer


DOWNLOAD_SAVED = "collective.easyform: Download Saved Input"


@implementer(ISerializeToJson)
@adapter(IEasyForm, IMttqLangsonLayer)
class SerializeToJson(EasyFormSerializeToJson):
    def __call__(self, version=None, include_items=True):
        result = DXContentToJson.__call__(self, version, include_items)
        if api.user.has_permission(DOWNLOAD_SAVED, obj=self.context):
            self.serializeSavedData(result)
        return result
