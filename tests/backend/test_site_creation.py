"""The site made by the distribution: network, sections, settings, intranet."""

from mttq.langson.network.records import load_network
from mttq.langson.network.units import all_units
from mttq.langson.network.units import unit_sites
from plone import api

import pytest


SECTIONS = ["tin-tuc", "van-ban", "lich-cong-tac", "thu-vien-anh", "gioi-thieu", "lien-he"]


class TestNetwork2021:
    def test_province_and_eleven_units(self, portal):
        units = all_units(portal)
        assert len(units) == 12
        assert portal.unit_code == "20"
        assert portal.unit_level == "province"
        codes = sorted(u.unit_code for u in unit_sites(portal))
        assert codes == sorted(r.code for r in load_network("2021") if r.level != "province")

    def test_unit_sites_are_navigation_roots_with_ascii_ids(self, portal):
        from plone.base.interfaces import INavigationRoot

        unit = portal["huyen-trang-dinh"]
        assert unit.portal_type == "UnitSite"
        assert INavigationRoot.providedBy(unit)
        assert unit.title == "Ủy ban MTTQ Việt Nam huyện Tràng Định"
        assert unit.unit_name == "Huyện Tràng Định"
        assert unit.unit_short_name == "Tràng Định"
        assert portal["thanh-pho-lang-son"].unit_code == "178"
        assert portal["huyen-dinh-lap"].unit_code == "189"

    @pytest.mark.parametrize("path", ["", "huyen-trang-dinh", "huyen-loc-binh"])
    def test_sections_with_vietnamese_titles(self, portal, path):
        site = portal.unrestrictedTraverse(path) if path else portal
        titles = [site[sid].title for sid in SECTIONS]
        assert titles == ["Tin tức", "Văn bản", "Lịch công tác", "Thư viện ảnh", "Giới thiệu", "Liên hệ"]
        for sid in SECTIONS:
            assert api.content.get_state(site[sid]) == "published"
            assert site[sid].blocks, "each section is a Volto page with blocks"

    def test_language_and_timezone(self, portal):
        assert api.portal.get_registry_record("plone.default_language") == "vi"
        assert api.portal.get_registry_record("plone.portal_timezone") == "Asia/Ho_Chi_Minh"
        assert portal.Language() == "vi"

    def test_each_unit_has_its_own_colours(self, portal):
        colours = {(u.primary_color, u.secondary_color) for u in all_units(portal)}
        assert len(colours) == 12

    def test_unit_groups_and_local_roles(self, portal):
        unit = portal["huyen-trang-dinh"]
        roles = dict(unit.get_local_roles())
        assert set(roles["unit-180-editors"]) == {"Contributor", "Editor", "Reader"}
        assert set(roles["unit-180-reviewers"]) == {"Reviewer", "Reader"}
        assert "unit-178-editors" not in roles
        province_roles = dict(portal.get_local_roles())
        assert "Editor" in province_roles["unit-20-editors"]
        intranet_roles = dict(portal["noi-bo"].get_local_roles())
        for code in ("20", "178", "189"):
            for suffix in ("editors", "reviewers", "cadres"):
                assert intranet_roles[f"unit-{code}-{suffix}"] == ("Reader",)

    def test_home_pages_have_listings(self, portal):
        def listings(site):
            return [b for b in site.blocks.values() if b["@type"] == "listing"]

        province = listings(portal)
        assert [b["headline"] for b in province] == ["Tin tức", "Tin từ cơ sở", "Văn bản mới"]
        from_units = province[1]["querystring"]["query"]
        assert {"i": "unit_code", "o": "plone.app.querystring.operation.selection.none", "v": ["20"]} in from_units
        unit = listings(portal["huyen-trang-dinh"])
        assert [b["headline"] for b in unit] == ["Tin tức", "Văn bản mới"]
        assert len(portal.blocks_layout["items"]) == len(portal.blocks)

    def test_demo_content_on_request(self, portal):
        from mttq.langson.network.demo import create_demo_content

        with api.env.adopt_roles(["Manager"]):
            count = create_demo_content(portal)
        assert count == 12 * 3
        unit = portal["huyen-trang-dinh"]
        news = unit["tin-tuc"].contentValues()
        assert len(news) == 3 and all(api.content.get_state(n) == "published" for n in news)
        assert "Tràng Định" in news[0].title
        assert unit.logo.contentType == "image/png" and unit.logo.getImageSize() == (160, 160)
        assert unit.footer_email == "mttq.huyen-trang-dinh@mttq-langson.example"
        assert portal.footer_email == "mttq.tinh-lang-son@mttq-langson.example"
        assert unit.footer_links[0]["url"] == "https://mattran.org.vn"

    def test_no_demo_content_in_tests(self, portal):
        assert portal["huyen-trang-dinh"]["tin-tuc"].objectIds() == []

    def test_unit_code_index_covers_content_below_a_unit(self, portal):
        catalog = api.portal.get_tool("portal_catalog")
        paths = {b.getPath().split("/")[-1] for b in catalog(unit_code="180")}
        assert {"huyen-trang-dinh", "tin-tuc", "van-ban"} <= paths
        province = {b.getPath() for b in catalog(unit_code="20")}
        assert "/plone/tin-tuc" in province
        assert not any("huyen-" in p for p in province)


class TestNetwork2025:
    def test_province_and_65_communes(self, portal2025):
        units = all_units(portal2025)
        assert len(units) == 66
        levels = {u.unit_level for u in units[1:]}
        assert levels == {"commune"}
        kinds = sorted({u.unit_kind for u in units[1:]})
        assert kinds == ["Phường", "Xã"]

    def test_commune_site(self, portal2025):
        unit = portal2025["phuong-dong-kinh"]
        assert unit.unit_code == "05977"
        assert unit.title == "Ủy ban MTTQ Việt Nam phường Đông Kinh"
        assert [unit[s].title for s in SECTIONS] == ["Tin tức", "Văn bản", "Lịch công tác", "Thư viện ảnh", "Giới thiệu", "Liên hệ"]
