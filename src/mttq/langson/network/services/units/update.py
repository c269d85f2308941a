from mttq.langson import _
from mttq.langson.network.services.units.base import UnitsWriteService
from mttq.langson.network.units import UnitError
from mttq.langson.network.units import rename_unit


class UnitsPatch(UnitsWriteService):
    """PATCH /@units/<code>: rename a unit (title, administrative name)."""

    def write(self):
        if len(self.params) != 1:
            raise UnitError(_("Name the unit to rename: PATCH @units/<code>."))
        data = self.body()
        unit = rename_unit(
            self.params[0],
            title=data.get("title"),
            name=data.get("name"),
            short_name=data.get("short_name"),
            site=self.context,
        )
        return self.serialize(unit)
