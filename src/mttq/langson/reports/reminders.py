"""E-mail reminders to the units that have not reported yet.

A period's reminder day is ``reminder_days`` before its due date. From that
day until the due date, every run (``mttq-reports remind``, from cron) mails
each required, active unit without a report that was not yet reminded for
that reminder day: a run repeated the same day, or the next day, sends
nothing more. Changing the due date or the number of days gives a new
reminder day, hence one new reminder.
"""

from Acquisition import aq_base
from BTrees.OOBTree import OOBTree
from datetime import timedelta
from mttq.langson import _
from mttq.langson import logger
from mttq.langson.network.groups import group_id
from mttq.langson.network.units import ACTIVE
from mttq.langson.network.units import find_unit
from mttq.langson.network.units import unit_state
from mttq.langson.reports import submissions
from mttq.langson.reports.content import period_label
from mttq.langson.reports.setup import reports_folder
from persistent.list import PersistentList
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.i18n import translate


KEY = "mttq.langson.reports.reminders"
REMINDED_GROUPS = ("editors", "leaders")


def reminder_day(period):
    return period.due_date - timedelta(days=period.reminder_days if period.reminder_days is not None else 3)


def recipients(unit):
    """E-mail addresses of the unit's editors and leaders, and the unit's contact address."""
    addresses = []
    for suffix in REMINDED_GROUPS:
        if api.group.get(groupname=group_id(unit.unit_code, suffix)) is None:
            continue
        for member in api.user.get_users(groupname=group_id(unit.unit_code, suffix)):
            email = member.getProperty("email", "")
            if email:
                addresses.append(email.strip())
    contact = getattr(aq_base(unit), "footer_email", None)
    if contact:
        addresses.append(contact.strip())
    # One mail per address, each address once (case aside).
    seen = {}
    for address in addresses:
        seen.setdefault(address.lower(), address)
    return list(seen.values())


def _reminded(period):
    annotations = IAnnotations(period)
    if KEY not in annotations:
        annotations[KEY] = OOBTree()
    return annotations[KEY]


def link(period):
    """The period's page on the public frontend when its address is known."""
    frontend = api.portal.get_registry_record("volto.frontend_domain", default=None)
    path = "/".join(period.getPhysicalPath()[len(api.portal.get().getPhysicalPath()):])
    if frontend and frontend.startswith("http"):
        return f"{frontend.rstrip('/')}/{path}"
    return period.absolute_url()


def message(period, unit):
    form = submissions.report_form(period)
    mapping = {
        "form": form.title if form is not None else period.title,
        "period": period_label(period.period_kind, period.period),
        "unit": unit.title,
        "due": period.due_date.strftime("%d/%m/%Y"),
        "url": link(period),
    }
    subject = translate(_("Reminder: report ${form} – ${period} is due on ${due}", mapping=mapping),
                        target_language="vi")
    body = translate(_("reminder_body",
                       default="To ${unit}:\n\n"
                               "Your unit has not yet sent the report \"${form}\" for ${period}. "
                               "It is due on ${due}.\n"
                               "Fill it in on the intranet: ${url}\n\n"
                               "This is an automatic message of the MTTQ Lạng Sơn portal.",
                       mapping=mapping), target_language="vi")
    return subject, body


def send_reminders(today=None, dry_run=False):
    """Mail the units that must be reminded today; returns [(period, unit code, [addresses])]."""
    today = today or submissions.now().date()
    sent = []
    if not api.portal.get_registry_record("plone.email_from_address", default=None):
        logger.warning("Report reminders not sent: the site has no e-mail sender address.")
        return sent
    for period in submissions.periods(reports_folder()):
        if not getattr(period, "accepting", True) or period.due_date is None:
            continue
        day = reminder_day(period)
        if not (day <= today <= period.due_date):
            continue
        reminded = _reminded(period)
        records = submissions.all_submissions(period)
        for code in submissions.required_codes(period):
            unit = find_unit(code)
            if code in records or unit is None or unit_state(unit) != ACTIVE:
                continue
            days = reminded.get(code, ())
            if day.isoformat() in days:
                continue
            addresses = recipients(unit)
            if not dry_run:
                subject, body = message(period, unit)
                for address in addresses:
                    # Queued with the transaction: sent when the run commits.
                    api.portal.send_email(recipient=address, subject=subject, body=body, immediate=False)
                reminded[code] = PersistentList(list(days) + [day.isoformat()])
            sent.append((period, code, addresses))
    return sent
