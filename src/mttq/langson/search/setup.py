"""Put the catalog's text indexes on the Vietnamese lexicon and ranking.

The default profile declares the lexicon (catalog.xml); GenericSetup does
not change the lexicon or ranking of an existing index, so once the
profile is imported ``profile_imported`` re-creates the indexes here, as
the 1001 upgrade step does for sites made before, and reindexes them.
Idempotent: an index already set up is left alone, so re-importing the
profile never empties an index.
"""

from Acquisition import aq_base
from mttq.langson import PROFILE_ID
from mttq.langson.search.index import INDEX_TYPE
from mttq.langson.search.pipeline import NORMALIZER_GROUP
from mttq.langson.search.pipeline import NORMALIZER_NAME
from mttq.langson.search.pipeline import SPLITTER_GROUP
from mttq.langson.search.pipeline import SPLITTER_NAME
from Products.CMFCore.utils import getToolByName
from Products.ZCatalog.ProgressHandler import ZLogHandler
from Products.ZCTextIndex.PipelineFactory import element_factory
from Products.ZCTextIndex.ZCTextIndex import PLexicon
from types import SimpleNamespace

import logging


logger = logging.getLogger("mttq.langson.search")

LEXICON_ID = "mttq_vietnamese_lexicon"
LEXICON_TITLE = "Vietnamese lexicon (accent-insensitive, exact accents rank first)"
PIPELINE = ((SPLITTER_GROUP, SPLITTER_NAME), (NORMALIZER_GROUP, NORMALIZER_NAME))
# Plone's ZCTextIndexes: SearchableText (@search, Volto's search page,
# @@search, listings) and the Title / Description criteria of listings.
TEXT_INDEXES = ("SearchableText", "Title", "Description")


def _pipeline():
    return tuple(element_factory.instantiate(group, name) for group, name in PIPELINE)


def ensure_lexicon(catalog):
    """The Vietnamese lexicon with its pipeline; True when it had to be (re)made."""
    lexicon = getattr(aq_base(catalog), LEXICON_ID, None)
    if lexicon is not None:
        if tuple(lexicon._pipeline) == _pipeline():
            return False
        catalog._delObject(LEXICON_ID)
    catalog._setObject(LEXICON_ID, PLexicon(LEXICON_ID, LEXICON_TITLE, *_pipeline()))
    return True


def switch_text_indexes(catalog, rebuild_all=False):
    """Re-create the text indexes not yet on the lexicon and ranking; their names."""
    switched = []
    for name in TEXT_INDEXES:
        index = catalog._catalog.indexes.get(name)
        if index is None or index.meta_type != "ZCTextIndex":
            continue
        if index.lexicon_id == LEXICON_ID and index.getIndexType() == INDEX_TYPE and not rebuild_all:
            continue
        extra = SimpleNamespace(
            doc_attr=",".join(index.getIndexSourceNames()),
            index_type=INDEX_TYPE,
            lexicon_id=LEXICON_ID,
        )
        catalog.delIndex(name)
        catalog.addIndex(name, "ZCTextIndex", extra)
        switched.append(name)
    return switched


def setup_vietnamese_search(context):
    """The lexicon, the indexes on it, and those it had to change reindexed.

    ``context``: the site or anything in it. Returns the switched index names.
    """
    catalog = getToolByName(context, "portal_catalog")
    remade = ensure_lexicon(catalog)
    switched = switch_text_indexes(catalog, rebuild_all=remade)
    if switched:
        logger.info("Reindexing %s with the Vietnamese lexicon (%d objects)", ", ".join(switched), len(catalog))
        catalog.reindexIndex(switched, None, pghandler=ZLogHandler(1000))
    return switched


def profile_imported(event):
    """After the default profile's catalog step (install, reinstall)."""
    profile_id = event.profile_id or ""
    if profile_id.removeprefix("profile-") != PROFILE_ID or "catalog" not in event.steps:
        return
    setup_vietnamese_search(event.tool)
