"""News categories: one list for the whole network, kept in a registry record
that the province office edits (GET/PATCH /@news-categories).

Items store the category's title; its token (and the feeds' ``?category=``)
is the ASCII slug of the title, stable in URLs.
"""

from mttq.langson import _
from mttq.langson.rest import InputError
from plone import api
from plone.i18n.normalizer.interfaces import IIDNormalizer
from zope.component import getUtility
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


RECORD = "mttq.langson.news_categories"
VOCABULARY = "mttq.langson.NewsCategories"
MAX_CATEGORIES = 50
MAX_LENGTH = 120

# Sections of the central Front site (see domain.md "News sections").
DEFAULT_CATEGORIES = (
    "Tin hoạt động",
    "Hoạt động Mặt trận địa phương",
    "Giám sát, phản biện xã hội",
    "Các cuộc vận động, phong trào thi đua",
    "Dân tộc, tôn giáo",
    "Đại đoàn kết toàn dân tộc",
    "An sinh xã hội (Quỹ Vì người nghèo)",
    "Chuyển đổi số",
    "Thông báo",
)


class CategoryError(InputError):
    pass


def slug(title):
    return getUtility(IIDNormalizer).normalize(title, max_length=MAX_LENGTH)


def get_categories():
    value = api.portal.get_registry_record(RECORD, default=None)
    return list(DEFAULT_CATEGORIES if value is None else value)


def clean_categories(values):
    """The list to store, or CategoryError (nothing stored)."""
    if not isinstance(values, list) or not values:
        raise CategoryError(_("Give the categories as a non-empty list of names."))
    if len(values) > MAX_CATEGORIES:
        raise CategoryError(_("At most ${max} categories.", mapping={"max": MAX_CATEGORIES}))
    cleaned, seen = [], set()
    for value in values:
        if not isinstance(value, str) or not " ".join(value.split()):
            raise CategoryError(_("Every category needs a name."))
        title = " ".join(value.split())
        if len(title) > MAX_LENGTH:
            raise CategoryError(
                _("The category name \"${name}\" is too long (at most ${max} characters).",
                  mapping={"name": title[:40], "max": MAX_LENGTH})
            )
        key = slug(title)
        if key in seen:
            raise CategoryError(_("The category \"${name}\" is listed twice.", mapping={"name": title}))
        seen.add(key)
        cleaned.append(title)
    return cleaned


def set_categories(values):
    cleaned = clean_categories(values)
    api.portal.set_registry_record(RECORD, cleaned)
    return cleaned


def title_for(token_or_title):
    """The stored title of a category given its slug or its title, or None."""
    for title in get_categories():
        if token_or_title in (title, slug(title)):
            return title
    return None


@provider(IVocabularyFactory)
def news_categories(context):
    return SimpleVocabulary(
        [SimpleTerm(value=title, token=slug(title), title=title) for title in get_categories()]
    )
