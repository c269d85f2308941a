"""Vocabularies of the search page's facets."""

from plone import api
from Products.CMFCore.indexing import processQueue
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


@provider(IVocabularyFactory)
def years(context):
    """The years content is indexed with (``year`` index), newest first."""
    processQueue()  # content indexed earlier in this request counts too
    catalog = api.portal.get_tool("portal_catalog")
    values = catalog.uniqueValuesFor("year") if "year" in catalog.indexes() else ()
    return SimpleVocabulary([SimpleTerm(v, v, v) for v in sorted((v for v in values if v), reverse=True)])
