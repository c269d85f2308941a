"""Interface settings of a unit site, inherited down its tree.

Attribute storage on purpose: the schema is its own marker, which is what
plone.restapi's ``@inherit`` expander looks for in the acquisition chain.
"""

from io import BytesIO
from mttq.langson import _
from plone.autoform.interfaces import IFormFieldProvider
from plone.namedfile.field import NamedBlobImage
from plone.schema import JSONField
from plone.supermodel import model
from zope import schema
from zope.interface import provider
from zope.schema.interfaces import ValidationError

import json
import PIL.Image
import re


MAX_IMAGE_BYTES = 2 * 1024 * 1024
COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")

FOOTER_LINKS_SCHEMA = json.dumps(
    {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "minLength": 1},
                "url": {"type": "string", "pattern": "^(https?://|/)"},
            },
            "required": ["title", "url"],
            "additionalProperties": False,
        },
    }
)


class InvalidColour(ValidationError):
    __doc__ = _("A colour must be written as #rrggbb, for example #b71c1c.")


class ImageTooLarge(ValidationError):
    __doc__ = _("The image is larger than 2 MB.")


class NotAnImage(ValidationError):
    __doc__ = _("The file is not an image (PNG, JPEG, GIF, WebP or SVG).")


def is_colour(value):
    if not COLOUR_RE.match(value or ""):
        raise InvalidColour(value)
    return True


class InvalidEmail(ValidationError):
    __doc__ = _("This is not a valid e-mail address.")


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_email(value):
    if value and not EMAIL_RE.match(value):
        raise InvalidEmail(value)
    return True


def _looks_like_svg(data):
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096].lower())


def is_small_image(value):
    """The upload must really be an image (not only named like one) and small."""
    if value.getSize() > MAX_IMAGE_BYTES:
        raise ImageTooLarge(value.filename)
    data = value.data
    if _looks_like_svg(data):
        return True
    try:
        with PIL.Image.open(BytesIO(data)) as image:
            image.verify()
    except Exception:
        raise NotAnImage(value.filename)
    return True


@provider(IFormFieldProvider)
class IInterfaceSettings(model.Schema):
    """Logo, colours, banner and footer of a unit's site."""

    model.fieldset(
        "interface",
        label=_("Interface"),
        fields=[
            "logo",
            "short_name",
            "primary_color",
            "secondary_color",
            "banner",
            "footer_address",
            "footer_phone",
            "footer_email",
            "footer_links",
        ],
    )

    logo = NamedBlobImage(
        title=_("Logo"),
        description=_("PNG, JPEG, GIF, WebP or SVG, at most 2 MB."),
        required=False,
        constraint=is_small_image,
    )
    short_name = schema.TextLine(
        title=_("Short name"),
        description=_("Shown next to the logo, for example: MTTQ huyện Tràng Định."),
        required=False,
        max_length=80,
    )
    primary_color = schema.TextLine(
        title=_("Primary colour"),
        description=_("Header and link colour, as #rrggbb."),
        required=False,
        default="#b71c1c",
        constraint=is_colour,
    )
    secondary_color = schema.TextLine(
        title=_("Secondary colour"),
        description=_("Accent colour, as #rrggbb."),
        required=False,
        default="#f9a825",
        constraint=is_colour,
    )
    banner = NamedBlobImage(
        title=_("Banner"),
        description=_("Wide image shown under the header, at most 2 MB."),
        required=False,
        constraint=is_small_image,
    )
    footer_address = schema.TextLine(
        title=_("Address"),
        required=False,
    )
    footer_phone = schema.TextLine(
        title=_("Phone"),
        required=False,
        max_length=40,
    )
    footer_email = schema.TextLine(
        title=_("E-mail"),
        required=False,
        constraint=is_email,
    )
    footer_links = JSONField(
        title=_("Footer links"),
        description=_("A list of links, each with a title and an address."),
        schema=FOOTER_LINKS_SCHEMA,
        required=False,
        default=[],
    )

