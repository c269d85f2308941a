from AccessControl import Unauthorized
from mttq.langson import _
from mttq.langson.network.units import find_unit
from mttq.langson.news import proposals
from mttq.langson.news.services.base import BadInput
from mttq.langson.news.services.base import WriteService
from plone import api
from plone.restapi.services import Service
from zope.i18n import translate


def serialize_record(record, obj=None):
    if obj is None:
        obj = api.content.get(UID=record["uid"])
    unit = find_unit(record["unit_code"]) if record["unit_code"] else None
    return {
        "@id": obj.absolute_url() if obj is not None else None,
        "UID": record["uid"],
        "title": obj.Title() if obj is not None else None,
        "review_state": api.content.get_state(obj, default=None) if obj is not None else None,
        "unit_code": record["unit_code"],
        "unit_title": unit.Title() if unit is not None else None,
        "state": record["state"],
        "proposed_by": record["proposed_by"],
        "proposed_at": record["proposed_at"],
        "note": record["note"],
        "decided_by": record["decided_by"],
        "decided_at": record["decided_at"],
        "comment": record["comment"],
    }


def can_decide():
    return api.user.has_permission(proposals.DECIDE_PERMISSION, obj=api.portal.get())


class ProposeGet(Service):
    """GET <item>/@propose: the item's proposal (editors of the item, province editors)."""

    def reply(self):
        record = proposals.get_proposal(self.context)
        return {"proposal": serialize_record(record, self.context) if record else None}


class ProposePost(WriteService):
    """POST <item>/@propose {"note": "..."}: propose a unit's news to the province home."""

    def write(self):
        data = self.body() if self.request.get("BODY") else {}
        record = proposals.propose(self.context, note=data.get("note", ""))
        self.request.response.setStatus(201)
        return serialize_record(record, self.context)


class DecisionPost(WriteService):
    """POST <item>/@proposal-decision {"decision": "accept"|"decline", "comment": ""}."""

    def write(self):
        if not can_decide():
            raise Unauthorized("Province editors only")
        data = self.body()
        decision = data.get("decision")
        if not isinstance(decision, str):
            raise BadInput(_("The decision must be \"accept\" or \"decline\"."), "decision")
        record = proposals.decide(self.context, decision, comment=data.get("comment", ""))
        return serialize_record(record, self.context)


class ProposalsGet(Service):
    """GET /@proposals?state=pending|accepted|declined&b_start=&b_size= (province editors)."""

    def reply(self):
        state = self.request.form.get("state") or proposals.PENDING
        if state not in proposals.STATES + ("all",):
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "field": "state", "message": translate(
                _("The state must be pending, accepted, declined or all."), context=self.request)}}
        try:
            start = max(0, int(self.request.form.get("b_start", 0)))
            size = min(100, max(1, int(self.request.form.get("b_size", 25))))
        except ValueError:
            start, size = 0, 25
        records = proposals.proposals(None if state == "all" else state)
        page = records[start:start + size]
        return {
            "@id": f"{self.context.absolute_url()}/@proposals",
            "items_total": len(records),
            "items": [serialize_record(r) for r in page],
        }
