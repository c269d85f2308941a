from collective.easyform.api import dollar_replacer
from html import escape
from mttq.langson import _
from mttq.langson.forms.submit import SubmissionRefused
from mttq.langson.forms.submit import submit
from mttq.langson.network.units import CLOSED
from mttq.langson.network.units import nearest_unit
from mttq.langson.network.units import unit_state
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides

import transaction


def _thanks_text(rich, data):
    if not rich:
        return None
    text = getattr(rich, "output", rich) or ""
    # Citizens' input goes into editor HTML: escape it.
    values = {k: escape(", ".join(map(str, v)) if isinstance(v, (list, set, tuple)) else str(v))
              for k, v in data.items() if v is not None}
    return dollar_replacer(text, values)


class EasyFormPost(Service):
    """POST <form>/@easyform: validate with easyform's validators, run its actions."""

    def refuse(self, message, errors=None):
        # Nothing of this request may be committed.
        transaction.doom()
        self.request.response.setStatus(400)
        return {
            "error": {
                "type": "BadRequest",
                "message": translate(message, context=self.request),
                "errors": errors or {},
            }
        }

    def reply(self):
        # A public JSON form for anonymous citizens: no CSRF token exists for them;
        # the honeypot and server-side validation guard it instead.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            body = json_body(self.request)
        except Exception:
            body = None
        payload = body.get("data") if isinstance(body, dict) else None
        if not isinstance(payload, dict):
            return self.refuse(_("The request body must be a JSON object with the form's values in \"data\"."))
        unit = nearest_unit(self.context)
        if unit is not None and unit_state(unit) == CLOSED:
            return self.refuse(_("This unit is closed and no longer takes submissions."))
        try:
            event = submit(self.context, self.request, payload)
        except SubmissionRefused as refused:
            return self.refuse(refused.message or _("Please correct the marked fields."), refused.errors)
        context = self.context
        result = {
            "success": True,
            "thanks": {
                "title": context.thankstitle,
                "description": context.thanksdescription,
                "prologue": _thanks_text(context.thanksPrologue, event.data),
                "epilogue": _thanks_text(context.thanksEpilogue, event.data),
            },
        }
        result.update(event.reply)
        return result
