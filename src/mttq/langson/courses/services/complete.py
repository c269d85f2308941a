from mttq.langson.courses import learning
from mttq.langson.courses.services.base import CourseService
from mttq.langson.courses.services.base import course_status


class CompletePost(CourseService):
    """POST <lesson>/@complete: the lesson is done; the course completes at once if due."""

    def reply(self):
        user = self.learner()
        if user is None:
            return self.login_required()
        self.writing()
        ok, result = self.run(learning.complete_lesson, self.context, user)
        if not ok:
            return result
        course, _record, completed = result
        return {"lesson": self.context.UID(), "course_completed": completed,
                "course": course_status(course, user)}
