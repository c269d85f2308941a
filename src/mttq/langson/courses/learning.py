"""Enrolment, progress, grading and completion: the rules every door shares.

Enrolment in a mandatory course is computed from group membership when it is
read, so a cadre who joins a unit's group later is enrolled at once, with no
batch job. Completion is written in the same transaction as the lesson or
quiz that completes the course.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from mttq.langson import _
from mttq.langson.courses import certificates
from mttq.langson.courses.content import COURSE
from mttq.langson.courses.content import LESSON
from mttq.langson.courses.content import MODULE
from mttq.langson.courses.content import MULTIPLE
from mttq.langson.courses.content import QUESTION
from mttq.langson.courses.content import QUIZ
from mttq.langson.courses.storage import course_progress
from plone import api

import random
import re
import secrets
import time


UNIT_CADRES = re.compile(r"^unit-(.+)-cadres$")
# A submission may arrive a little after the deadline (network, clock).
GRACE_SECONDS = 30
HIDDEN_STATES = ("private", "pending")


class LearningError(ValueError):
    """A refused learning action; ``message`` is an i18n message."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


# Who is the learner --------------------------------------------------------


def groups_of(user):
    return set(user.getGroups() or ()) if user is not None else set()


def unit_of(groups):
    """The unit code of a cadre: from their unit-<code>-cadres group."""
    codes = sorted(m.group(1) for m in map(UNIT_CADRES.match, groups) if m)
    return codes[0] if codes else None


def course_of(context):
    for obj in aq_chain(aq_inner(context)):
        if getattr(obj, "portal_type", None) == COURSE:
            return obj
    return None


# Enrolment -----------------------------------------------------------------


def is_mandatory_for(course, groups):
    units = course.mandatory_units or []
    if any(f"unit-{code}-cadres" in groups for code in units):
        return True
    return bool(set(course.mandatory_groups or []) & groups)


def enrolment(course, userid, groups, progress=None):
    """'mandatory', 'self' or None."""
    if is_mandatory_for(course, groups):
        return "mandatory"
    progress = progress or course_progress(course.UID(), create=False)
    record = progress.get(userid) if progress is not None else None
    if record is not None and record.self_enrolled:
        return "self"
    return None


def enrol(course, userid, groups):
    progress = course_progress(course.UID())
    if enrolment(course, userid, groups, progress):
        return progress.get(userid) or progress.record(userid, unit_of(groups))
    if not course.self_enrolment:
        raise LearningError(_("This course does not take self-enrolment."), status=403)
    record = progress.record(userid, unit_of(groups))
    record.self_enrolled = True
    return record


def learner_record(course, userid, groups):
    """The learner's record, created on first activity; refused if not enrolled."""
    progress = course_progress(course.UID())
    if not enrolment(course, userid, groups, progress):
        raise LearningError(_("You are not enrolled in this course."), status=403)
    record = progress.record(userid, unit_of(groups))
    progress.mark_started(record)
    return progress, record


# Structure -----------------------------------------------------------------


def _visible(obj):
    return api.content.get_state(obj=obj, default=None) not in HIDDEN_STATES


def course_items(course):
    """Lessons and quizzes of a course, in order (modules, then their items)."""
    items = []
    for module in course.objectValues():
        if module.portal_type != MODULE or not _visible(module):
            continue
        for item in module.objectValues():
            if item.portal_type in (LESSON, QUIZ) and _visible(item):
                items.append(item)
    return items


def required_items(course):
    return [item for item in course_items(course) if getattr(item, "required", True)]


def item_done(record, item):
    if item.portal_type == LESSON:
        return item.UID() in record.lessons
    result = record.quizzes.get(item.UID())
    return bool(result and result.get("passed"))


def summary(course, record, items=None):
    """Counts and the resume point of one learner in one course."""
    items = course_items(course) if items is None else items
    required = [item for item in items if getattr(item, "required", True)]
    done = [item for item in required if record is not None and item_done(record, item)]
    resume = None
    if record is not None and record.last_uid:
        last = next((item for item in items if item.UID() == record.last_uid), None)
        if last is not None and not item_done(record, last):
            resume = last
    if resume is None:
        resume = next((item for item in required if record is None or not item_done(record, item)), None)
    return {
        "required": len(required),
        "done": len(done),
        "percent": round(100 * len(done) / len(required)) if required else 0,
        "resume": resume,
    }


def check_completion(course, progress, record, user):
    required = required_items(course)
    if not required or not all(item_done(record, item) for item in required):
        return False
    if not progress.mark_completed(record):
        return False
    if course.certificate and not record.certificate:
        record.certificate = certificates.issue(course, record, user)
    return True


# Lessons -------------------------------------------------------------------


