from mttq.langson.network.interfaces import ISerializeUnitToJson
from mttq.langson.network.units import UnitError
from mttq.langson.rest import JsonWriteService
from mttq.langson.rest import json_object
from mttq.langson.rest import PathParams
from zope.component import getMultiAdapter


class UnitsWriteService(PathParams, JsonWriteService):
    """Shared by the @units write services: the unit code in the path."""

    errors = (UnitError,)

    def body(self):
        return json_object(self.request, UnitError)

    def serialize(self, unit):
        return getMultiAdapter((unit, self.request), ISerializeUnitToJson)()
