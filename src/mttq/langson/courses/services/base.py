"""Shared pieces of the course services: errors, the learner, item summaries."""

from mttq.langson import _
from mttq.langson.courses import learning
from mttq.langson.rest import error_reply
from mttq.langson.rest import InputError
from mttq.langson.rest import json_object
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


class CourseService(Service):
    def error(self, message, status=400):
        return error_reply(self.request, message, status)

    def learner(self):
        """The logged-in user, or None for anonymous visitors."""
        if api.user.is_anonymous():
            return None
        return api.user.get_current()

    def login_required(self):
        return self.error(_("Log in to follow courses."), 401)

    def writing(self):
        # JSON POSTs from the frontend carry no form token; plone.restapi's
        # own write services disable the check the same way.
        alsoProvides(self.request, IDisableCSRFProtection)

    def body(self):
        try:
            return json_object(self.request)
        except InputError:
            return None

    def run(self, action, *args):
        """Call a learning action; its LearningError becomes a JSON error."""
        try:
            return True, action(*args)
        except learning.LearningError as exc:
            return False, self.error(exc.message, exc.status)


def item_summary(obj):
    if obj is None:
        return None
    return {"@id": obj.absolute_url(), "@type": obj.portal_type, "uid": obj.UID(), "title": obj.title}


def course_status(course, user, progress=None):
    """A course as its learner sees it: enrolment, progress, resume point."""
    from mttq.langson.courses.storage import course_progress

    progress = progress or course_progress(course.UID(), create=False)
    groups = learning.groups_of(user)
    enrolment = learning.enrolment(course, user.getId(), groups, progress)
    record = progress.get(user.getId()) if progress is not None else None
    info = learning.summary(course, record)
    status = record.status if record is not None else "not_started"
    return {
        "@id": course.absolute_url(),
        "uid": course.UID(),
        "title": course.title,
        "description": course.description or "",
        "enrolment": enrolment,
        "self_enrolment": bool(course.self_enrolment),
        "status": status if enrolment else None,
        "required_items": info["required"],
        "done_items": info["done"] if enrolment else 0,
        "percent": info["percent"] if enrolment else 0,
        "resume": item_summary(info["resume"]) if enrolment else None,
        "last_activity": record.last_at if record is not None else None,
        "certificate": (f"{course.absolute_url()}/@certificate"
                        if record is not None and record.certificate else None),
    }
