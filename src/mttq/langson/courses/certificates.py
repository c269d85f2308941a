"""Course certificates: a unique code issued on completion, a Vietnamese PDF
with a QR code to the public verification page, and the verification data.

The register keeps only what the verification page shows (name, course,
date, unit): never an e-mail address or a login.
"""

from datetime import datetime
from mttq.langson import _
from mttq.langson.courses.storage import get_store
from pathlib import Path
from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate

import io
import secrets
import zoneinfo


FONTS = Path(__file__).parent / "fonts"
TZ = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
# Unambiguous letters and digits (no 0/O, 1/I) for a code read off paper.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
# The frontend's public page (Volto route) that the QR code opens.
VERIFY_PATH = "xac-minh-chung-chi"


def new_code():
    return "MTTQ-" + "".join(secrets.choice(ALPHABET) for _i in range(10))


def _unit_title(code):
    if not code:
        return ""
    from mttq.langson.network.units import find_unit

    unit = find_unit(code)
    return unit.title if unit is not None else code


def issue(course, record, user):
    store = get_store()
    code = new_code()
    while code in store.certificates:
        code = new_code()
    fullname = (user.getProperty("fullname", "") if user is not None else "") or record.userid
    store.certificates[code] = {
        "code": code,
        "course_uid": course.UID(),
        "course": course.title,
        "userid": record.userid,
        "fullname": fullname,
        "unit_code": record.unit or "",
        "unit": _unit_title(record.unit),
        "date": datetime.fromtimestamp(record.completed, TZ).date().isoformat(),
    }
    return code


def lookup(code):
    store = get_store(create=False)
    if store is None or not code:
        return None
    return store.certificates.get(code.strip().upper())


def public_data(entry):
    """What anybody holding the code may see."""
    return {
        "code": entry["code"],
        "fullname": entry["fullname"],
        "course": entry["course"],
        "date": entry["date"],
        "unit": entry["unit"],
    }


def verify_url(code):
    return f"{api.portal.get().absolute_url()}/{VERIFY_PATH}/{code}"


def _t(message):
    return translate(message, context=getRequest(), target_language="vi")


def render_pdf(entry):
    from fpdf import FPDF

    import segno

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_title(_t(_("Certificate of completion")))
    pdf.add_page()
    pdf.set_draw_color(183, 28, 28)
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, 277, 190)
    pdf.set_text_color(183, 28, 28)
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_xy(10, 22)
    pdf.cell(277, 8, _t(_("Viet Nam Fatherland Front Committee of Lang Son province")), align="C")
    pdf.set_font("DejaVu", "B", 30)
    pdf.set_xy(10, 45)
    pdf.cell(277, 14, _t(_("CERTIFICATE")), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 14)
    pdf.set_xy(10, 68)
    pdf.cell(277, 8, _t(_("This certifies that")), align="C")
    pdf.set_font("DejaVu", "B", 22)
    pdf.set_xy(10, 80)
    pdf.cell(277, 12, entry["fullname"], align="C")
    pdf.set_font("DejaVu", "", 13)
    if entry["unit"]:
        pdf.set_xy(10, 95)
        pdf.cell(277, 8, _t(_("Unit: ${unit}", mapping={"unit": entry["unit"]})), align="C")
    pdf.set_xy(10, 107)
    pdf.cell(277, 8, _t(_("has completed the course")), align="C")
    pdf.set_font("DejaVu", "B", 17)
    pdf.set_xy(30, 118)
    pdf.multi_cell(237, 9, entry["course"], align="C")
    day = datetime.fromisoformat(entry["date"])
    pdf.set_font("DejaVu", "", 12)
    pdf.set_xy(30, 160)
    pdf.cell(160, 7, _t(_("Lang Son, ${date}", mapping={"date": day.strftime("%d/%m/%Y")})))
    pdf.set_xy(30, 168)
    pdf.cell(160, 7, _t(_("Certificate code: ${code}", mapping={"code": entry["code"]})))
    pdf.set_xy(30, 176)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(160, 6, _t(_("Scan the QR code to verify this certificate.")))
    qr = io.BytesIO()
    segno.make(verify_url(entry["code"]), error="m").save(qr, kind="png", scale=6, border=1)
    qr.seek(0)
    pdf.image(qr, x=232, y=145, w=42, h=42)
    return bytes(pdf.output())
