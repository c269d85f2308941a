"""Quiz attempts. Questions go out without their answers; grading happens
here, and corrections come back only after submission and only if the
course allows review."""

from mttq.langson import _
from mttq.langson.courses import learning
from mttq.langson.courses.services.base import CourseService
from mttq.langson.courses.services.base import course_status
from mttq.langson.courses.storage import course_progress
from mttq.langson.rest import PathParams

import time


def _attempt_info(attempt):
    return {
        "id": attempt["id"],
        "started": attempt["started"],
        "deadline": attempt["deadline"],
        "submitted": attempt["submitted"],
        "score": attempt["score"],
        "passed": attempt["passed"],
    }


class AttemptsGet(CourseService):
    """GET <quiz>/@attempt: the learner's own attempts at this quiz (no answers)."""

    def reply(self):
        user = self.learner()
        if user is None:
            return self.login_required()
        course = learning.course_of(self.context)
        progress = course_progress(course.UID(), create=False)
        record = progress.get(user.getId()) if progress is not None else None
        attempts = learning.quiz_attempts(record, self.context.UID()) if record is not None else []
        quiz = self.context
        return {
            "pass_mark": quiz.pass_mark,
            "max_attempts": quiz.max_attempts,
            "time_limit_minutes": quiz.time_limit_minutes,
            "attempts_used": len(attempts),
            "passed": bool(record and record.quizzes.get(quiz.UID(), {}).get("passed")),
            "items": [_attempt_info(a) for a in sorted(attempts, key=lambda a: a["started"])],
        }


class AttemptPost(PathParams, CourseService):
    """POST <quiz>/@attempt starts (or resumes) an attempt;
    POST <quiz>/@attempt/<id>/submit grades it."""

    def reply(self):
        user = self.learner()
        if user is None:
            return self.login_required()
        self.writing()
        if not self.params:
            return self.start(user)
        if len(self.params) == 2 and self.params[1] == "submit":
            return self.submit(user, self.params[0])
        return self.error(_("There is no such attempt at this quiz."), 404)

    def start(self, user):
        ok, result = self.run(learning.start_attempt, self.context, user)
        if not ok:
            return result
        _record, attempt, used = result
        by_uid = {q.UID(): q for q in learning.questions_of(self.context)}
        quiz = self.context
        return dict(
            _attempt_info(attempt),
            submit=f"{quiz.absolute_url()}/@attempt/{attempt['id']}/submit",
            attempts_used=used,
            max_attempts=quiz.max_attempts,
            pass_mark=quiz.pass_mark,
            # The server's clock: the player counts down to `deadline` from
            # it, whatever the learner's own clock says.
            server_time=time.time(),
            questions=[learning.public_question(by_uid[uid]) for uid in attempt["questions"] if uid in by_uid],
        )

    def submit(self, user, attempt_id):
        data = self.body()
        if data is None:
            return self.error(_("The answers must be given per question."))
        ok, result = self.run(learning.submit_attempt, self.context, user, attempt_id, data.get("answers", {}))
        if not ok:
            return result
        quiz = self.context
        attempt = result["attempt"]
        out = dict(
            _attempt_info(attempt),
            right=result["right"],
            total=result["total"],
            late=result["late"],
            pass_mark=quiz.pass_mark,
            attempts_used=result["attempts_used"],
            attempts_left=(max(quiz.max_attempts - result["attempts_used"], 0) if quiz.max_attempts else None),
            course_completed=result["completed"],
            course=course_status(result["course"], user),
        )
        if result["review"]:
            out["review"] = [
                {
                    "uid": r["question"].UID(),
                    "title": r["question"].title,
                    "choices": r["question"].choice_labels(),
                    "given": r["given"],
                    "correct": r["correct"],
                    "right": r["right"],
                    "explanation": r["question"].explanation or "",
                }
                for r in result["results"]
            ]
        return out
