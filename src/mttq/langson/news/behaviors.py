"""News item fields of the network: category and featured flag.

Lead image (plone.leadimage) and tags (Subject, plone.dublincore) are
Plone's own behaviours, already on News Item.
"""

from mttq.langson import _
from mttq.langson.news.categories import VOCABULARY
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class INewsInfo(model.Schema):
    news_category = schema.Choice(
        title=_("Category"),
        description=_("The news category, from the list shared by all units."),
        vocabulary=VOCABULARY,
        required=False,
    )

    featured = schema.Bool(
        title=_("Featured"),
        description=_("Show this news item first on the unit's home page."),
        required=False,
        default=False,
    )
