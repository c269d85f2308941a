"""Import cadres from CSV: every row is checked first; any error → nothing created.

Columns (header row, Vietnamese or English names): full name, e-mail, unit
code, position. Each cadre gets a login (their e-mail address), a random
password (they set their own through "forgotten password") and joins the
unit's ``unit-<code>-cadres`` group.

A login that already exists is not an error, so an import can be run again
(a large file is imported in chunks, each of which checks the whole file
first; if a chunk fails, running the import again finishes it): the row is
"existing" if the cadre is already in that unit, "join" if the login is in no
unit yet, "move" if it is a cadre of another unit (see moves.py: their
records follow them). The dry run reports this plan before anything is written.
"""

from mttq.langson import _
from mttq.langson.courses import moves
from mttq.langson.network.units import CLOSED
from mttq.langson.network.units import find_unit
from mttq.langson.network.units import unit_state
from plone import api

import csv
import io
import re
import secrets


EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
COLUMNS = {
    "fullname": ("họ và tên", "họ tên", "full name", "fullname", "full_name"),
    "email": ("email", "e-mail", "thư điện tử"),
    "unit": ("mã đơn vị", "unit code", "unit_code", "unit"),
    "position": ("chức vụ", "position"),
}
MAX_ROWS = 20000


def _header_map(header):
    found = {}
    for index, name in enumerate(header):
        key = " ".join((name or "").strip().lstrip("\ufeff").lower().split())
        for field, names in COLUMNS.items():
            if key in names:
                found[field] = index
    return found


def parse(text):
    """(rows, errors): rows are dicts; errors are (line, i18n message)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = next(reader)
    except StopIteration:
        return [], [(0, _("The file is empty."))]
    columns = _header_map(header)
    missing = [f for f in ("fullname", "email", "unit") if f not in columns]
    if missing:
        return [], [(1, _("The header row must name the columns: full name (Họ và tên), e-mail (Email), "
                          "unit code (Mã đơn vị) and position (Chức vụ)."))]
    rows = []
    for line, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue

        def cell(field):
            index = columns.get(field)
            return " ".join(values[index].split()) if index is not None and index < len(values) else ""

        rows.append({"line": line, "fullname": cell("fullname"), "email": cell("email").lower(),
                     "unit": cell("unit"), "position": cell("position")})
    if len(rows) > MAX_ROWS:
        return [], [(0, _("A file may hold at most ${count} cadres.", mapping={"count": MAX_ROWS}))]
    return rows, []


def _existing_login():
    """e-mail -> user id of an existing account (its login, or else the
    e-mail address on its profile), or None. Built once per file from the
    ZODB plugins: an import of thousands of rows must not enumerate users
    through PAS for each row."""
    acl = api.portal.get().acl_users
    logins = getattr(getattr(acl, "source_users", None), "_login_to_userid", None)
    storage = getattr(getattr(acl, "mutable_properties", None), "_storage", None)
    if logins is None or storage is None:
        def slow(email):
            user = api.user.get(username=email)
            return user.getId() if user is not None else None

        return slow
    by_email = {}
    for userid, properties in storage.items():
        email = ((properties or {}).get("email") or "").strip().lower()
        if email:
            by_email.setdefault(email, userid)
    return lambda email: logins.get(email) or by_email.get(email)


def _unit_ok(code):
    unit = find_unit(code) if code else None
    if unit is None:
        return _("There is no unit with code \"${code}\".", mapping={"code": code})
    if unit_state(unit) == CLOSED:
        return _("The unit ${code} is closed: it takes no new cadres.", mapping={"code": code})
    return None


def validate(rows):
    errors = []
    seen = {}
    units = {}
    for row in rows:
        line = row["line"]
        if not row["fullname"]:
            errors.append((line, _("The full name is missing.")))
        if not EMAIL.match(row["email"]):
            errors.append((line, _("The e-mail address \"${email}\" is not valid.", mapping={"email": row["email"]})))
        elif row["email"] in seen:
            errors.append((line, _("The e-mail address ${email} is already on line ${line}.",
                                   mapping={"email": row["email"], "line": seen[row["email"]]})))
        else:
            seen[row["email"]] = line
        code = row["unit"]
        if code not in units:
            units[code] = _unit_ok(code)
        if units[code] is not None:
            errors.append((line, units[code]))
    if not rows and not errors:
        errors.append((0, _("The file holds no cadre.")))
    return errors


ACTIONS = ("create", "existing", "join", "move")


def plan(rows):
    """What importing each row does: [(row, action, user id, unit before)]."""
    userid_of = _existing_login()
    out = []
    for row in rows:
        userid = userid_of(row["email"])
        if userid is None:
            out.append((row, "create", None, None))
            continue
        current = moves.cadre_units(moves.principal_groups(userid))
        if current == [row["unit"]]:
            out.append((row, "existing", userid, row["unit"]))
        elif not current:
            out.append((row, "join", userid, None))
        else:
            out.append((row, "move", userid, current[0]))
    return out


def summary(planned):
    counts = dict.fromkeys(ACTIONS, 0)
    for _row, action, _userid, _before in planned:
        counts[action] += 1
    return counts


def apply(planned):
    """Carry out a plan (made in this transaction): created, existing,
    joined and moved cadres."""
    result = {"created": [], "existing": [], "joined": [], "moved": []}
    for row, action, userid, before in planned:
        if action == "create":
            result["created"].extend(create([row]))
        elif action == "existing":
            result["existing"].append(userid)
        elif action == "join":
            api.group.add_user(groupname=f"unit-{row['unit']}-cadres", username=userid)
            result["joined"].append(userid)
        else:
            moves.move_cadre(userid, row["unit"])
            result["moved"].append({"userid": userid, "from": before, "to": row["unit"]})
    return result


def create(rows):
    created = []
    for row in rows:
        api.user.create(
            email=row["email"],
            username=row["email"],
            password=secrets.token_urlsafe(18),
            properties={"fullname": row["fullname"], "description": row["position"]},
        )
        api.group.add_user(groupname=f"unit-{row['unit']}-cadres", username=row["email"])
        created.append(row["email"])
    return created
