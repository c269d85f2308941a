"""The public status check @feedback-status limits failed checks (brute force of
reference + contact): per reference, per contact and per client address, a
few failures within 15 minutes get HTTP 429 with a Vietnamese message."""

from mttq.langson.feedback.ratelimit import FailureLimiter
from mttq.langson.feedback.ratelimit import LIMITS
from mttq.langson.feedback.ratelimit import limiter
from test_feedback import YEAR
from test_feedback import send

import pytest


TOO_MANY = "Bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau 15 phút."


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class TestLimiter:
    def test_blocks_after_the_limit_until_the_window_passes(self):
        clock = Clock()
        limits = FailureLimiter({"address": 3, "reference": 2, "contact": 3}, window=60, clock=clock)
        keys = [("address", "1.2.3.4"), ("reference", "180-2026-00001"), ("contact", "binh@example.vn")]
        assert limits.blocked_for(keys) == 0
        limits.fail(keys)
        clock.now += 10
        assert limits.blocked_for(keys) == 0
        limits.fail(keys)
        # two failures for this reference: blocked until the first is 60 s old
        assert limits.blocked_for(keys) == 50
        assert limits.blocked_for([("reference", "180-2026-00002")]) == 0
        clock.now += 49
        assert limits.blocked_for(keys) == 1
        clock.now += 1
        assert limits.blocked_for(keys) == 0

    def test_each_key_counts_alone_and_empty_keys_never(self):
        limits = FailureLimiter({"address": 3, "reference": 5, "contact": 5}, window=60, clock=Clock())
        for i in range(3):
            limits.fail([("address", "1.2.3.4"), ("reference", f"ref-{i}"), ("contact", "")])
        assert limits.blocked_for([("address", "1.2.3.4")]) > 0
        assert limits.blocked_for([("address", "5.6.7.8"), ("reference", "ref-1")]) == 0
        assert limits.blocked_for([("contact", "")]) == 0

    def test_forget_and_bounded_memory(self):
        clock = Clock()
        limits = FailureLimiter({"address": 2, "reference": 2, "contact": 2}, window=60, clock=clock)
        for _ in range(10):
            limits.fail([("reference", "r")])
        assert len(limits._failures[("reference", "r")]) == 2
        limits.forget("reference", "r")
        assert limits.blocked_for([("reference", "r")]) == 0
        limits.fail([("address", "a")])
        clock.now += 61
        limits.sweep()
        assert limits._failures == {}


@pytest.fixture
def fresh_limiter():
    limiter.clear()
    yield limiter
    limiter.clear()


def check(api_client, reference, contact, **kw):
    return api_client.post("@feedback-status", json={"reference": reference, "contact": contact}, **kw)


class TestStatusService:
    def test_guessing_the_contact_of_a_case_is_stopped(self, functional, api_client, fresh_limiter):
        reference = send(api_client).json()["feedback"]["reference"]
        for i in range(LIMITS["reference"]):
            response = check(api_client, reference, f"doan-{i}@example.vn")
            assert response.status_code == 400
        response = check(api_client, reference, f"doan-{i + 1}@example.vn")
        assert response.status_code == 429
        assert response.json()["error"]["type"] == "TooManyRequests"
        assert response.json()["error"]["message"] == TOO_MANY
        assert 0 < int(response.headers["Retry-After"]) <= 15 * 60
        # even the right contact waits: the limit tells nothing about the case
        response = check(api_client, reference, "binh@example.vn")
        assert response.status_code == 429
        assert "binh" not in response.text and "Rác" not in response.text

    def test_guessing_references_with_a_known_contact_is_stopped(self, functional, api_client, fresh_limiter):
        for i in range(LIMITS["contact"]):
            assert check(api_client, f"180-{YEAR}-{90000 + i}", "0912 345 678").status_code == 400
        # the same phone written differently is the same contact
        assert check(api_client, f"180-{YEAR}-99999", "0912.345.678").status_code == 429

    def test_one_client_sweeping_pairs_is_stopped(self, functional, api_client, fresh_limiter, monkeypatch):
        from ZPublisher import HTTPRequest

        # Zope believes X-Forwarded-For from a trusted proxy (the Volto server).
        monkeypatch.setattr(HTTPRequest, "trusted_proxies", ["127.0.0.1"])
        visitor = {"X-Forwarded-For": "203.0.113.7"}
        for i in range(LIMITS["address"]):
            response = check(api_client, f"180-{YEAR}-{80000 + i}", f"k{i}@example.vn", headers=visitor)
            assert response.status_code == 400
        assert check(api_client, f"180-{YEAR}-88888", "x@example.vn", headers=visitor).status_code == 429
        # another visitor behind the same proxy is not held back
        other = {"X-Forwarded-For": "198.51.100.4"}
        assert check(api_client, f"180-{YEAR}-88888", "x@example.vn", headers=other).status_code == 400

    def test_a_citizen_with_the_right_pair_gets_in_and_clears_the_reference(
            self, functional, api_client, fresh_limiter):
        reference = send(api_client).json()["feedback"]["reference"]
        for i in range(LIMITS["reference"] - 1):
            assert check(api_client, reference, f"nham-{i}@example.vn").status_code == 400
        response = check(api_client, reference, "binh@example.vn")
        assert response.status_code == 200
        assert response.json()["state"] == "received"
        # the typos before do not count against the case any more
        assert check(api_client, reference, "nham@example.vn").status_code == 400
        assert check(api_client, reference, "binh@example.vn").status_code == 200
