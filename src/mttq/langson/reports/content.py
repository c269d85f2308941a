"""The report period type: which form, which period, due date, which units."""

from mttq.langson import _
from plone import api
from plone.dexterity.content import Item
from plone.supermodel import model
from plone.uuid.interfaces import IUUID
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

import re


PORTAL_TYPE = "ReportPeriod"

MONTH = "month"
QUARTER = "quarter"
HALF = "half"
YEAR = "year"

period_kinds = SimpleVocabulary([
    SimpleTerm(MONTH, MONTH, _("Month")),
    SimpleTerm(QUARTER, QUARTER, _("Quarter")),
    SimpleTerm(HALF, HALF, _("6 months")),
    SimpleTerm(YEAR, YEAR, _("Year")),
])

# How a period is written for each kind: 2026-11, 2026-Q4, 2026-H2, 2026.
PERIOD_PATTERNS = {
    MONTH: re.compile(r"^(?P<year>\d{4})-(?P<n>0[1-9]|1[0-2])$"),
    QUARTER: re.compile(r"^(?P<year>\d{4})-Q(?P<n>[1-4])$"),
    HALF: re.compile(r"^(?P<year>\d{4})-H(?P<n>[12])$"),
    YEAR: re.compile(r"^(?P<year>\d{4})$"),
}
PERIOD_EXAMPLES = {MONTH: "2026-11", QUARTER: "2026-Q4", HALF: "2026-H2", YEAR: "2026"}


def period_label(kind, period):
    """Vietnamese label of a period: "Tháng 11/2026", "Quý IV/2026", "6 tháng cuối năm 2026"."""
    pattern = PERIOD_PATTERNS.get(kind)
    match = pattern.match(period or "") if pattern else None
    if match is None:
        return period or ""
    year = match.group("year")
    if kind == MONTH:
        return f"Tháng {int(match.group('n'))}/{year}"
    if kind == QUARTER:
        return f"Quý {('I', 'II', 'III', 'IV')[int(match.group('n')) - 1]}/{year}"
    if kind == HALF:
        return f"6 tháng {'đầu' if match.group('n') == '1' else 'cuối'} năm {year}"
    return f"Năm {year}"


def same_periods(form_uid, period, exclude_uid=None):
    """Report periods of the form ``form_uid`` for ``period`` (but ``exclude_uid``), anywhere."""
    catalog = api.portal.get_tool("portal_catalog")
    # Unrestricted: a period the editor cannot see still takes the units' reports.
    for brain in catalog.unrestrictedSearchResults(portal_type=PORTAL_TYPE):
        if exclude_uid is not None and brain.UID == exclude_uid:
            continue
        obj = brain._unrestrictedGetObject()
        if obj.report_form == form_uid and (obj.period or "").strip() == period:
            yield obj


class IReportPeriod(model.Schema):
    """One period of a report form: the units submit it once, until the due date."""

    report_form = schema.Choice(
        title=_("Report form"),
        description=_("The form the units fill in (an EasyForm in the reports folder)."),
        vocabulary="mttq.langson.ReportForms",
        required=True,
    )
    period_kind = schema.Choice(
        title=_("Kind of period"),
        vocabulary=period_kinds,
        default=MONTH,
        required=True,
    )
    period = schema.TextLine(
        title=_("Period"),
        description=_("Month 2026-11, quarter 2026-Q4, 6 months 2026-H2 or year 2026."),
        required=True,
    )
    due_date = schema.Date(
        title=_("Due date"),
        description=_("Units may revise their report until the end of this day; later reports are marked late."),
        required=True,
    )
    units = schema.List(
        title=_("Units that must report"),
        description=_("Leave empty for every active unit (the province itself excluded)."),
        value_type=schema.Choice(vocabulary="mttq.langson.Units"),
        required=False,
        default=[],
    )
    accepting = schema.Bool(
        title=_("Open for submissions"),
        description=_("Untick to close the period: no unit can submit or revise any more."),
        required=False,
        default=True,
    )
    reminder_days = schema.Int(
        title=_("Reminder (days before the due date)"),
        description=_("Units that have not reported get an e-mail this many days before the due date."),
        required=False,
        default=3,
        min=0,
        max=60,
    )

    @invariant
    def period_matches_kind(data):
        kind = getattr(data, "period_kind", None)
        period = (getattr(data, "period", None) or "").strip()
        pattern = PERIOD_PATTERNS.get(kind)
        if pattern is not None and period and not pattern.match(period):
            raise Invalid(_("Write the period as ${example} for this kind of period.",
                            mapping={"example": PERIOD_EXAMPLES[kind]}))

    @invariant
    def one_period_per_form(data):
        # A unit submits once per period: a second period of the same form
        # would split the units' reports and count the period twice in the matrix.
        form_uid = getattr(data, "report_form", None)
        kind = getattr(data, "period_kind", None)
        period = (getattr(data, "period", None) or "").strip()
        if not (form_uid and period):
            return
        # The period being edited (restapi validates with the object as
        # context) is not its own duplicate; an add form's context is the folder.
        context = getattr(data, "__context__", None)
        own = IUUID(context, None) if context is not None else None
        if next(same_periods(form_uid, period, exclude_uid=own), None) is not None:
            label = period_label(kind, period)
            raise Invalid(_("This report form already has a period for ${period}: change that period "
                            "instead of adding another one.",
                            mapping={"period": label[:1].lower() + label[1:]}))


@implementer(IReportPeriod)
class ReportPeriod(Item):
    """A report period."""

    def period_title(self):
        return period_label(self.period_kind, self.period)
