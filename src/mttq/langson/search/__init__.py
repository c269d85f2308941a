"""Vietnamese search in the catalog.

Accent-insensitive (every Vietnamese letter, đ → d), either tone placement
("hoà" / "hòa"), phrases, and exact accents ranked first, for every caller
of the catalog's text indexes (@search, Volto's search page, @@search,
listings). ``vietnamese``: word normalisation; ``pipeline``: the lexicon's
pipeline elements; ``index``: the ranking; ``setup``: the catalog's text
indexes on them.
"""

# Register the pipeline elements and the index type before any lexicon or
# index is made, imported (GenericSetup) or loaded.
from mttq.langson.search import index  # noqa: F401
from mttq.langson.search import pipeline  # noqa: F401
