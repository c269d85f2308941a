from mttq.langson import _
from mttq.langson.network.records import UnitRecord
from mttq.langson.network.services.units.base import UnitsWriteService
from mttq.langson.network.units import UnitError
from mttq.langson.network.units import add_unit
from mttq.langson.network.units import close_unit


class UnitsPost(UnitsWriteService):
    """POST /@units adds a unit; POST /@units/<code>/close closes one."""

    def write(self):
        if not self.params:
            return self.add()
        if len(self.params) == 2 and self.params[1] == "close":
            return self.close(self.params[0])
        raise UnitError(_("Unknown action: use POST @units or POST @units/<code>/close."))

    def add(self):
        data = self.body()
        record = UnitRecord(
            code=str(data.get("code") or ""),
            name=str(data.get("name") or ""),
            level=str(data.get("level") or ""),
            kind=str(data.get("kind") or ""),
            parent=data.get("parent_code") or None,
            short_name=str(data.get("short_name") or ""),
        )
        unit = add_unit(
            record,
            primary_color=data.get("primary_color"),
            secondary_color=data.get("secondary_color"),
            site=self.context,
        )
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", unit.absolute_url())
        return self.serialize(unit)

    def close(self, code):
        data = self.body() if self.request.get("BODY") else {}
        unit = close_unit(code, comment=str(data.get("comment") or ""), site=self.context)
        return self.serialize(unit)
