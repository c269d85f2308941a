"""Benchmark of the completion dashboard: 10,000 cadres × 20 mandatory courses.

    make bench-courses        # or: .venv/bin/pytest tests/backend/bench_courses.py -q -s

Generated data in a throw-away test site: cadres spread over the network's
units (group memberships), 20 courses mandatory for every unit and a progress
record per cadre and course (a third completed, a third in progress). Then
GET @completion over HTTP (summary, and a unit's drill-down) is timed.
Not a test module (no test_ prefix): run it on purpose.
"""

from mttq.langson.courses.dashboard import units
from mttq.langson.courses.storage import course_progress
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import os
import random
import statistics
import time
import transaction


CADRES = int(os.environ.get("BENCH_CADRES", 10000))
COURSES = int(os.environ.get("BENCH_COURSES", 20))
RUNS = int(os.environ.get("BENCH_RUNS", 40))


def _percentiles(times):
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    return statistics.median(times) * 1000, p95 * 1000


class TestDashboardBenchmark:
    def test_dashboard_p95(self, api_client, functional):
        portal = functional["portal"]
        rng = random.Random(2026)
        codes = [code for code, _title in units()]
        started = time.time()
        source = portal.acl_users.source_groups
        members = {code: [] for code in codes}
        for n in range(CADRES):
            code = codes[n % len(codes)]
            pid = f"bench-{n:05d}"
            source.addPrincipalToGroup(pid, f"unit-{code}-cadres")
            members[code].append(pid)
        transaction.commit()
        with api.env.adopt_user(SITE_OWNER_NAME):
            folder = portal["noi-bo"]["khoa-hoc"]
            for c in range(COURSES):
                course = api.content.create(container=folder, type="Course", id=f"bench-{c:02d}",
                                            title=f"Khóa học thử nghiệm {c + 1:02d}", mandatory_units=codes)
                progress = course_progress(course.UID())
                for code, pids in members.items():
                    for pid in pids:
                        roll = rng.random()
                        if roll < 0.33:
                            continue
                        record = progress.record(pid, code)
                        progress.mark_started(record)
                        if roll > 0.66:
                            progress.mark_completed(record)
                transaction.commit()
                portal._p_jar.cacheGC()
        print(f"\ngenerated {CADRES} cadres × {COURSES} courses in {time.time() - started:.0f} s")
        session = api_client.session("admin")

        def timed(path):
            times = []
            for _n in range(RUNS):
                t0 = time.perf_counter()
                response = session.get(api_client.url(path))
                times.append(time.perf_counter() - t0)
                assert response.status_code == 200
            return times

        session.get(api_client.url("++api++/@completion"))  # warm the caches once
        p50, p95 = _percentiles(timed("++api++/@completion"))
        print(f"@completion summary ({COURSES} courses × {len(codes)} units): p50 {p50:.0f} ms, p95 {p95:.0f} ms")
        uid = portal["noi-bo"]["khoa-hoc"]["bench-00"].UID()
        d50, d95 = _percentiles(timed(f"++api++/@completion?course={uid}&unit={codes[1]}"))
        print(f"@completion drill-down ({len(members[codes[1]])} cadres): p50 {d50:.0f} ms, p95 {d95:.0f} ms")
        assert p95 < 500
