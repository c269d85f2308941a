"""Vietnamese word normalisation for the catalog's text indexes.

Pure functions, no Zope; the lexicon pipeline (``pipeline.py``) builds on
them.

- ``place_tone``: a syllable written with either tone placement ("hòa" /
  "hoà", "thủy" / "thuỷ", "qúy" / "quý") gets its tone mark on the *main
  vowel* (the placement called "kiểu mới": hoà, thuỷ, khoẻ): after the
  initials "qu" and "gi", on the last vowel with a quality mark
  (ă â ê ô ơ ư; ơ in ươ), else on the vowel after a medial o (oa, oe) or
  u (uy), else on the first vowel. Any choice works as long as documents and
  queries share it; this one puts the tone of an open syllable where the
  closed syllable has it ("hoà" / "hoàn"), so prefix searches agree.
  Words that are not one Vietnamese syllable ("café", "2025") are left as
  written.
- ``exact_form``: NFC, canonical tone placement, lower case: the form a
  word is matched on "with its accents".
- ``fold``: the exact form without any accent: tone and quality marks go,
  đ becomes d, other Latin letters are transliterated as Plone's own
  normaliser does (ø → o, ß → ss).
"""

from functools import lru_cache
from unidecode import unidecode

import unicodedata


# Combining tone marks: huyền, sắc, ngã, hỏi, nặng.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
VOWELS = frozenset("aăâeêioôơuưy")
MARKED_VOWELS = frozenset("ăâêôơư")
GLOB_CHARS = "*?"


def _is_latin(ch):
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def _main_vowel(bases):
    """Index of the letter that carries the tone in a syllable, or None.

    ``bases`` are the syllable's letters, lower case, without tone mark.
    None when the word is not one Vietnamese syllable (several vowel groups,
    digits, ...): it is then left as written.
    """
    if not all(b.isalpha() for b in bases):
        return None
    vowels = [k for k, b in enumerate(bases) if b in VOWELS]
    if not vowels:
        return None
    start = vowels[0]
    # "qu" and "gi" followed by a vowel are initial consonants.
    if start == 1 and bases[0] in "qg" and bases[1] == ("u" if bases[0] == "q" else "i"):
        if len(bases) > 2 and bases[2] in VOWELS:
            start = 2
    end = start
    while end < len(bases) and bases[end] in VOWELS:
        end += 1
    if any(b in VOWELS for b in bases[end:]):
        return None
    cluster = bases[start:end]
    marked = [start + k for k, b in enumerate(cluster) if b in MARKED_VOWELS]
    if marked:
        return marked[-1]
    if len(cluster) >= 2 and ((cluster[0] == "o" and cluster[1] in "ae") or cluster[:2] == ["u", "y"]):
        return start + 1
    return start


def place_tone(word):
    """``word`` (NFC) with its tone mark on the canonical vowel; case is kept."""
    if word.isascii():
        return word
    letters = []  # [base letter with its quality marks (NFD), tone mark or ""]
    for ch in unicodedata.normalize("NFD", word):
        if ch in TONE_MARKS:
            if not letters or letters[-1][1]:
                return word
            letters[-1][1] = ch
        elif unicodedata.combining(ch):
            if not letters:
                return word
            letters[-1][0] += ch
        else:
            letters.append([ch, ""])
    toned = [k for k, (_base, tone) in enumerate(letters) if tone]
    if len(toned) != 1:
        return word
    bases = [unicodedata.normalize("NFC", base).lower() for base, _tone in letters]
    current = toned[0]
    target = _main_vowel(bases)
    if target is None or target == current or bases[current] not in VOWELS:
        return word
    letters[target][1], letters[current][1] = letters[current][1], ""
    return unicodedata.normalize("NFC", "".join(base + tone for base, tone in letters))


def _fold_char(ch):
    if ch in "đĐ":
        return "d"
    if ch.isascii() or not _is_latin(ch) or not ch.isalpha():
        return ch
    # ø, ß, æ, ł, ...: as Plone's own normaliser (unidecode) spells them.
    ascii_ = "".join(c for c in unidecode(ch) if c.isalnum())
    return ascii_.lower() or ch


@lru_cache(maxsize=65536)
def _analyse(word):
    exact = place_tone(unicodedata.normalize("NFC", word)).lower()
    if exact.isascii():
        return exact, exact
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", exact) if not ("\u0300" <= ch <= "\u036f")
    )
    folded = "".join(_fold_char(ch) for ch in unicodedata.normalize("NFC", stripped))
    return exact, folded


def _glob_cut(word):
    """Position of the first glob character in ``word`` (its length if none)."""
    return min((i for i in (word.find(c) for c in GLOB_CHARS) if i >= 0), default=len(word))


def exact_form(word):
    """NFC, canonical tone placement, lower case.

    In a glob pattern ("thuỷ*") the part before the first glob character is
    normalised as a whole syllable, the rest is only lower-cased.
    """
    cut = _glob_cut(word)
    if cut == len(word):
        return _analyse(word)[0]
    return _analyse(word[:cut])[0] + unicodedata.normalize("NFC", word[cut:]).lower()


def fold(word):
    """The word without any accent, lower case (đ → d); glob characters are kept."""
    cut = _glob_cut(word)
    if cut == len(word):
        return _analyse(word)[1]
    return "".join(ch if ch in GLOB_CHARS else _analyse(ch)[1] for ch in word)
