from DateTime import DateTime
from mttq.langson import _
from mttq.langson.feedback.content import PORTAL_TYPE
from mttq.langson.network.units import all_units
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from plone.restapi.services import Service
from zope.i18n import translate


TZ = "GMT+7"  # Asia/Ho_Chi_Minh, no daylight saving
MAX_CASES = 10000


def month_range(year, month):
    start = DateTime(f"{year}/{month:02d}/01 00:00:00 {TZ}")
    end = DateTime(f"{year + (month == 12)}/{month % 12 + 1:02d}/01 00:00:00 {TZ}")
    return {"query": (start, end - 1.0 / 86400000), "range": "min:max"}


def unit_stats(catalog, unit, dates):
    query = {"portal_type": PORTAL_TYPE, "unit_code": unit.unit_code, "sort_limit": MAX_CASES}
    received = len(catalog.unrestrictedSearchResults(created=dates, **query))
    answered = {}
    days = []
    for state in ("resolved", "rejected"):
        brains = catalog.unrestrictedSearchResults(review_state=state, feedback_closed=dates, **query)
        answered[state] = len(brains)
        if state == "resolved":
            days.extend((DateTime(b.feedback_closed) - b.created) for b in brains[:MAX_CASES])
    return {
        "code": unit.unit_code,
        "title": unit.title,
        "received": received,
        "resolved": answered["resolved"],
        "rejected": answered["rejected"],
        "average_days_to_resolve": round(sum(days) / len(days), 1) if days else None,
        "_days": days,
    }


class FeedbackStatsGet(Service):
    """GET @feedback-stats?year=&month=: a unit's month, or the network's on the root."""

    def reply(self):
        now = DateTime().toZone(TZ)
        try:
            year = int(self.request.form.get("year", now.year()))
            month = int(self.request.form.get("month", now.month()))
            if not (1 <= month <= 12 and 2000 <= year <= 2100):
                raise ValueError
        except ValueError:
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "message": translate(
                _("Give the year and a month from 1 to 12."), context=self.request)}}
        catalog = api.portal.get_tool("portal_catalog")
        dates = month_range(year, month)
        units = all_units() if IPloneSiteRoot.providedBy(self.context) else [self.context]
        rows = [unit_stats(catalog, unit, dates) for unit in units]
        days = [d for row in rows for d in row.pop("_days")]
        return {
            "@id": f"{self.context.absolute_url()}/@feedback-stats",
            "year": year,
            "month": month,
            "units": rows,
            "total": {
                "received": sum(r["received"] for r in rows),
                "resolved": sum(r["resolved"] for r in rows),
                "rejected": sum(r["rejected"] for r in rows),
                "average_days_to_resolve": round(sum(days) / len(days), 1) if days else None,
            },
        }
