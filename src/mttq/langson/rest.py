"""What the product's REST services share: path parameters, a JSON object
body, and the error reply `{"error": {"type", "message", "field"}}` with a
message in the reader's language (Vietnamese) that leaves nothing written."""

from mttq.langson import _
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse

import transaction


ERROR_TYPES = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 429: "TooManyRequests"}


class InputError(ValueError):
    """Input refused; ``message`` is an i18n message for people, ``field`` the
    input it is about (or None)."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field

    def translated(self, request=None):
        # Without a request (the command line) the product speaks Vietnamese.
        return translate(self.message, context=request, target_language=None if request else "vi")


def error_reply(request, message, status=400, field=None):
    """Set the status and return the JSON error body."""
    request.response.setStatus(status)
    error = {"type": ERROR_TYPES.get(status, "BadRequest"), "message": translate(message, context=request)}
    if field is not None:
        error["field"] = field
    return {"error": error}


def json_object(request, error=InputError):
    """The request body, which must be a JSON object; `error` otherwise."""
    try:
        data = json_body(request)
    except Exception:
        data = None
    if not isinstance(data, dict):
        raise error(_("The request body must be a JSON object."))
    return data


@implementer(IPublishTraverse)
class PathParams:
    """Mixin (before Service) for services addressed as @service/a/b:
    ``self.params`` == ["a", "b"]."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self


class JsonWriteService(Service):
    """A write service: JSON in; on an ``errors`` exception a 400 whose
    transaction is doomed, so nothing the action began is committed."""

    errors = (InputError,)

    def body(self):
        return json_object(self.request)

    def reply(self):
        # Token-authenticated JSON API: plone.restapi's write services also
        # disable the form-token check.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            return self.write()
        except self.errors as error:
            transaction.doom()
            return error_reply(self.request, error.message, 400, getattr(error, "field", None))

    def write(self):
        raise NotImplementedError
