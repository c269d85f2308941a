"""The unit record that makes a site (the root or a UnitSite) a unit of the network."""

from mttq.langson import _
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


LEVELS = ("province", "district", "commune")


@provider(IFormFieldProvider)
class IUnitInfo(model.Schema):
    """Identity of a unit. Written by the network actions, read-only in forms."""

    model.fieldset(
        "unit",
        label=_("Unit"),
        fields=["unit_code", "unit_name", "unit_short_name", "unit_level", "unit_kind", "parent_code"],
    )

    unit_code = schema.TextLine(
        title=_("Unit code"),
        description=_("Official administrative unit code (General Statistics Office)."),
        required=False,
        readonly=True,
    )
    unit_name = schema.TextLine(
        title=_("Administrative name"),
        description=_("For example: Huyện Tràng Định."),
        required=False,
        readonly=True,
    )
    unit_short_name = schema.TextLine(
        title=_("Area name"),
        description=_("The name without its kind, for example: Tràng Định."),
        required=False,
        readonly=True,
    )
    unit_level = schema.Choice(
        title=_("Level"),
        vocabulary="mttq.langson.UnitLevels",
        required=False,
        readonly=True,
    )
    unit_kind = schema.TextLine(
        title=_("Kind"),
        description=_("Tỉnh, Thành phố, Huyện, Xã, Phường..."),
        required=False,
        readonly=True,
    )
    parent_code = schema.TextLine(
        title=_("Parent unit code"),
        required=False,
        readonly=True,
    )
