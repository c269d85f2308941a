"""The course as its player shows it: modules, items with the learner's
progress, and the items before and after the one being read."""

from mttq.langson.courses import learning
from mttq.langson.courses.content import MODULE
from mttq.langson.courses.content import QUIZ
from mttq.langson.courses.services.base import CourseService
from mttq.langson.courses.services.base import course_status
from mttq.langson.courses.services.base import item_summary
from mttq.langson.courses.storage import course_progress


def _item(item, record):
    info = dict(item_summary(item), description=item.description or "",
                required=bool(getattr(item, "required", True)),
                done=bool(record is not None and learning.item_done(record, item)))
    if item.portal_type == QUIZ:
        result = record.quizzes.get(item.UID()) if record is not None else None
        info["best"] = result["best"] if result else None
        info["passed"] = bool(result and result.get("passed"))
    return info


class OutlineGet(CourseService):
    """GET <course | module | lesson | quiz>/@course-outline.

    One request gives the player everything around the page it shows: the
    course status (enrolment, progress, resume point, certificate), its
    modules and their lessons and quizzes with what the learner has done, and
    the previous and next items of the page (a lesson or quiz). Never a
    question or an answer. Only the learner's own progress.
    """

    def reply(self):
        user = self.learner()
        if user is None:
            return self.login_required()
        course = learning.course_of(self.context)
        progress = course_progress(course.UID(), create=False)
        status = course_status(course, user, progress)
        record = progress.get(user.getId()) if progress is not None and status["enrolment"] else None
        items = learning.course_items(course)
        modules = []
        for module in course.objectValues():
            if module.portal_type != MODULE or not learning._visible(module):
                continue
            modules.append(dict(item_summary(module), description=module.description or "", items=[
                _item(item, record) for item in items if item.aq_parent.UID() == module.UID()
            ]))
        uid = self.context.UID()
        position = next((n for n, item in enumerate(items) if item.UID() == uid), None)
        return {
            "@id": f"{self.context.absolute_url()}/@course-outline",
            "course": status,
            "modules": modules,
            "current": uid if position is not None else None,
            "previous": item_summary(items[position - 1]) if position else None,
            "next": (item_summary(items[position + 1])
                     if position is not None and position + 1 < len(items) else None),
        }
