"""Network actions: add, rename and close a unit; list the network.

The REST services and the ``mttq-network`` command both call these, so the
rules (and the Vietnamese messages) live in one place. Every action validates
everything before it writes anything, and writes inside a savepoint that is
rolled back if anything fails, so nothing is ever half-created.
"""

from Acquisition import aq_base
from Acquisition import aq_inner
from mttq.langson import _
from mttq.langson.network.behaviors.interface_settings import IInterfaceSettings
from mttq.langson.network.behaviors.interface_settings import is_colour
from mttq.langson.network.behaviors.unit_info import IUnitInfo
from mttq.langson.network.groups import ensure_admin_group
from mttq.langson.network.groups import ensure_unit_groups
from mttq.langson.network.groups import retitle_unit_groups
from mttq.langson.network.records import PROVINCE_LEVEL
from mttq.langson.network.records import UNIT_LEVELS
from mttq.langson.network.records import UnitRecord
from mttq.langson.network.records import palette_for
from mttq.langson.network.sections import create_sections
from mttq.langson.network.sections import set_home_blocks
from mttq.langson.rest import InputError
from plone import api
from plone.dexterity.utils import createContentInContainer
from plone.i18n.normalizer.interfaces import IIDNormalizer
from zope.component import getUtility
from zope.schema.interfaces import ValidationError

import re
import transaction


UNIT_TYPE = "UnitSite"
CODE_RE = re.compile(r"^[0-9]{2,5}$")
ACTIVE = "active"
CLOSED = "closed"


class UnitError(InputError):
    """A network action refused: ``message`` is an i18n message for people."""


def _site():
    return api.portal.get()


def unit_sites(site=None):
    """Every UnitSite of the network (closed ones too), ordered by code."""
    site = site or _site()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type=UNIT_TYPE, sort_on="unit_code")
    return [brain._unrestrictedGetObject() for brain in brains]


def all_units(site=None):
    """The province (the root) first, then every unit site."""
    site = site or _site()
    return [site] + unit_sites(site)


def find_unit(code, site=None):
    site = site or _site()
    if getattr(aq_base(site), "unit_code", None) == code:
        return site
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type=UNIT_TYPE, unit_code=code)
    return brains[0]._unrestrictedGetObject() if brains else None


def get_unit(code, site=None):
    unit = find_unit(code, site)
    if unit is None:
        raise UnitError(_("There is no unit with code ${code}.", mapping={"code": code}), "code")
    return unit


def unit_state(unit):
    if unit.portal_type != UNIT_TYPE:
        return ACTIVE
    return api.content.get_state(obj=unit, default=ACTIVE)


def nearest_unit(context):
    """The unit (UnitSite or the root) that a piece of content belongs to."""
    for obj in aq_inner(context).aq_chain:
        if IUnitInfo.providedBy(obj) and getattr(aq_base(obj), "unit_code", None):
            return obj
    return None


# Validation -------------------------------------------------------------


def _clean(value):
    return " ".join(str(value or "").split())


COLOUR_ERRORS = {
    "primary_color": _("The primary colour must be written as #rrggbb, for example #b71c1c."),
    "secondary_color": _("The secondary colour must be written as #rrggbb, for example #f9a825."),
}


def _validate_colour(value, field):
    try:
        is_colour(value)
    except ValidationError:
        raise UnitError(COLOUR_ERRORS[field], field)


def validate_new_unit(site, record, primary_color=None, secondary_color=None):
    if not CODE_RE.match(record.code):
        raise UnitError(_("The unit code must be 2 to 5 digits."), "code")
    if find_unit(record.code, site) is not None:
        raise UnitError(_("A unit with code ${code} already exists.", mapping={"code": record.code}), "code")
    if not record.name:
        raise UnitError(_("The unit's name is required."), "name")
    if record.level not in UNIT_LEVELS:
        raise UnitError(
            _("The level must be one of: ${levels}.", mapping={"levels": ", ".join(UNIT_LEVELS)}), "level"
        )
    if record.level == PROVINCE_LEVEL:
        raise UnitError(_("The network has one province only: it is the site root."), "level")
    parent = record.parent or site.unit_code
    parent_unit = find_unit(parent, site)
    if parent_unit is None:
        raise UnitError(_("There is no parent unit with code ${code}.", mapping={"code": parent}), "parent_code")
    if unit_state(parent_unit) == CLOSED:
        raise UnitError(_("The parent unit ${code} is closed.", mapping={"code": parent}), "parent_code")
    uid = unit_id(record)
    if uid in site.objectIds():
        raise UnitError(
            _("The address /${id} is already used; choose another name.", mapping={"id": uid}), "name"
        )
    for name, value in (("primary_color", primary_color), ("secondary_color", secondary_color)):
        if value is not None:
            _validate_colour(value, name)


