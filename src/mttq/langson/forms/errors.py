"""Vietnamese messages for the errors of easyform's validators.

collective.easyform ships no Vietnamese catalogue, and zope.schema's errors
speak English: each error a citizen can meet gets its message here.
"""

from mttq.langson import _
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import Invalid
from zope.schema import interfaces as schema_errors


# easyform's own messages (collective.easyform domain) -> ours.
EASYFORM_MESSAGES = {
    "Links are not allowed.": _("Links are not allowed."),
    "Must be checked.": _("This box must be ticked."),
    "Must be unchecked.": _("This box must not be ticked."),
    "Must be a valid list of email addresses (separated by commas).": _(
        "Enter e-mail addresses separated by commas."
    ),
    "Answers are required for each question.": _("Answer every question."),
    "msg_file_too_big": _("The file is larger than the allowed ${size} MB."),
    "msg_file_not_allowed": _("Files of type ${ftype} are not accepted."),
}


class FieldError(Exception):
    """A field refused with a message of ours (``mapping`` fills it)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _message_for(error, field):
    if isinstance(error, FieldError):
        return error.message
    if isinstance(error, schema_errors.RequiredMissing):
        return _("This field is required.")
    if isinstance(error, schema_errors.TooLong):
        return _("Too long: at most ${max} characters.", mapping={"max": getattr(field, "max_length", "")})
    if isinstance(error, schema_errors.TooShort):
        return _("Too short: at least ${min} characters.", mapping={"min": getattr(field, "min_length", "")})
    if isinstance(error, schema_errors.TooBig):
        return _("The value must not be more than ${max}.", mapping={"max": getattr(field, "max", "")})
    if isinstance(error, schema_errors.TooSmall):
        return _("The value must not be less than ${min}.", mapping={"min": getattr(field, "min", "")})
    if type(error).__name__ in ("InvalidEmailAddress", "EmailAddressInvalid"):
        return _("The e-mail address is not valid.")
    if type(error).__name__ == "AllAnswersRequired":
        return _("Answer every question.")
    if isinstance(error, (schema_errors.ConstraintNotSatisfied, schema_errors.InvalidValue,
                          schema_errors.WrongType, schema_errors.WrongContainedType)):
        return _("This value is not valid.")
    # easyform's validators raise Invalid(message) / FileTooBig(message).
    message = getattr(error, "message", None)
    if message is None and isinstance(error, Invalid) and error.args:
        message = error.args[0]
    if isinstance(message, Message):
        ours = EASYFORM_MESSAGES.get(str(message)) or EASYFORM_MESSAGES.get(message.default or "")
        if ours is not None:
            mapping = dict(message.mapping or {})
            if "size" in mapping and int(mapping["size"]) < 1024 * 1024:
                # A field's own limit may be under a megabyte.
                return Message(_("The file is larger than the allowed ${size} KB."),
                               mapping={"size": max(int(mapping["size"]) // 1024, 1)})
            if "size" in mapping:
                mapping["size"] = f"{int(mapping['size']) / (1024 * 1024):.1f}".removesuffix(".0")
            return Message(ours, mapping=mapping)
        return message
    if isinstance(message, str) and message:
        # A form's own TALES validator: its editor wrote the message.
        return EASYFORM_MESSAGES.get(message, message)
    return _("This value is not valid.")


def error_message(error, field, request):
    return translate(_message_for(error, field), context=request)
