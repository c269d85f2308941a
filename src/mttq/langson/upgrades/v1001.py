"""1000 → 1001: Vietnamese search (mttq.langson.search)."""

from mttq.langson.search.setup import setup_vietnamese_search


def vietnamese_search(context):
    """The text indexes on the Vietnamese lexicon and ranking, reindexed for all content."""
    setup_vietnamese_search(context)
