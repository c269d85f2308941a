"""Failed status checks are limited, so nobody guesses a case's reference and contact.

A check that finds no case counts as a failure against three keys: the
client's address, the reference and the contact given. Once a key has
``LIMITS[kind]`` failures within ``WINDOW`` seconds, further checks with it
are refused (HTTP 429) until the oldest failure leaves the window:

- per reference: nobody tries contact after contact for one case;
- per contact: nobody tries reference after reference with a known phone;
- per address: one client cannot sweep through many pairs.

A successful check forgets the failures of its reference (the citizen got
in; guesses before do not matter any more), never those of its address.

The counters live in this process's memory: with several Zope instances
behind a load balancer each keeps its own, so the effective limit is the
limit times the number of instances (still far too few tries to guess a
reference and a contact), and a restart forgets them. Shared counters
would need a store all instances see (e.g. memcached or Redis).

The address is Zope's ``getClientAddr()``: the first X-Forwarded-For hop
when the request comes from a trusted proxy (zope.conf ``trusted-proxy``:
the Volto server on the same host, which sends the visitor's address),
else the connection's address.
"""

from collections import deque

import math
import threading
import time


WINDOW = 15 * 60  # seconds
LIMITS = {"address": 20, "reference": 5, "contact": 10}
MAX_KEYS = 10000  # beyond this many keys, a failure first drops the expired ones


class FailureLimiter:
    def __init__(self, limits=None, window=WINDOW, clock=time.monotonic):
        self.limits = dict(limits or LIMITS)
        self.window = window
        self.clock = clock
        self._failures = {}  # (kind, value) -> deque of times
        self._lock = threading.Lock()

    def _recent(self, key, now):
        times = self._failures.get(key)
        if times is None:
            return None
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
            return None
        return times

    def blocked_for(self, keys):
        """Seconds until a check with these keys is allowed again (0: now)."""
        now = self.clock()
        wait = 0
        with self._lock:
            for kind, value in keys:
                if not value:
                    continue
                times = self._recent((kind, value), now)
                if times is not None and len(times) >= self.limits[kind]:
                    # The oldest of the last `limit` failures must leave the window.
                    oldest = times[-self.limits[kind]]
                    wait = max(wait, oldest + self.window - now)
        return math.ceil(wait) if wait > 0 else 0

    def fail(self, keys):
        now = self.clock()
        with self._lock:
            for kind, value in keys:
                if value:
                    times = self._failures.setdefault((kind, value), deque())
                    times.append(now)
                    # Memory stays bounded: older entries beyond the limit count for nothing.
                    while len(times) > self.limits[kind]:
                        times.popleft()
            if len(self._failures) > MAX_KEYS:
                for key in list(self._failures):
                    self._recent(key, now)

    def forget(self, kind, value):
        with self._lock:
            self._failures.pop((kind, value), None)

    def clear(self):
        with self._lock:
            self._failures.clear()

    def sweep(self):
        """Drop keys whose failures all left the window."""
        now = self.clock()
        with self._lock:
            for key in list(self._failures):
                self._recent(key, now)


limiter = FailureLimiter()