def complete_lesson(lesson, user):
    course = course_of(lesson)
    progress, record = learner_record(course, user.getId(), groups_of(user))
    uid = lesson.UID()
    if uid not in record.lessons:
        record.lessons[uid] = time.time()
    record.touch(uid)
    completed = check_completion(course, progress, record, user)
    return course, record, completed


# Quizzes -------------------------------------------------------------------


def questions_of(quiz):
    return [q for q in quiz.objectValues() if q.portal_type == QUESTION]


def public_question(question):
    """A question as a learner sees it: never its answers or explanation."""
    return {
        "uid": question.UID(),
        "title": question.title,
        "description": question.description or "",
        "kind": question.kind,
        "multiple": question.kind == MULTIPLE,
        "choices": [{"index": n, "label": label} for n, label in enumerate(question.choice_labels(), 1)],
    }


def quiz_attempts(record, quiz_uid):
    return [a for a in record.attempts.values() if a["quiz"] == quiz_uid]


def _open_attempt(attempts, now):
    for attempt in attempts:
        if attempt["submitted"] is None and (attempt["deadline"] is None or now <= attempt["deadline"]):
            return attempt
    return None


def start_attempt(quiz, user):
    """Draw the questions of a new attempt (or give back the open one)."""
    course = course_of(quiz)
    progress, record = learner_record(course, user.getId(), groups_of(user))
    uid = quiz.UID()
    now = time.time()
    attempts = quiz_attempts(record, uid)
    attempt = _open_attempt(attempts, now)
    if attempt is None:
        if quiz.max_attempts and len(attempts) >= quiz.max_attempts:
            raise LearningError(_("You have used all ${count} attempts at this quiz.",
                                  mapping={"count": quiz.max_attempts}), status=403)
        pool = questions_of(quiz)
        if not pool:
            raise LearningError(_("This quiz has no questions yet."))
        count = quiz.draw_count if 0 < (quiz.draw_count or 0) < len(pool) else len(pool)
        drawn = random.SystemRandom().sample(pool, count)
        attempt = {
            "id": secrets.token_urlsafe(9),
            "quiz": uid,
            "questions": [q.UID() for q in drawn],
            "started": now,
            "deadline": now + quiz.time_limit_minutes * 60 if quiz.time_limit_minutes else None,
            "submitted": None,
            "score": None,
            "passed": None,
            "answers": {},
        }
        record.attempts[attempt["id"]] = attempt
        attempts.append(attempt)
    record.touch(uid)
    return record, attempt, len(attempts)


def _normalise(given):
    if given is None:
        return []
    if not isinstance(given, list):
        given = [given]
    out = []
    for value in given:
        try:
            out.append(int(value))
        except (TypeError, ValueError):
            raise LearningError(_("An answer must be the number of a choice."))
    return sorted(set(out))


def submit_attempt(quiz, user, attempt_id, answers):
    """Grade an attempt on the server; store the score; complete the course if due."""
    course = course_of(quiz)
    progress, record = learner_record(course, user.getId(), groups_of(user))
    attempt = record.attempts.get(attempt_id)
    if attempt is None or attempt["quiz"] != quiz.UID():
        raise LearningError(_("There is no such attempt at this quiz."), status=404)
    if attempt["submitted"] is not None:
        raise LearningError(_("This attempt has already been submitted."))
    if not isinstance(answers, dict):
        raise LearningError(_("The answers must be given per question."))
    now = time.time()
    late = attempt["deadline"] is not None and now > attempt["deadline"] + GRACE_SECONDS
    by_uid = {q.UID(): q for q in questions_of(quiz)}
    results = []
    right = 0
    for quid in attempt["questions"]:
        question = by_uid.get(quid)
        if question is None:
            continue  # removed from the pool since the draw: not counted
        given = [] if late else _normalise(answers.get(quid))
        correct = sorted(set(question.correct or []))
        ok = bool(given) and given == correct
        right += ok
        results.append({"question": question, "given": given, "correct": correct, "right": ok})
    total = len(results)
    score = round(100 * right / total) if total else 0
    passed = not late and score >= (quiz.pass_mark or 0)
    # A new dict: the PersistentMapping sees the change.
    attempt = dict(attempt, submitted=now, score=score, passed=passed, late=late,
                   answers={r["question"].UID(): r["given"] for r in results})
    record.attempts[attempt_id] = attempt
    best = record.quizzes.get(quiz.UID()) or {"best": 0, "passed": False}
    record.quizzes[quiz.UID()] = {"best": max(best["best"], score), "passed": best["passed"] or passed}
    record.touch(quiz.UID())
    completed = check_completion(course, progress, record, user)
    used = len(quiz_attempts(record, quiz.UID()))
    return {
        "course": course,
        "record": record,
        "attempt": attempt,
        "results": results,
        "right": right,
        "total": total,
        "late": late,
        "completed": completed,
        "attempts_used": used,
        "review": bool(course.allow_review),
    }
