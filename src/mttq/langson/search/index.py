"""Okapi BM25 ranking that weighs the forms a query word matches.

Stock ``OkapiIndex.search`` looks a query word up through the lexicon and
scores one word. Here the lexicon's pipeline (the element with
``query_variants``, see ``pipeline.VietnameseNormalizer``) says which
indexed forms a query word or glob pattern matches, each with a weight;
each form is scored once and the scores are summed with those weights
(a weighted union, in C): "đường" scores "=đường" eight times, "duong"
once. Phrases match as in stock ``search_phrase``, on the folded words in
document order (the lexicon looks phrase words up in that form), whatever
their accents; the documents found then get the weighted scores of the
phrase's exact words they contain, so that "đường phố" lists a page with
"đường phố" before one with "Duong pho".

ZCTextIndex takes its ranking strategies from its ``index_types`` mapping
(its constructor and its ZMI add form read it); the type is registered
there under ``INDEX_TYPE``, so that GenericSetup exports and imports
indexes of this type like any other.
"""

from BTrees.IIBTree import weightedIntersection
from BTrees.IIBTree import weightedUnion
from Products.ZCTextIndex import ZCTextIndex as zctextindex
from Products.ZCTextIndex.OkapiIndex import OkapiIndex
from Products.ZCTextIndex.SetOps import mass_weightedUnion


INDEX_TYPE = "MTTQ Vietnamese Okapi BM25 Rank"


class VietnameseOkapiIndex(OkapiIndex):
    def _variants(self, word):
        for element in reversed(self._lexicon._pipeline):
            variants = getattr(element, "query_variants", None)
            if variants is not None:
                return variants(word)
        return [(word, 1)]

    def _weighted_union(self, weighted_wids):
        weighted_wids = [(wid, weight) for wid, weight in weighted_wids if wid in self._wordinfo]
        scores = self._search_wids([wid for wid, _weight in weighted_wids])
        return mass_weightedUnion(
            [(bucket, weight) for (bucket, _one), (_wid, weight) in zip(scores, weighted_wids)]
        )

    def search(self, term):
        get_wid = self._lexicon.get_wid
        return self._weighted_union((get_wid(form), weight) for form, weight in self._variants(term))

    def search_glob(self, pattern):
        glob = self._lexicon.globToWordIds
        return self._weighted_union(
            (wid, weight) for form, weight in self._variants(pattern) for wid in glob(form)
        )

    def search_phrase(self, phrase):
        hits = super().search_phrase(phrase)
        if not hits:
            return hits
        get_wid = self._lexicon.get_wid
        exact = self._weighted_union(
            (get_wid(form), weight) for word in phrase for form, weight in self._variants(word)[1:]
        )
        if not exact:
            return hits
        _weight, exact = weightedIntersection(hits, exact, 0, 1)  # the exact scores of the hits
        _weight, result = weightedUnion(hits, exact)
        return result


zctextindex.index_types.setdefault(INDEX_TYPE, VietnameseOkapiIndex)
