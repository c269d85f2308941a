from mttq.langson.news.categories import get_categories
from mttq.langson.news.categories import set_categories
from mttq.langson.news.categories import slug
from mttq.langson.news.services.base import WriteService
from plone.restapi.services import Service


def serialize(context, titles):
    return {
        "@id": f"{context.absolute_url()}/@news-categories",
        "items": [{"token": slug(title), "title": title} for title in titles],
    }


class CategoriesGet(Service):
    """GET /@news-categories: the network's news categories, in order."""

    def reply(self):
        return serialize(self.context, get_categories())


class CategoriesPatch(WriteService):
    """PATCH /@news-categories {"categories": ["Tin hoạt động", ...]} (province office)."""

    def write(self):
        data = self.body()
        return serialize(self.context, set_categories(data.get("categories")))
