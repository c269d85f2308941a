from mttq.langson.forms.schema import serialize_form
from plone.restapi.services import Service


class EasyFormGet(Service):
    """GET <form>/@easyform: the form as JSON schema for Volto."""

    def reply(self):
        return serialize_form(self.context, self.request)
