"""Content at scale: what the generator writes, and the benchmark's figures."""

from mttq.langson.scale.benchmark import benchmark
from mttq.langson.scale.benchmark import percentile
from mttq.langson.scale.generate import generate
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import io
import transaction


class TestGenerator:
    def test_content_in_every_active_unit_published_and_reproducible(self, portal):
        stream = io.StringIO()
        versionable = list(api.portal.get_tool("portal_repository").getVersionableContentTypes())
        assert "News Item" in versionable
        with api.env.adopt_user(SITE_OWNER_NAME):
            counts = generate(portal, news_per_unit=2, documents_per_unit=1, events_per_unit=1,
                              stream=stream, commit=lambda: None)
        assert (counts["news"], counts["documents"], counts["events"]) == (24, 12, 12)
        catalog = api.portal.get_tool("portal_catalog")
        news = catalog.unrestrictedSearchResults(portal_type="News Item", review_state="published")
        assert len(news) == 24
        assert {brain.unit_code for brain in news} == {"20"} | {
            brain.unit_code for brain in catalog.unrestrictedSearchResults(portal_type="UnitSite")}
        # Vietnamese titles, a category from the shared list, blocks for Volto
        item = news[0].getObject()
        assert item.subjects and item.blocks and any(ch in item.title for ch in "ăâđêôơư")
        # the category comes from the shared vocabulary and is indexed for the facets
        from mttq.langson.news.categories import get_categories

        assert {brain.news_category for brain in news} <= set(get_categories())
        assert len({brain.news_category for brain in news}) > 1
        # generated items skip the initial version; versioning is back on afterwards
        assert api.portal.get_tool("portal_repository").getVersionableContentTypes() == versionable
        assert not getattr(item, "version_id", None)
        docs = catalog.unrestrictedSearchResults(portal_type="GuidanceDocument", review_state="published")
        assert len(docs) == 12
        document = docs[0].getObject()
        assert document.file.data.startswith(b"%PDF-")
        assert document.file.contentType == "application/pdf"
        events = catalog.unrestrictedSearchResults(portal_type="Event", review_state="published")
        assert len(events) == 12
        assert "Văn bản" in stream.getvalue() and "12/12" in stream.getvalue()

    def test_top_up_makes_only_what_is_missing(self, portal):
        catalog = api.portal.get_tool("portal_catalog")

        def per_unit(portal_type):
            counts = {}
            for brain in catalog.unrestrictedSearchResults(portal_type=portal_type):
                counts[brain.unit_code] = counts.get(brain.unit_code, 0) + 1
            return counts

        with api.env.adopt_user(SITE_OWNER_NAME):
            before = per_unit("News Item")
            generate(portal, news_per_unit=1, documents_per_unit=1, events_per_unit=0,
                     stream=io.StringIO(), commit=lambda: None)
            # a stopped run resumed: totals per unit, only the missing items
            counts = generate(portal, news_per_unit=max(before.values(), default=0) + 2, documents_per_unit=2,
                              events_per_unit=0, stream=io.StringIO(), commit=lambda: None, top_up=True)
            again = generate(portal, news_per_unit=max(before.values(), default=0) + 2, documents_per_unit=2,
                             events_per_unit=0, stream=io.StringIO(), commit=lambda: None, top_up=True)
        news = per_unit("News Item")
        assert set(news.values()) == {max(before.values(), default=0) + 2}
        assert counts["news"] == sum(news.values()) - sum(before.values()) - 12
        assert set(per_unit("GuidanceDocument").values()) == {2}
        assert counts["documents"] == 12
        assert (again["news"], again["documents"]) == (0, 0)
        # the resumed documents go on numbering after the unit's first one
        numbers = [brain.getObject().document_number
                   for brain in catalog.unrestrictedSearchResults(portal_type="GuidanceDocument", unit_code="180")]
        assert sorted(number.split("/")[0] for number in numbers) == ["1", "2"]

    def test_same_seed_same_text(self):
        from mttq.langson.scale.text import VietnameseText

        def sample(seed):
            text = VietnameseText(seed)
            return [text.news_title("Tràng Định") for _ in range(5)] + [text.paragraph(2)]

        assert sample(7) == sample(7)
        assert sample(7) != sample(8)


class TestBenchmark:
    def test_percentile(self):
        values = list(range(1, 101))
        assert percentile(values, 0.5) in (50, 51)
        assert percentile(values, 0.95) in (95, 96)

    def test_measures_home_registry_and_search(self, functional):
        portal = functional["portal"]
        with api.env.adopt_user(SITE_OWNER_NAME):
            generate(portal, news_per_unit=1, documents_per_unit=1, events_per_unit=0,
                     stream=io.StringIO(), commit=lambda: None)
        transaction.commit()
        figures = benchmark(portal.absolute_url(), requests=3)
        assert set(figures) == {"home", "registry", "search"}
        for row in figures.values():
            assert 0 < row["p50"] <= row["p95"] <= row["max"]
