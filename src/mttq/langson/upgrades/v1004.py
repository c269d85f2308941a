"""1002 → 1004: the documents registry (mttq.langson.documents).

Existing sites get the registry's catalog columns, the trust-roots record
for document signatures, the text and signature check of the files already
stored (SearchableText reindexed), and the registry block on every unit's
"Văn bản" page.
"""

from mttq.langson import logger
from mttq.langson.documents.blocks import add_registry_block
from mttq.langson.documents.content import PORTAL_TYPE
from mttq.langson.documents.signatures import signature_report
from mttq.langson.network.units import all_units
from plone import api


PROFILE = "profile-mttq.langson:default"
COLUMNS = ("date_in_force", "signer_position", "urgency")


def documents_registry(context):
    setup = api.portal.get_tool("portal_setup")
    catalog = api.portal.get_tool("portal_catalog")
    setup.runImportStepFromProfile(PROFILE, "plone.app.registry", run_dependencies=False)
    for column in COLUMNS:
        if column not in catalog.schema():
            catalog.addColumn(column)
    documents = 0
    for brain in catalog.unrestrictedSearchResults(portal_type=PORTAL_TYPE):
        obj = brain._unrestrictedGetObject()
        signature_report(obj, store=True)
        obj.reindexObject()  # the new columns and SearchableText with the files' text
        documents += 1
    pages = 0
    for unit in all_units():
        page = unit.get("van-ban")
        if page is not None and add_registry_block(page):
            pages += 1
    logger.info("Documents registry: %s documents checked, registry block on %s pages", documents, pages)
