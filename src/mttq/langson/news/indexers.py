from mttq.langson.network.units import CLOSED
from mttq.langson.network.units import nearest_unit
from mttq.langson.network.units import unit_state
from mttq.langson.news.behaviors import INewsInfo
from mttq.langson.news.proposals import on_province_home
from plone.app.contenttypes.interfaces import INewsItem
from plone.indexer import indexer


@indexer(INewsInfo)
def news_category(obj):
    return getattr(obj, "news_category", None) or None


@indexer(INewsInfo)
def featured(obj):
    return bool(getattr(obj, "featured", False))


@indexer(INewsItem)
def province_home(obj):
    """News shown on the province home: its own, and accepted proposals."""
    return on_province_home(obj)


@indexer(INewsItem)
def unit_active(obj):
    """False for news of a closed unit: the province's "from the units" leaves them out."""
    unit = nearest_unit(obj)
    return unit is None or unit_state(unit) != CLOSED
