from mttq.langson.network.interfaces import ISerializeUnitToJson
from mttq.langson.network.units import all_units
from plone.restapi.services import Service
from zope.component import getMultiAdapter


class UnitsGet(Service):
    """GET /@units: the whole network, province first.

    Closed units are listed too (state "closed"): their sites stay public
    as archives.
    """

    def reply(self):
        items = [
            getMultiAdapter((unit, self.request), ISerializeUnitToJson)()
            for unit in all_units(self.context)
        ]
        return {
            "@id": f"{self.context.absolute_url()}/@units",
            "items_total": len(items),
            "items": items,
        }
