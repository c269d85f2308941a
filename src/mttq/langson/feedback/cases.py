"""A submission of a unit's feedback form becomes a case in its private folder."""

from DateTime import DateTime
from mttq.langson import _
from mttq.langson import logger
from mttq.langson.feedback.content import PORTAL_TYPE
from mttq.langson.feedback.references import next_reference
from mttq.langson.feedback.setup import FOLDER_ID
from mttq.langson.forms.submit import SubmissionRefused
from mttq.langson.network.units import nearest_unit
from plone import api
from plone.dexterity.utils import createContentInContainer
from zope.i18n import translate

import re


# case attribute <- form field name
FIELD_MAP = {
    "citizen_name": "ho_ten",
    "citizen_email": "email",
    "citizen_phone": "dien_thoai",
    "citizen_address": "dia_chi",
    "category": "linh_vuc",
    "text": "noi_dung",
    "attachment": "tep_dinh_kem",
}
PHONE_RE = re.compile(r"^\+?[0-9]{9,12}$")


def normalize_phone(value):
    return re.sub(r"[\s.\-()]", "", value or "")


def normalize_contact(value):
    value = (value or "").strip()
    return value.lower() if "@" in value else normalize_phone(value)


def check_contact(data, request):
    """A citizen must leave an e-mail address or a phone number to follow the case."""
    email = (data.get("email") or "").strip()
    phone = normalize_phone(data.get("dien_thoai"))
    errors = {}
    if phone and not PHONE_RE.match(phone):
        errors["dien_thoai"] = translate(_("Enter a phone number of 9 to 12 digits."), context=request)
    if not email and not phone:
        message = translate(_("Give an e-mail address or a phone number to follow your feedback."), context=request)
        errors["email"] = message
        errors["dien_thoai"] = message
    if errors:
        raise SubmissionRefused(errors)


def create_case(form, event):
    """Subscriber of IEasyFormSubmittedEvent on IFeedbackForm."""
    data = event.data
    check_contact(data, event.request)
    unit = nearest_unit(form)
    folder = unit.get(FOLDER_ID)
    year = DateTime().toZone("Asia/Ho_Chi_Minh").year()

    reference = next_reference(folder, unit.unit_code, year)
    title = (data.get("tieu_de") or "").strip() or reference
    # The citizen is anonymous: the case is created on the unit's behalf.
    with api.env.adopt_roles(["Manager"]):
        case = createContentInContainer(
            folder, PORTAL_TYPE, id=reference.lower(), title=title, checkConstraints=False
        )
        case.reference = reference
        for attr, name in FIELD_MAP.items():
            value = data.get(name)
            if attr == "citizen_phone":
                value = normalize_phone(value)
            setattr(case, attr, value)
        case.reindexObject()
    if case.citizen_email:
        send_receipt(case, unit, event.request)
    event.reply["feedback"] = {"reference": reference}
    return case


def send_receipt(case, unit, request):
    """The citizen's receipt by mail: sent when the transaction commits, never on refusal."""
    if not api.portal.get_registry_record("plone.email_from_address", default=None):
        # No sender configured (mail settings): the case stands, without receipt.
        logger.warning("No receipt for %s: the site has no e-mail sender address.", case.reference)
        return
    subject = translate(_("Your feedback was received: ${reference}", mapping={"reference": case.reference}),
                        context=request)
    body = translate(
        _("receipt_body",
          default="${unit} received your feedback \"${title}\".\n"
                  "Reference number: ${reference}\n"
                  "Keep it to follow your feedback on the unit's site, with the e-mail address or phone number you gave.",
          mapping={"unit": unit.title, "title": case.title, "reference": case.reference}),
        context=request,
    )
    api.portal.send_email(recipient=case.citizen_email, subject=subject, body=body, immediate=False)
