from mttq.langson.courses.storage import course_progress


def prepare_progress(course, event):
    """Create the course's progress tree and its mandatory units' counters now,
    so that the first cadres learning at the same moment only add records
    (which do not conflict) instead of racing to create shared objects."""
    progress = course_progress(course.UID())
    for code in course.mandatory_units or []:
        progress.counters(code)
