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

The postings hold each word's BM25 term weight in the document (its
"impact": the saturated, length-normalised frequency, ``TF`` below) instead
of its raw count, computed when the document is indexed with the mean
document length of that moment. A query then scores a word in C, as one
weighted union of its postings with the word's IDF as the weight, where
stock Okapi loops in Python over every document holding the word (0.3 s
for the three common words of "đại đoàn kết" at 120,000 documents). The
mean length drifts slowly as content grows; rebuilding the index
recomputes every impact with today's mean. An index made before this (raw counts,
``_impacts`` unset) is scored as stock Okapi does until ``use_impacts``
converts it (upgrade step 1012).

ZCTextIndex takes its ranking strategies from its ``index_types`` mapping
(its constructor and its ZMI add form read it); the type is registered
there under ``INDEX_TYPE``, so that GenericSetup exports and imports
indexes of this type like any other.
"""

from BTrees.IIBTree import IIBTree
from BTrees.IIBTree import IIBucket
from BTrees.IIBTree import weightedIntersection
from BTrees.IIBTree import weightedUnion
from Products.ZCTextIndex import ZCTextIndex as zctextindex
from Products.ZCTextIndex.BaseIndex import inverse_doc_frequency
from Products.ZCTextIndex.OkapiIndex import OkapiIndex
from Products.ZCTextIndex.SetOps import mass_weightedUnion


INDEX_TYPE = "MTTQ Vietnamese Okapi BM25 Rank"
# Integer scales of the stored TF (at most K1 + 1 = 2.2) and of a word's IDF
# (about 0.7 to 12): a document's score, summed over ten query words and
# their weighted forms, stays far below the 2**31 of the IIBTree values.
TF_SCALE = 256
IDF_SCALE = 64


class VietnameseOkapiIndex(OkapiIndex):
    _impacts = False  # indexes made before impacts hold raw counts

    def __init__(self, lexicon):
        super().__init__(lexicon)
        self._impacts = True

    def _mean_doc_len(self, fallback):
        count = self.document_count()
        total = self._totaldoclen
        total = total() if callable(total) else total  # a plain number in very old indexes
        return total / count if count and total > 0 else max(fallback, 1)

    def _impact(self, count, doc_len, mean_doc_len):
        K1, B = self.K1, self.B
        tf = count * (K1 + 1) / (count + K1 * (1 - B + B * doc_len / mean_doc_len))
        return max(int(tf * TF_SCALE + 0.5), 1)

    def _get_frequencies(self, wids):
        counts, doc_len = super()._get_frequencies(wids)
        if not self._impacts:
            return counts, doc_len
        mean = self._mean_doc_len(doc_len)
        return {wid: self._impact(count, doc_len, mean) for wid, count in counts.items()}, doc_len

    def _search_wids(self, wids):
        if not self._impacts:
            return super()._search_wids(wids)
        document_count = float(self.document_count())
        scored = []
        for wid in wids:
            postings = self._wordinfo[wid]
            idf = inverse_doc_frequency(len(postings), document_count)
            # Small postings are plain dicts (BaseIndex.DICT_CUTOFF). The
            # weight is never 1, so the set operations always return a new
            # mapping, never the stored postings.
            scored.append((IIBucket(postings) if isinstance(postings, dict) else postings,
                           max(int(idf * IDF_SCALE + 0.5), 2)))
        return scored

    def use_impacts(self):
        """Turn the raw counts of an index made before impacts into impacts.

        Computed with today's mean document length; returns the number of
        postings rewritten (none when the index already holds impacts).
        """
        if self._impacts:
            return 0
        mean = self._mean_doc_len(1)
        doc_lens = self._docweight
        rewritten = 0
        for wid in list(self._wordinfo.keys()):
            counts = self._wordinfo[wid]
            impacts = {docid: self._impact(count, doc_lens[docid], mean) for docid, count in counts.items()}
            self._wordinfo[wid] = impacts if isinstance(counts, dict) else IIBTree(impacts)
            rewritten += len(impacts)
        self._impacts = True
        return rewritten

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
            [(postings, idf * weight) for (postings, idf), (_wid, weight) in zip(scores, weighted_wids)]
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
