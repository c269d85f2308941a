from mttq.langson.feedback.content import PORTAL_TYPE
from mttq.langson.feedback.services.status import iso
from plone import api
from plone.restapi.services import Service


MAX_BATCH = 50


class FeedbackAnswersGet(Service):
    """GET <unit>/@feedback-answers: answered cases the unit chose to publish.

    The citizen's name, e-mail, phone, address and attachment never leave
    the case: only the question, the answer and the dates.
    """

    def reply(self):
        try:
            b_start = max(int(self.request.form.get("b_start", 0)), 0)
            b_size = min(max(int(self.request.form.get("b_size", 20)), 1), MAX_BATCH)
        except ValueError:
            b_start, b_size = 0, 20
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.unrestrictedSearchResults(
            portal_type=PORTAL_TYPE,
            path="/".join(self.context.getPhysicalPath()),
            review_state="resolved",
            feedback_public=True,
            sort_on="feedback_closed",
            sort_order="descending",
            sort_limit=b_start + b_size,
        )
        total = len(brains)
        items = []
        for brain in brains[b_start:b_start + b_size]:
            case = brain._unrestrictedGetObject()
            items.append(
                {
                    "reference": case.reference,
                    "title": case.title,
                    "category": case.category,
                    "question": case.text,
                    "answer": case.answer,
                    "received": iso(case.created().asdatetime()),
                    "answered": iso(case.closed_date),
                }
            )
        return {
            "@id": f"{self.context.absolute_url()}/@feedback-answers",
            "items_total": getattr(brains, "actual_result_count", total),
            "items": items,
        }
