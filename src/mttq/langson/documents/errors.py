"""REST answer of a refused attachment: 400 with the Vietnamese message in
the shape the product's services use (``{"error": {"type", "message"}}``),
instead of plone.rest's generic exception body."""

from mttq.langson.documents.validation import AttachmentRefused
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from zope.component import adapter

import json


@adapter(AttachmentRefused, IAPIRequest)
class AttachmentRefusedView(ErrorHandling):
    def __call__(self):
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setStatus(400, lock=1)
        body = {"error": {"type": "BadRequest", "message": str(self.context)}}
        response.setBody(json.dumps(body), lock=1)
        # as plone.rest does: no redirect to a login form
        response._has_challenged = True