def unit_id(record):
    return getUtility(IIDNormalizer).normalize(record.name)


# Actions -----------------------------------------------------------------


def _write_unit_info(obj, record):
    obj.unit_code = record.code
    obj.unit_name = record.name
    obj.unit_short_name = record.short_name
    obj.unit_level = record.level
    obj.unit_kind = record.kind
    obj.parent_code = record.parent


def _write_default_interface(obj, record, index, address="", phone="", email=""):
    """Interface settings of a new unit: its own colours and contacts."""
    primary, secondary = palette_for(index)
    obj.short_name = record.interface_short_name
    obj.primary_color = primary
    obj.secondary_color = secondary
    obj.footer_address = address or f"{record.area}, tỉnh Lạng Sơn"
    obj.footer_phone = phone
    obj.footer_email = email
    obj.footer_links = []


def setup_province(site, record):
    """Make the root the province's site: unit record, interface, sections."""
    _write_unit_info(site, record)
    _write_default_interface(site, record, 0, address="Số 2 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn")
    site.title = record.title
    api.portal.set_registry_record("plone.site_title", record.title)
    create_sections(site, record.title, address=site.footer_address)
    set_home_blocks(site, is_province=True)
    ensure_admin_group()
    ensure_unit_groups(site, site, record.code, record.title)


def add_unit(record, primary_color=None, secondary_color=None, site=None):
    """Create a unit site with its sections, groups and interface settings."""
    site = site or _site()
    if not isinstance(record, UnitRecord):
        record = UnitRecord(**record)
    if not record.parent:
        record.parent = site.unit_code
    validate_new_unit(site, record, primary_color, secondary_color)
    savepoint = transaction.savepoint()
    try:
        unit = createContentInContainer(
            site, UNIT_TYPE, id=unit_id(record), title=record.title, checkConstraints=False
        )
        _write_unit_info(unit, record)
        _write_default_interface(unit, record, len(unit_sites(site)))
        if primary_color:
            unit.primary_color = primary_color
        if secondary_color:
            unit.secondary_color = secondary_color
        unit.description = f"Trang thông tin điện tử của {record.title}"
        create_sections(unit, record.title, address=unit.footer_address)
        set_home_blocks(unit, is_province=False)
        ensure_unit_groups(site, unit, record.code, record.title)
        unit.reindexObject()
    except Exception:
        savepoint.rollback()
        raise
    return unit


def rename_unit(code, title=None, name=None, short_name=None, site=None):
    """Give a unit a new title (and administrative name); its address stays."""
    site = site or _site()
    unit = get_unit(code, site)
    title, name, short_name = _clean(title), _clean(name), _clean(short_name)
    if not (title or name or short_name):
        raise UnitError(_("Give the new title or name of the unit."), "title")
    if unit.portal_type != UNIT_TYPE and name:
        raise UnitError(_("The province's administrative name cannot be changed here."), "name")
    if name:
        record = UnitRecord(code=code, name=name, level=unit.unit_level, parent=unit.parent_code,
                            short_name=short_name)
        unit.unit_name = record.name
        unit.unit_kind = record.kind
        unit.unit_short_name = record.short_name
        unit.short_name = record.interface_short_name
        title = title or record.title
    elif short_name:
        unit.unit_short_name = short_name
    if title:
        unit.title = title
        if unit is site:
            api.portal.set_registry_record("plone.site_title", title)
        retitle_unit_groups(code, title)
    unit.reindexObject()
    return unit


def close_unit(code, comment="", site=None):
    """Close a unit: its site stays readable as an archive, takes no new content."""
    site = site or _site()
    unit = get_unit(code, site)
    if unit.portal_type != UNIT_TYPE:
        raise UnitError(_("The province cannot be closed."), "code")
    if unit_state(unit) == CLOSED:
        raise UnitError(_("The unit ${code} is already closed.", mapping={"code": code}), "code")
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=unit, transition="close", comment=comment or "")
    unit.reindexObjectSecurity()
    return unit


def build_network(site, records):
    """Make the root the province and add every other unit of ``records``."""
    province = next(r for r in records if r.level == PROVINCE_LEVEL)
    setup_province(site, province)
    created = []
    for record in records:
        if record.level == PROVINCE_LEVEL or find_unit(record.code, site) is not None:
            continue
        created.append(add_unit(record, site=site))
    return created
