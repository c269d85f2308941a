from mttq.langson import _
from mttq.langson.courses import moves
from mttq.langson.courses.services.base import CourseService
from plone import api


class CadresMovePost(CourseService):
    """POST /@cadres-move {"userid": "<login>", "unit": "<code>"}: the cadre
    moves to another unit; their learning records and history go with them."""

    def reply(self):
        self.writing()
        data = self.body() or {}
        login = data.get("userid")
        code = data.get("unit")
        if not isinstance(login, str) or not login.strip() or not isinstance(code, str) or not code.strip():
            return self.error(_("Give the cadre's login (userid) and the code of their new unit (unit)."))
        user = api.user.get(username=login.strip()) or api.user.get(userid=login.strip())
        if user is None:
            return self.error(_("There is no login ${userid}.", mapping={"userid": login.strip()}))
        try:
            old, new = moves.move_cadre(user.getId(), code.strip())
        except moves.MoveError as exc:
            return self.error(exc.message)
        return {"userid": user.getId(), "from": old, "to": new, "history": moves.history(user.getId())}
