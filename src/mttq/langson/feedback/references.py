"""Reference numbers: <unit code>-<year>-<sequence>, e.g. 180-2026-00012.

The counter is a plain persistent mapping on the unit's feedback folder,
deliberately without conflict resolution: two submissions that race for the
same number make ZODB raise a ConflictError and Zope retries the later
request, which then takes the next number. No number is ever given twice.
"""

from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations

import re


KEY = "mttq.langson.feedback.counter"
REFERENCE_RE = re.compile(r"^(?P<code>[0-9]{2,5})-(?P<year>[0-9]{4})-(?P<seq>[0-9]{5,})$")


def next_reference(folder, unit_code, year):
    annotations = IAnnotations(folder)
    counters = annotations.get(KEY)
    if counters is None:
        counters = annotations[KEY] = PersistentMapping()
    sequence = counters.get(year, 0) + 1
    counters[year] = sequence
    return f"{unit_code}-{year}-{sequence:05d}"


def parse_reference(reference):
    """(unit code, case id) of a well-formed reference, else None."""
    match = REFERENCE_RE.match((reference or "").strip())
    if match is None:
        return None
    return match.group("code"), match.group(0).lower()
