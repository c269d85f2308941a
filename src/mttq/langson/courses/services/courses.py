from mttq.langson.courses.content import COURSE
from mttq.langson.courses.services.base import CourseService
from mttq.langson.courses.services.base import course_status
from plone import api


MAX_COURSES = 200


def visible_courses():
    """Courses the current user may view (the catalog applies permissions)."""
    brains = api.content.find(portal_type=COURSE, sort_on="sortable_title", sort_limit=MAX_COURSES)
    return [brain.getObject() for brain in brains[:MAX_COURSES]]


class CoursesGet(CourseService):
    """GET /@courses: every course the user can see, with their enrolment and progress."""

    def reply(self):
        user = self.learner()
        if user is None:
            return self.login_required()
        items = [course_status(course, user) for course in visible_courses()]
        return {"@id": f"{self.context.absolute_url()}/@courses", "items": items, "items_total": len(items)}


class MyLearningGet(CourseService):
    """GET /@my-learning (Học tập của tôi): enrolled courses and where to resume."""

    def reply(self):
        user = self.learner()
        if user is None:
            return self.login_required()
        items = [info for info in (course_status(c, user) for c in visible_courses()) if info["enrolment"]]
        started = [i for i in items if i["last_activity"] and i["status"] != "completed"]
        resume = max(started, key=lambda i: i["last_activity"]) if started else None
        if resume is None:
            resume = next((i for i in items if i["status"] != "completed"), None)
        return {
            "@id": f"{self.context.absolute_url()}/@my-learning",
            "items": items,
            "items_total": len(items),
            "completed": sum(1 for i in items if i["status"] == "completed"),
            "resume": {"course": resume["@id"], "title": resume["title"], "item": resume["resume"]}
            if resume else None,
        }
