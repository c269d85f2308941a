"""Import cadres from CSV: every row is checked first; any error → nothing created.

Columns (header row, Vietnamese or English names): full name, e-mail, unit
code, position. Each cadre gets a login (their e-mail address), a random
password (they set their own through "forgotten password") and joins the
unit's ``unit-<code>-cadres`` group.
"""

from mttq.langson import _
from mttq.langson.network.units import find_unit
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
            if api.user.get(username=row["email"]) is not None:
                errors.append((line, _("A login ${email} already exists.", mapping={"email": row["email"]})))
        code = row["unit"]
        if code not in units:
            units[code] = find_unit(code) is not None if code else False
        if not units[code]:
            errors.append((line, _("There is no unit with code \"${code}\".", mapping={"code": code})))
    if not rows and not errors:
        errors.append((0, _("The file holds no cadre.")))
    return errors


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
