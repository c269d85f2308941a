"""1011 → 1012: the text indexes store BM25 impacts instead of raw counts.

A search then scores each word in C (search/index.py). The postings are
rewritten in place from their counts: no document is read or reindexed.
"""

from mttq.langson import logger
from mttq.langson.search.index import VietnameseOkapiIndex
from mttq.langson.search.setup import TEXT_INDEXES
from plone import api


def text_index_impacts(context):
    indexes = api.portal.get_tool("portal_catalog")._catalog.indexes
    for name in TEXT_INDEXES:
        index = getattr(indexes.get(name), "index", None)
        if isinstance(index, VietnameseOkapiIndex):
            logger.info("%s: %d postings now hold impacts", name, index.use_impacts())
