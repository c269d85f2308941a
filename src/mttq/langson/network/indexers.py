from mttq.langson.network.units import nearest_unit
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer


@indexer(IDexterityContent)
def unit_code(obj):
    """Every item is indexed with the code of the unit whose site holds it."""
    unit = nearest_unit(obj)
    return unit.unit_code if unit is not None else None
