from mttq.langson import _
from mttq.langson.network.units import all_units
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


LEVEL_TITLES = {
    "province": _("Province"),
    "district": _("District"),
    "commune": _("Commune"),
}


@provider(IVocabularyFactory)
def unit_levels(context):
    return SimpleVocabulary([SimpleTerm(key, key, title) for key, title in LEVEL_TITLES.items()])


@provider(IVocabularyFactory)
def units(context):
    """Every unit of the network, by code: for filters and assignments."""
    return SimpleVocabulary(
        [SimpleTerm(unit.unit_code, unit.unit_code, unit.title) for unit in all_units() if unit.unit_code]
    )
