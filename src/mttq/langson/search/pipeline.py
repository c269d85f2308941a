"""Lexicon pipeline elements for Vietnamese text, registered with ZCTextIndex.

A ZCTextIndex lexicon passes text through its pipeline elements:
``process`` when a document is indexed, ``processGlob`` when the query
parser turns a query into words, ``process_post_glob`` when the lexicon
looks words up (``termToWordIds``: phrases).

- The *splitter* finds the words as Plone's own "Unicode Whitespace
  splitter" does (NFKC, ``\\w+``, bigrams for CJK, Thai and Hangul).
- The *normaliser* indexes every word twice: first its folded form, in
  document order (phrase search runs on this stream), then, for the words
  that have accents, the exact form behind ``EXACT_PREFIX``, so that the two
  kinds never mix in the lexicon (a prefix search for "ngu*" does not run
  into "=nguyễn"). The query parser gets exact forms; ``query_variants``
  tells the index (``index.VietnameseOkapiIndex``) which indexed forms a
  query word matches and how much each weighs. Looked-up words (phrases) are
  folded: phrases match whatever the accents.
"""

from mttq.langson.search.vietnamese import exact_form
from mttq.langson.search.vietnamese import fold
from Products.CMFPlone.UnicodeSplitter.splitter import process_unicode
from Products.CMFPlone.UnicodeSplitter.splitter import process_unicode_glob
from Products.ZCTextIndex.interfaces import ISplitter
from Products.ZCTextIndex.PipelineFactory import element_factory
from zope.interface import implementer


SPLITTER_GROUP = "Word Splitter"
SPLITTER_NAME = "MTTQ Vietnamese splitter"
NORMALIZER_GROUP = "Case Normalizer"
NORMALIZER_NAME = "MTTQ Vietnamese accent normalizer"

# Exact (accented) forms live in the lexicon behind this prefix, which no
# splitter ever puts in a word: "=đường" next to the folded "duong".
EXACT_PREFIX = "="
# A query word with accents scores its exact form with this weight, its
# folded form with weight 1: "đường" lists the documents with "đường"
# before those with only "dương" or "đương", unless the former are
# extremely long next to the latter.
EXACT_WEIGHT = 8


class _Element:
    """Elements are stateless: equal when of the same class, so that
    re-importing catalog.xml does not see a "new" pipeline and clear the
    lexicon under its indexes."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __hash__(self):
        return hash(type(self))


@implementer(ISplitter)
class VietnameseSplitter(_Element):
    def process(self, lst):
        return [word for text in lst for word in process_unicode(text)]

    def processGlob(self, lst):
        return [word for text in lst for word in process_unicode_glob(text)]

    def process_post_glob(self, lst):
        return [word.replace("*", "").replace("?", "") for word in lst]


class VietnameseNormalizer(_Element):
    def process(self, lst):
        """Indexing: the folded words in order, then the exact forms."""
        folded, exact = [], []
        for word in lst:
            exact_word = exact_form(word)
            folded_word = fold(exact_word)
            folded.append(folded_word)
            if exact_word != folded_word:
                exact.append(EXACT_PREFIX + exact_word)
        return folded + exact

    def processGlob(self, lst):
        """Query parsing: exact forms (globs kept); the index expands them."""
        return [exact_form(word) for word in lst]

    def process_post_glob(self, lst):
        """Lookup (phrases): the folded, positional forms."""
        return [fold(exact_form(word)) for word in lst]

    def query_variants(self, word):
        """(indexed form, weight) pairs a query word or glob pattern matches."""
        exact = exact_form(word)
        folded = fold(exact)
        if folded == exact:
            return [(folded, 1)]
        return [(folded, 1), (EXACT_PREFIX + exact, EXACT_WEIGHT)]


def _register(group, name, factory):
    try:
        element_factory.registerFactory(group, name, factory)
    except ValueError:
        pass  # already registered (module reloaded)


_register(SPLITTER_GROUP, SPLITTER_NAME, VietnameseSplitter)
_register(NORMALIZER_GROUP, NORMALIZER_NAME, VietnameseNormalizer)
