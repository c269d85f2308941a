from mttq.langson import _
from mttq.langson.news.categories import CategoryError
from mttq.langson.news.proposals import ProposalError
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides

import transaction


class BadInput(ValueError):
    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class WriteService(Service):
    """JSON body in, 400 with a Vietnamese message (and nothing stored) on bad input."""

    def body(self):
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        if not isinstance(data, dict):
            raise BadInput(_("The request body must be a JSON object."))
        return data

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            return self.write()
        except (BadInput, CategoryError, ProposalError) as error:
            transaction.doom()
            self.request.response.setStatus(400)
            return {
                "error": {
                    "type": "BadRequest",
                    "message": translate(error.message, context=self.request),
                    "field": getattr(error, "field", None),
                }
            }

    def write(self):
        raise NotImplementedError
