from mttq.langson import _
from mttq.langson.forms.submit import SubmissionRefused
from mttq.langson.reports.setup import reports_folder
from zope.i18n import translate


def refuse_direct_submission(form, event):
    """A report form is filled in through its period (@report), never on its own.

    Otherwise a cadre could post to the form itself and its actions (a
    mailer, saved data) would run outside any period and unit.
    """
    folder = reports_folder()
    if folder is None:
        return
    if "/".join(form.getPhysicalPath()).startswith("/".join(folder.getPhysicalPath()) + "/"):
        raise SubmissionRefused({}, message=translate(
            _("Report forms are filled in from their report period."), context=event.request))
