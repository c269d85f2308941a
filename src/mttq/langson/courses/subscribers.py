from mttq.langson.courses.storage import course_progress
from mttq.langson.courses.storage import get_store
from plone import api
from plone.api.exc import CannotGetPortalError


def prepare_progress(course, event):
    """Create the course's progress tree and its mandatory units' counters now,
    so that the first cadres learning at the same moment only add records
    (which do not conflict) instead of racing to create shared objects."""
    progress = course_progress(course.UID())
    units = tuple(course.mandatory_units or ())
    groups = tuple(course.mandatory_groups or ())
    if (progress.mandatory_units, progress.mandatory_groups) != (units, groups):
        progress.mandatory_units, progress.mandatory_groups = units, groups
    for code in units:
        progress.counters(code)


def forget_progress(course, event):
    """A removed course leaves the dashboard (its records stay, unlisted)."""
    progress = course_progress(course.UID(), create=False)
    if progress is not None and (progress.mandatory_units or progress.mandatory_groups):
        progress.mandatory_units = progress.mandatory_groups = ()


def membership_changed(event):
    """A principal joined or left a group (or was deleted): unit sizes change."""
    try:
        site = api.portal.get()
    except CannotGetPortalError:
        return
    get_store(site).memberships.change(1)
