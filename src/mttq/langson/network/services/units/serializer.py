from Acquisition import aq_base
from mttq.langson.network.behaviors.unit_info import IUnitInfo
from mttq.langson.network.interfaces import ISerializeUnitToJson
from mttq.langson.network.units import unit_state
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer


def _image_url(unit, name):
    if getattr(aq_base(unit), name, None) is None:
        return None
    return f"{unit.absolute_url()}/@@images/{name}"


@implementer(ISerializeUnitToJson)
@adapter(IUnitInfo, Interface)
class UnitSerializer:
    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self):
        unit = self.context
        site_path = "/".join(unit.getPhysicalPath())
        root_path = "/".join(unit.getPhysicalPath()[:2])
        return {
            "@id": unit.absolute_url(),
            "code": unit.unit_code,
            "title": unit.title,
            "name": unit.unit_name,
            "short_name": unit.unit_short_name,
            "level": unit.unit_level,
            "kind": unit.unit_kind,
            "parent_code": unit.parent_code,
            "path": site_path[len(root_path):] or "/",
            "state": unit_state(unit),
            "interface": {
                "short_name": unit.short_name,
                "logo": _image_url(unit, "logo"),
                "primary_color": unit.primary_color,
                "secondary_color": unit.secondary_color,
            },
        }
