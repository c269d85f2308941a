"""Progress storage: one BTree per course, one persistent record per cadre.

Nothing here is a content object: records live in the site's annotations.
Concurrency: each cadre writes only their own ``LearnerRecord``; new records
are inserts into an ``OOBTree`` (conflict-resolved for distinct keys); the
per-unit counters are ``BTrees.Length`` objects, whose conflicts merge. So
cadres learning at the same moment do not conflict into errors, and the
dashboard reads O(units) counters instead of every record.
"""

from BTrees.Length import Length
from BTrees.OOBTree import OOBTree
from persistent import Persistent
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations

import time


KEY = "mttq.langson.courses"


class UnitCounters(Persistent):
    def __init__(self):
        self.started = Length()
        self.completed = Length()


class LearnerRecord(Persistent):
    """One cadre in one course."""

    def __init__(self, userid, unit):
        self.userid = userid
        self.unit = unit
        self.self_enrolled = False
        self.started = None
        self.completed = None
        self.certificate = None
        self.lessons = PersistentMapping()  # lesson uid -> time completed
        self.quizzes = PersistentMapping()  # quiz uid -> {"best": score, "passed": bool}
        self.attempts = PersistentMapping()  # attempt id -> attempt dict
        self.last_uid = None
        self.last_at = None

    @property
    def status(self):
        if self.completed:
            return "completed"
        if self.started:
            return "in_progress"
        return "not_started"

    def touch(self, uid):
        self.last_uid = uid
        self.last_at = time.time()


class CourseProgress(Persistent):
    # Copies of the course's enrolment rules (kept by the course's add/modify
    # subscriber) so the dashboard never has to wake the course objects.
    mandatory_units = ()
    mandatory_groups = ()

    def __init__(self):
        self.records = OOBTree()
        self.units = OOBTree()
        self.learners = Length()

    def get(self, userid):
        return self.records.get(userid)

    def record(self, userid, unit):
        record = self.records.get(userid)
        if record is None:
            record = self.records[userid] = LearnerRecord(userid, unit)
            self.learners.change(1)
        return record

    def counters(self, unit):
        counters = self.units.get(unit)
        if counters is None:
            counters = self.units[unit] = UnitCounters()
        return counters

    def mark_started(self, record):
        if record.started is None:
            record.started = time.time()
            self.counters(record.unit or "").started.change(1)

    def mark_completed(self, record):
        if record.completed is None:
            record.completed = time.time()
            self.counters(record.unit or "").completed.change(1)
            return True
        return False


class Store(Persistent):
    def __init__(self):
        self.courses = OOBTree()  # course UID -> CourseProgress
        self.certificates = OOBTree()  # code -> dict
        # Bumped on every group membership change: the dashboard's cached
        # unit sizes are valid while it stays the same.
        self.memberships = Length()


def get_store(site=None, create=True):
    site = site or api.portal.get()
    annotations = IAnnotations(site)
    store = annotations.get(KEY)
    if store is None and create:
        store = annotations[KEY] = Store()
    return store


def course_progress(course_uid, create=True, site=None):
    store = get_store(site)
    progress = store.courses.get(course_uid)
    if progress is None and create:
        progress = store.courses[course_uid] = CourseProgress()
    return progress
