from mttq.langson import _
from mttq.langson.feedback.cases import normalize_contact
from mttq.langson.feedback.content import ANSWERED_STATES
from mttq.langson.feedback.content import PORTAL_TYPE
from mttq.langson.feedback.ratelimit import limiter
from mttq.langson.feedback.references import parse_reference
from mttq.langson.feedback.setup import FOLDER_ID
from mttq.langson.network.units import find_unit
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides

import transaction


STATE_TITLES = {
    "received": _("Received"),
    "assigned": _("Being handled"),
    "resolved": _("Resolved"),
    "rejected": _("Rejected"),
}


def state_title(state, request):
    return translate(STATE_TITLES.get(state, state), context=request)


def iso(value):
    return value.isoformat() if value is not None else None


class FeedbackStatusPost(Service):
    """POST @feedback-status {reference, contact}: the case's state and answer.

    A wrong reference and a wrong contact get the very same answer, so the
    service tells nobody whether a reference exists.
    """

    def refuse(self, message, errors):
        transaction.doom()
        self.request.response.setStatus(400)
        return {"error": {"type": "BadRequest", "message": translate(message, context=self.request),
                          "errors": {k: translate(v, context=self.request) for k, v in errors.items()}}}

    def too_many(self, seconds):
        transaction.doom()
        self.request.response.setStatus(429)
        self.request.response.setHeader("Retry-After", str(seconds))
        minutes = max(1, -(-seconds // 60))
        message = _("Too many failed checks. Please try again in ${minutes} minutes.",
                    mapping={"minutes": minutes})
        return {"error": {"type": "TooManyRequests", "message": translate(message, context=self.request),
                          "retry_after": seconds}}

    def find(self, reference, contact):
        parsed = parse_reference(reference)
        if parsed is None:
            return None
        code, case_id = parsed
        unit = find_unit(code, api.portal.get())
        folder = unit.get(FOLDER_ID) if unit is not None else None
        case = folder.get(case_id) if folder is not None else None
        if case is None or case.portal_type != PORTAL_TYPE:
            return None
        given = normalize_contact(contact)
        known = {normalize_contact(case.citizen_email), normalize_contact(case.citizen_phone)} - {""}
        return case if given and given in known else None

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            body = json_body(self.request)
        except Exception:
            body = None
        body = body if isinstance(body, dict) else {}
        reference = str(body.get("reference") or "").strip()
        contact = str(body.get("contact") or "").strip()
        errors = {}
        if not reference:
            errors["reference"] = _("Enter the reference number of your feedback.")
        if not contact:
            errors["contact"] = _("Enter the e-mail address or phone number you gave.")
        if errors:
            return self.refuse(_("Please correct the marked fields."), errors)
        # Guessing is limited (ratelimit.py); a blocked key is refused before any lookup.
        keys = [("address", self.request.getClientAddr() or ""), ("reference", reference.lower()),
                ("contact", normalize_contact(contact))]
        wait = limiter.blocked_for(keys)
        if wait:
            return self.too_many(wait)
        # Cases are private: read this one on the citizen's behalf, and only it.
        with api.env.adopt_roles(["Manager"]):
            case = self.find(reference, contact)
            if case is None:
                limiter.fail(keys)
                message = _("No feedback matches this reference number and contact.")
                return self.refuse(message, {"reference": message, "contact": message})
            limiter.forget("reference", reference.lower())
            state = api.content.get_state(obj=case)
            unit = case.aq_parent.aq_parent
            return {
                "reference": case.reference,
                "title": case.title,
                "unit": unit.title,
                "state": state,
                "state_title": state_title(state, self.request),
                "received": iso(case.created().asdatetime()),
                "answered": iso(case.closed_date),
                "answer": case.answer if state in ANSWERED_STATES else None,
            }
