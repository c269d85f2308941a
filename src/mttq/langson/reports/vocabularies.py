from mttq.langson.reports.setup import reports_folder
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


@provider(IVocabularyFactory)
def report_forms(context):
    """The EasyForms of the reports folder, by UID (what a period's units fill in)."""
    folder = reports_folder()
    if folder is None:
        return SimpleVocabulary([])
    catalog = api.portal.get_tool("portal_catalog")
    # Unrestricted: the vocabulary also validates a stored value for readers
    # who may not see a private form; titles of forms are not confidential.
    brains = catalog.unrestrictedSearchResults(
        portal_type="EasyForm", path="/".join(folder.getPhysicalPath()), sort_on="sortable_title"
    )
    return SimpleVocabulary([SimpleTerm(b.UID, b.UID, b.Title) for b in brains])
