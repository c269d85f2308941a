"""A real SMTP server on a free loopback port, for the tests that send mail."""

from aiosmtpd.controller import Controller
from email import message_from_bytes
from email import policy

import socket
import time


class _Collector:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            (envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default))
        )
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SmtpServer:
    def __init__(self):
        self.collector = _Collector()
        self.port = free_port()
        self.controller = Controller(self.collector, hostname="127.0.0.1", port=self.port)

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()

    @property
    def messages(self):
        return self.collector.messages

    def wait_for(self, count, timeout=10):
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages


def configure_mailhost(portal, server):
    """Point the site's mail at the server (Plone's mailer reads the registry)."""
    from plone import api

    api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
    api.portal.set_registry_record("plone.smtp_port", server.port)
    api.portal.set_registry_record("plone.email_from_address", "noreply@mttq.langson.vn")
    api.portal.set_registry_record("plone.email_from_name", "MTTQ Lạng Sơn")
