from mttq.langson.network.interfaces import ISerializeUnitToJson
from mttq.langson.network.units import UnitError
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.component import getMultiAdapter
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse

from mttq.langson import _
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides

import transaction


@implementer(IPublishTraverse)
class UnitsWriteService(Service):
    """Shared by the write services: path parameters, JSON body, errors."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

    def body(self):
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        if not isinstance(data, dict):
            raise UnitError(_("The request body must be a JSON object."))
        return data

    def serialize(self, unit):
        return getMultiAdapter((unit, self.request), ISerializeUnitToJson)()

    def reply(self):
        # Token-authenticated JSON API: plone.restapi's write services do the same.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            return self.write()
        except UnitError as error:
            # The action wrote nothing (it validates first and rolls back
            # its savepoint); doom the transaction so no stray write commits.
            transaction.doom()
            self.request.response.setStatus(400)
            return {
                "error": {
                    "type": "BadRequest",
                    "message": error.translated(self.request),
                    "field": error.field,
                }
            }

    def write(self):
        raise NotImplementedError
