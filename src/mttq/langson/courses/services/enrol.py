from mttq.langson.courses import learning
from mttq.langson.courses.services.base import CourseService
from mttq.langson.courses.services.base import course_status


class EnrolPost(CourseService):
    """POST <course>/@enrol: self-enrolment (refused when the course does not allow it)."""

    def reply(self):
        user = self.learner()
        if user is None:
            return self.login_required()
        self.writing()
        ok, result = self.run(learning.enrol, self.context, user.getId(), learning.groups_of(user))
        if not ok:
            return result
        return course_status(self.context, user)
