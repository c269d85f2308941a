"""Vietnamese search in the catalog (mttq.langson.search, issue #4).

Accent-insensitive for every Vietnamese letter and đ, either tone placement,
upper case, phrases, exact accents ranked first: through the catalog, the
REST ``@search`` endpoint (as Volto's search page and classic @@search send
queries too), and the upgrade of a site indexed with Plone's stock lexicon.
"""

from mttq.langson.search.index import INDEX_TYPE
from mttq.langson.search.index import VietnameseOkapiIndex
from mttq.langson.search.setup import LEXICON_ID
from mttq.langson.search.setup import TEXT_INDEXES
from mttq.langson.search.vietnamese import exact_form
from mttq.langson.search.vietnamese import fold
from mttq.langson.search.vietnamese import place_tone
from mttq.langson.network.blocks import page_blocks
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.base.utils import munge_search_term
from types import SimpleNamespace

import pytest
import requests
import transaction
import unicodedata


PROFILE = "mttq.langson:default"

# ---------------------------------------------------------------------------
# The corpus: one folder of Vietnamese pages (title, description, body text).
# Ids are opaque ("tk01"): a page's id is part of its SearchableText, and a
# readable id would match the very words the tests look for.

CORPUS = {
    # name: (title, description, body text)
    "ub_title": ("Ủy ban Mặt trận Tổ quốc tỉnh Lạng Sơn", "", ""),
    "ub_desc": ("Thông báo phiên họp thường kỳ", "Uỷ ban nhân dân huyện Lộc Bình họp phiên thường kỳ", ""),
    "ub_plain": ("Tin van ban", "", "Uy ban Mat tran to chuc hoi nghi"),
    "ub_upper": ("THÔNG BÁO", "", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN VĂN LÃNG"),
    "duong_exact": (
        "Sửa chữa đường phố Bắc Sơn",
        "Công trình nâng cấp lòng đường và vỉa hè kéo dài hai tháng trên toàn tuyến phố chính của thị trấn, "
        "người dân được hướng dẫn đi theo lối tạm phía sau chợ",
        "",
    ),
    "duong_plain": ("Duong pho Bac Son", "", ""),
    "duong_lich": ("Ngày lễ theo lịch dương", "", ""),
    "duong_nhiem": ("Cán bộ đương nhiệm tiếp công dân", "", ""),
    "hoa_old": ("Hòa bình biên giới", "", ""),
    "hoa_new": ("Giữ gìn an ninh", "Giữ gìn hoà bình trên tuyến biên giới", ""),
    "thuy_new": ("Nông nghiệp", "", "Công trình thuỷ lợi Bản Lải"),
    "thuy_old": ("Nuôi trồng thủy sản", "", ""),
    "khoe_new": ("Chăm sóc sức khoẻ người cao tuổi", "", ""),
    "khoe_old": ("Thể thao", "", "Rèn luyện thân thể khỏe mạnh"),
    "loa_old": ("Hỗ trợ người mù lòa", "", ""),
    "quy_std": ("Báo cáo quý I năm 2025", "", ""),
    "quy_odd": ("Kế hoạch qúy II", "", ""),
    "ung_ho": ("Ủng hộ bà con vùng lũ", "", ""),
    "on_dinh": ("Ổn định đời sống nhân dân", "", ""),
    "ung_dung": ("Ứng dụng công nghệ số", "", ""),
    "am_ap": ("Ấm áp tình làng nghĩa xóm", "", ""),
    "dong_dang": ("Cửa khẩu Đồng Đăng", "", ""),
    "english": ("Annual report", "", "Meeting of the committee"),
}
NAMES = list(CORPUS)
ID = {name: f"tk{n:02d}" for n, name in enumerate(NAMES, 1)}
NAME = {v: k for k, v in ID.items()}
# Not "tim-kiem": that is the site's search page (search/page.py).
FOLDER = "kho-tim-kiem"

UB_ALL = ["ub_title", "ub_desc", "ub_plain", "ub_upper"]
UB_MAT_TRAN = ["ub_title", "ub_plain", "ub_upper"]
DUONG = ["duong_exact", "duong_lich", "duong_nhiem"]

# (query, names it must find, names it must not find); an empty "find"
# list means: nothing of the corpus.
CASES = [
    # folding, and the stock failure: words starting with a letter of Latin Extended Additional
    pytest.param("Uy ban", UB_ALL, ["english", "duong_exact"], id="uy-ban-unaccented"),
    pytest.param("Ủy ban", UB_ALL, ["english"], id="uy-ban-old-placement"),
    pytest.param("Uỷ ban", UB_ALL, ["english"], id="uy-ban-new-placement"),
    pytest.param("ỦY BAN", UB_ALL, [], id="uy-ban-uppercase"),
    pytest.param("uy ban mat tran", UB_MAT_TRAN, ["ub_desc"], id="uy-ban-mat-tran-unaccented"),
    pytest.param("Ủy ban Mặt trận", UB_MAT_TRAN, ["ub_desc"], id="uy-ban-mat-tran-accented"),
    pytest.param("ung ho", ["ung_ho"], ["ung_dung"], id="ung-initial-u-hook"),
    pytest.param("on dinh", ["on_dinh"], [], id="on-initial-o-circumflex-hook"),
    pytest.param("ung dung", ["ung_dung"], ["ung_ho"], id="ung-initial-u-horn-acute"),
    pytest.param("am ap", ["am_ap"], [], id="am-initial-a-circumflex-acute"),
    pytest.param("Ấm áp", ["am_ap"], [], id="am-accented"),
    pytest.param("Lang Son", ["ub_title"], [], id="lang-son-unaccented"),
    pytest.param("Lạng Sơn", ["ub_title"], [], id="lang-son-accented"),
    # đ
    pytest.param("dong dang", ["dong_dang"], [], id="d-stroke-unaccented"),
    pytest.param("Đồng Đăng", ["dong_dang"], [], id="d-stroke-accented"),
    pytest.param("ĐỒNG ĐĂNG", ["dong_dang"], [], id="d-stroke-uppercase"),
    pytest.param("duong", DUONG, ["hoa_old"], id="duong-unaccented-finds-all-three"),
    pytest.param("đường", DUONG, ["hoa_old"], id="duong-accented-finds-all-three"),
    # both tone placements
    pytest.param("hoa binh", ["hoa_old", "hoa_new"], [], id="hoa-unaccented"),
    pytest.param("hòa bình", ["hoa_old", "hoa_new"], [], id="hoa-old-placement"),
    pytest.param("hoà bình", ["hoa_old", "hoa_new"], [], id="hoa-new-placement"),
    pytest.param("thuy loi", ["thuy_new"], ["thuy_old"], id="thuy-loi-unaccented"),
    pytest.param("thủy lợi", ["thuy_new"], ["thuy_old"], id="thuy-loi-old-placement"),
    pytest.param("thuỷ sản", ["thuy_old"], ["thuy_new"], id="thuy-san-new-placement"),
    pytest.param("thủy", ["thuy_new", "thuy_old"], [], id="thuy-both"),
    pytest.param("khoe", ["khoe_new", "khoe_old"], [], id="khoe-unaccented"),
    pytest.param("khỏe", ["khoe_new", "khoe_old"], [], id="khoe-old-placement"),
    pytest.param("khoẻ", ["khoe_new", "khoe_old"], [], id="khoe-new-placement"),
    pytest.param("loà", ["loa_old"], [], id="loa-new-placement"),
    pytest.param("mu loa", ["loa_old"], [], id="loa-unaccented"),
    pytest.param("quý", ["quy_std", "quy_odd"], [], id="quy-standard"),
    pytest.param("qúy", ["quy_std", "quy_odd"], [], id="quy-tone-on-u"),
    pytest.param("quy", ["quy_std", "quy_odd"], [], id="quy-unaccented"),
    # phrases
    pytest.param('"Ủy ban Mặt trận"', UB_MAT_TRAN, ["ub_desc"], id="phrase-accented"),
    pytest.param('"uy ban mat tran"', UB_MAT_TRAN, ["ub_desc"], id="phrase-unaccented"),
    pytest.param('"Mặt trận Ủy ban"', [], UB_ALL, id="phrase-wrong-order"),
    pytest.param('"uy ban nhan dan"', ["ub_desc"], ["ub_title", "on_dinh"], id="phrase-description"),
    pytest.param('"Uỷ ban nhân dân huyện Lộc Bình"', ["ub_desc"], ["on_dinh"], id="phrase-long"),
    pytest.param('"hòa bình"', ["hoa_old", "hoa_new"], [], id="phrase-other-placement"),
    # operators
    pytest.param("uy ban -loc", UB_MAT_TRAN, ["ub_desc"], id="not"),
    pytest.param("hoa binh OR thuy san", ["hoa_old", "hoa_new", "thuy_old"], ["thuy_new"], id="or"),
    pytest.param("committee", ["english"], [], id="english"),
    # globs, as Volto's search page ("text*") and classic @@search ("a* AND b*") send them
    pytest.param("Ủy*", UB_ALL, ["english"], id="glob-accented"),
    pytest.param("uy ban*", UB_ALL, [], id="glob-volto-unaccented"),
    pytest.param("Uỷ ban*", UB_ALL, [], id="glob-volto-new-placement"),
    pytest.param(munge_search_term("Ủy ban"), UB_ALL, [], id="glob-classic-munged"),
    pytest.param("Mặt tr*", UB_MAT_TRAN, ["ub_desc"], id="glob-prefix"),
    pytest.param("thuỷ*", ["thuy_new", "thuy_old"], [], id="glob-new-placement"),
    pytest.param("hòa*", ["hoa_old", "hoa_new"], [], id="glob-old-placement"),
    pytest.param("Đồng Đăng*", ["dong_dang"], [], id="glob-d-stroke"),
]

# (query, name listed first, names listed after it)
RANKING = [
    pytest.param("đường", "duong_exact", ["duong_lich", "duong_nhiem"], id="duong-road"),
    pytest.param("dương", "duong_lich", ["duong_exact", "duong_nhiem"], id="duong-solar"),
    pytest.param("đương", "duong_nhiem", ["duong_exact", "duong_lich"], id="duong-incumbent"),
    pytest.param("đường*", "duong_exact", ["duong_lich", "duong_nhiem"], id="duong-road-glob"),
    pytest.param(munge_search_term("sửa đường"), "duong_exact", [], id="duong-road-munged"),
    pytest.param("Đường", "duong_exact", ["duong_lich", "duong_nhiem"], id="duong-road-capital"),
    pytest.param('"đường phố"', "duong_exact", ["duong_plain"], id="duong-road-phrase"),
    pytest.param('"Đường phố Bắc Sơn"', "duong_exact", ["duong_plain"], id="duong-road-long-phrase"),
]
# Exact accents before the unaccented page, whatever the placement typed.
RANKING_GROUPS = [
    pytest.param("Ủy ban", ["ub_title", "ub_desc", "ub_upper"], ["ub_plain"], id="uy-ban"),
    pytest.param("Uỷ ban", ["ub_title", "ub_desc", "ub_upper"], ["ub_plain"], id="uy-ban-new-placement"),
    pytest.param("Ủy ban*", ["ub_title", "ub_desc", "ub_upper"], ["ub_plain"], id="uy-ban-glob"),
    pytest.param('"Ủy ban Mặt trận"', ["ub_title", "ub_upper"], ["ub_plain"], id="phrase"),
    pytest.param('"uy ban mat tran"', ["ub_title", "ub_upper", "ub_plain"], [], id="phrase-unaccented-finds-all"),
]

# ---------------------------------------------------------------------------
# Every vowel with every tone: one page per vowel, with one syllable per tone
# that starts with the toned vowel (the stock index's blind spot), each tone
# with its own final consonant so that the five fold to different words.

VOWELS = {
    # vowel: its five toned forms (huyền, sắc, hỏi, ngã, nặng)
    "a": "àáảãạ", "ă": "ằắẳẵặ", "â": "ầấẩẫậ",
    "e": "èéẻẽẹ", "ê": "ềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọ", "ô": "ồốổỗộ", "ơ": "ờớởỡợ",
    "u": "ùúủũụ", "ư": "ừứửữự",
    "y": "ỳýỷỹỵ",
}
FINALS = "cmnpt"
BASE = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i", "o": "o", "ô": "o", "ơ": "o",
        "u": "u", "ư": "u", "y": "y"}
VOWEL_FOLDER = "nguyen-am"
VOWEL_ID = {vowel: f"na{n:02d}" for n, vowel in enumerate(VOWELS, 1)}
TONED = [
    pytest.param(vowel, toned, final, id="-".join([BASE[vowel]] + unicodedata.name(toned).split(" WITH ")[1].lower().replace(" and ", " ").split()))
    for vowel in VOWELS
    for toned, final in zip(VOWELS[vowel], FINALS)
]


def vowel_page_text(vowel):
    return " ".join(toned + final for toned, final in zip(VOWELS[vowel], FINALS))


def same_base(vowel):
    return {VOWEL_ID[v] for v in VOWELS if BASE[v] == BASE[vowel]}


# ---------------------------------------------------------------------------
# Fixtures and helpers


def create_page(container, id_, title, description="", text=""):
    blocks = [title_block()] + ([text_block(text)] if text else [])
    blocks, layout = page_blocks(*blocks)
    return api.content.create(
        container=container, type="Document", id=id_, title=title, description=description,
        blocks=blocks, blocks_layout=layout,
    )


def create_corpus(portal):
    with api.env.adopt_roles(["Manager"]):
        folder = create_page(portal, FOLDER, "Tìm kiếm")
        for name, (title, description, text) in CORPUS.items():
            create_page(folder, ID[name], title, description, text)
        vowels = create_page(portal, VOWEL_FOLDER, "Nguyên âm")
        for vowel in VOWELS:
            create_page(vowels, VOWEL_ID[vowel], f"Bảng {vowel}", text=vowel_page_text(vowel))


@pytest.fixture(scope="class")
def search_portal(portal_class):
    create_corpus(portal_class)
    return portal_class


@pytest.fixture(scope="class")
def rest_portal(functional_portal_class):
    create_corpus(functional_portal_class)
    transaction.commit()
    return functional_portal_class


def catalog_ids(portal, folder=FOLDER, **query):
    """Ids found below ``folder``, in the catalog's (relevance) order."""
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(portal[folder].getPhysicalPath())
    brains = catalog.unrestrictedSearchResults(path={"query": path, "depth": 1}, **query)
    return [brain.getId for brain in brains]


def rest_ids(portal, text, folder=FOLDER):
    """Ids found by ``GET <folder>/@search?SearchableText=...``, in order."""
    response = requests.get(
        f"{portal.absolute_url()}/{folder}/@search",
        params={"SearchableText": text, "b_size": 100},
        headers={"Accept": "application/json"},
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )
    assert response.status_code == 200, response.text
    ids = [item["@id"].rsplit("/", 1)[1] for item in response.json()["items"]]
    return [id_ for id_ in ids if id_ != folder]


def check_found(found_ids, found, not_found):
    found_names = {NAME[i] for i in found_ids}
    if found:
        assert set(found) <= found_names, f"missing {set(found) - found_names}"
    else:
        assert not found_names & set(CORPUS), f"found {found_names}"
    assert not set(not_found) & found_names, f"should not find {set(not_found) & found_names}"


def check_first(found_ids, first, then):
    names = [NAME[i] for i in found_ids]
    assert names and names[0] == first, names
    assert set(then) <= set(names), names


def check_groups(found_ids, before, after):
    names = [NAME[i] for i in found_ids]
    assert set(before) | set(after) <= set(names), names
    assert max(names.index(n) for n in before) < min((names.index(n) for n in after), default=len(names)), names


# ---------------------------------------------------------------------------
# The normalisation itself (no Zope)

ALL_LETTERS = [
    (letter, base)
    for base, letters in {
        "a": "aàáảãạăằắẳẵặâầấẩẫậ", "e": "eèéẻẽẹêềếểễệ", "i": "iìíỉĩị",
        "o": "oòóỏõọôồốổỗộơờớởỡợ", "u": "uùúủũụưừứửữự", "y": "yỳýỷỹỵ", "d": "dđ",
    }.items()
    for letter in letters
]

# Both placements of the tone mark, and the canonical (main vowel) form.
PLACEMENTS = [
    ("hòa", "hoà", "hoà"), ("thủy", "thuỷ", "thuỷ"), ("Ủy", "Uỷ", "uỷ"), ("khỏe", "khoẻ", "khoẻ"),
    ("lòa", "loà", "loà"), ("qúy", "quý", "quý"), ("cuả", "của", "của"), ("ngòai", "ngoài", "ngoài"),
    ("khủyu", "khuỷu", "khuỷu"), ("gía", "giá", "giá"), ("thủơ", "thuở", "thuở"), ("ngừơi", "người", "người"),
    ("hòan", "hoàn", "hoàn"), ("xóay", "xoáy", "xoáy"), ("hụê", "huệ", "huệ"), ("miá", "mía", "mía"),
    ("tủy", "tuỷ", "tuỷ"), ("HÒA", "HOÀ", "hoà"),
]


class TestNormalisation:
    @pytest.mark.parametrize("letter, base", ALL_LETTERS)
    def test_every_letter_folds(self, letter, base):
        assert fold(letter) == base
        assert fold(letter.upper()) == base
        assert fold(unicodedata.normalize("NFD", letter.upper())) == base

    @pytest.mark.parametrize("one, other, canonical", PLACEMENTS)
    def test_both_placements_give_one_exact_form(self, one, other, canonical):
        assert exact_form(one) == exact_form(other) == canonical
        assert exact_form(unicodedata.normalize("NFD", one)) == canonical

    @pytest.mark.parametrize("word", ["café", "été", "señor", "José", "2025", "北京", "Müller", "ḿ"])
    def test_other_words_keep_their_marks_where_they_are(self, word):
        assert place_tone(word) == word

    def test_distinct_words_stay_distinct_when_exact(self):
        assert len({exact_form(w) for w in ["đường", "dương", "đương", "duong"]}) == 4
        assert {fold(w) for w in ["đường", "dương", "đương", "Đương"]} == {"duong"}

    def test_globs(self):
        assert exact_form("Thủy*") == "thuỷ*"
        assert fold("Đườ?g*") == "duo?g*"


# ---------------------------------------------------------------------------
# Through the catalog


class TestCatalogSearch:
    @pytest.mark.parametrize("query, found, not_found", CASES)
    def test_search(self, search_portal, query, found, not_found):
        check_found(catalog_ids(search_portal, SearchableText=query), found, not_found)

    @pytest.mark.parametrize("query, first, then", RANKING)
    def test_exact_accents_first(self, search_portal, query, first, then):
        check_first(catalog_ids(search_portal, SearchableText=query), first, then)

    @pytest.mark.parametrize("query, before, after", RANKING_GROUPS)
    def test_exact_accents_before_unaccented(self, search_portal, query, before, after):
        check_groups(catalog_ids(search_portal, SearchableText=query), before, after)

    @pytest.mark.parametrize("vowel, toned, final", TONED)
    def test_every_vowel_with_every_tone(self, search_portal, vowel, toned, final):
        def search(text):
            return catalog_ids(search_portal, folder=VOWEL_FOLDER, SearchableText=text)

        unaccented = BASE[vowel] + final
        # without accents: the pages of every vowel with that base letter
        assert set(search(unaccented)) == same_base(vowel)
        # with them: the same pages, this vowel's first; in capitals too
        for text in (toned + final, (toned + final).upper()):
            found = search(text)
            assert set(found) == same_base(vowel)
            assert found[0] == VOWEL_ID[vowel]

    def test_title_index(self, search_portal):
        assert {NAME[i] for i in catalog_ids(search_portal, Title="Uy ban")} == {"ub_title"}
        assert {NAME[i] for i in catalog_ids(search_portal, Title="Ủy ban*")} == {"ub_title"}

    def test_description_index(self, search_portal):
        assert {NAME[i] for i in catalog_ids(search_portal, Description="uy ban")} == {"ub_desc"}
        assert {NAME[i] for i in catalog_ids(search_portal, Description='"hòa bình"')} == {"hoa_new"}

    def test_words_indexed_for_a_page(self, search_portal):
        catalog = api.portal.get_tool("portal_catalog")
        page = search_portal[FOLDER][ID["ub_title"]]
        words = catalog.getIndexDataForRID(catalog.getrid("/".join(page.getPhysicalPath())))["Title"]
        # folded words in order (phrases), then exact forms of accented words
        assert words == ["uy", "ban", "mat", "tran", "to", "quoc", "tinh", "lang", "son",
                         "=uỷ", "=mặt", "=trận", "=tổ", "=quốc", "=tỉnh", "=lạng", "=sơn"]


# ---------------------------------------------------------------------------
# Through the REST API (functional layer, real HTTP)


class TestRestSearch:
    @pytest.mark.parametrize("query, found, not_found", CASES)
    def test_search(self, rest_portal, query, found, not_found):
        check_found(rest_ids(rest_portal, query), found, not_found)

    @pytest.mark.parametrize("query, first, then", RANKING)
    def test_exact_accents_first(self, rest_portal, query, first, then):
        check_first(rest_ids(rest_portal, query), first, then)

    @pytest.mark.parametrize("query, before, after", RANKING_GROUPS)
    def test_exact_accents_before_unaccented(self, rest_portal, query, before, after):
        check_groups(rest_ids(rest_portal, query), before, after)

    @pytest.mark.parametrize("vowel, toned, final", TONED)
    def test_every_vowel_with_every_tone(self, rest_portal, vowel, toned, final):
        assert set(rest_ids(rest_portal, BASE[vowel] + final, VOWEL_FOLDER)) == same_base(vowel)
        found = rest_ids(rest_portal, (toned + final).upper() + "*", VOWEL_FOLDER)
        assert set(found) == same_base(vowel)
        assert found[0] == VOWEL_ID[vowel]


# ---------------------------------------------------------------------------
# Setup: a new site, re-imports, and the upgrade of an existing site


def index_setup(catalog):
    """Lexicon and ranking of each text index."""
    return {
        name: (catalog._catalog.getIndex(name).lexicon_id, catalog._catalog.getIndex(name).getIndexType())
        for name in TEXT_INDEXES
    }


VIETNAMESE = dict.fromkeys(TEXT_INDEXES, (LEXICON_ID, INDEX_TYPE))


def find(context, text):
    """Ids of everything below ``context`` that matches ``text``."""
    path = "/".join(context.getPhysicalPath())
    catalog = api.portal.get_tool("portal_catalog")
    return {b.getId for b in catalog.unrestrictedSearchResults(SearchableText=text, path=path)}


class TestSetup:
    def test_new_site_uses_the_vietnamese_lexicon(self, portal):
        catalog = api.portal.get_tool("portal_catalog")
        assert catalog[LEXICON_ID].getPipelineNames() == ["VietnameseSplitter", "VietnameseNormalizer"]
        assert index_setup(catalog) == VIETNAMESE
        assert isinstance(catalog._catalog.getIndex("SearchableText").index, VietnameseOkapiIndex)
        # content made with the site (the units) is indexed with it
        assert "huyen-trang-dinh" in find(portal, "Uy ban MTTQ Trang Dinh")

    def test_profile_version(self, portal):
        setup = api.portal.get_tool("portal_setup")
        assert setup.getLastVersionForProfile(PROFILE) == (setup.getVersionForProfile(PROFILE),)

    def test_reimporting_the_catalog_keeps_the_indexes(self, portal):
        with api.env.adopt_roles(["Manager"]):
            create_page(portal, "bai-ubnd", "Ủy ban nhân dân")
        catalog = api.portal.get_tool("portal_catalog")
        index = catalog._catalog.getIndex("SearchableText")
        words = len(catalog[LEXICON_ID].words())
        api.portal.get_tool("portal_setup").runImportStepFromProfile(f"profile-{PROFILE}", "catalog")
        assert catalog._catalog.getIndex("SearchableText").index is index.index
        assert len(catalog[LEXICON_ID].words()) == words
        assert "bai-ubnd" in find(portal, "uy ban nhan dan")

    def test_genericsetup_export_and_import(self, portal):
        from Products.GenericSetup.interfaces import INode
        from Products.GenericSetup.testing import DummySetupEnviron
        from Products.GenericSetup.ZCatalog.exportimport import _extra
        from zope.component import getMultiAdapter

        catalog = api.portal.get_tool("portal_catalog")
        lexicon = catalog[LEXICON_ID]
        node = getMultiAdapter((lexicon, DummySetupEnviron()), INode).node
        assert node.getAttribute("meta_type") == "ZCTextIndex Lexicon"
        assert [(e.getAttribute("group"), e.getAttribute("name")) for e in node.getElementsByTagName("element")] == [
            ("Word Splitter", "MTTQ Vietnamese splitter"),
            ("Case Normalizer", "MTTQ Vietnamese accent normalizer"),
        ]
        words = len(lexicon.words())
        getMultiAdapter((lexicon, DummySetupEnviron()), INode).node = node
        assert len(lexicon.words()) == words  # same pipeline: the lexicon is not cleared

        index = catalog._catalog.getIndex("SearchableText")
        node = getMultiAdapter((index, DummySetupEnviron()), INode).node
        extra = {e.getAttribute("name"): e.getAttribute("value") for e in node.getElementsByTagName("extra")}
        assert extra == {"index_type": INDEX_TYPE, "lexicon_id": LEXICON_ID}
        # as GenericSetup re-creates an index from such an export
        record = _extra()
        record.__dict__.update(extra)
        catalog.addIndex("SearchableTextCopy", "ZCTextIndex", record)
        assert isinstance(catalog._catalog.getIndex("SearchableTextCopy").index, VietnameseOkapiIndex)


def to_stock_lexicon(catalog):
    """The text indexes as Plone makes them (on plone_lexicon), reindexed."""
    for name in TEXT_INDEXES:
        index = catalog._catalog.getIndex(name)
        extra = SimpleNamespace(doc_attr=",".join(index.getIndexSourceNames()),
                                index_type="Okapi BM25 Rank", lexicon_id="plone_lexicon")
        catalog.delIndex(name)
        catalog.addIndex(name, "ZCTextIndex", extra)
    catalog._delObject(LEXICON_ID)
    catalog.reindexIndex(list(TEXT_INDEXES), None)


class TestUpgrade:
    def test_upgrade_from_the_stock_lexicon(self, portal):
        catalog = api.portal.get_tool("portal_catalog")
        setup = api.portal.get_tool("portal_setup")
        with api.env.adopt_roles(["Manager"]):
            folder = create_page(portal, "cu", "Bài cũ")
            create_page(folder, "ub-moi", "Ủy ban Mặt trận Tổ quốc")
            create_page(folder, "ub-cu", "Thông báo", "Uỷ ban nhân dân huyện")
            create_page(folder, "duong", "Sửa đường phố")
            create_page(folder, "lich", "Lịch dương")
        to_stock_lexicon(catalog)
        setup.setLastVersionForProfile(PROFILE, "1000")
        assert set(index_setup(catalog).values()) == {("plone_lexicon", "Okapi BM25 Rank")}
        # The stock lexicon: "Ủy" (U+1EE6 first) keeps its accent, "Uỷ" (U+0055 first) loses it.
        assert find(folder, "Uy ban") == {"ub-cu"}
        assert find(folder, "Ủy ban") == {"ub-moi"}
        assert "huyen-trang-dinh" not in find(portal, "Uy ban")

        assert PROFILE in setup.listProfilesWithUpgrades()
        setup.upgradeProfile(PROFILE)

        assert setup.getLastVersionForProfile(PROFILE) == (setup.getVersionForProfile(PROFILE),)
        assert index_setup(catalog) == VIETNAMESE
        assert find(folder, "Uy ban") == {"ub-cu", "ub-moi"}
        assert find(folder, '"Ủy ban Mặt trận"') == {"ub-moi"}
        assert find(folder, "Uỷ ban nhân dân") == {"ub-cu"}
        assert "huyen-trang-dinh" in find(portal, "Uy ban")
        results = catalog.unrestrictedSearchResults(SearchableText="đường", path="/".join(folder.getPhysicalPath()))
        assert [b.getId for b in results] == ["duong", "lich"]
        # the Title index too
        assert {b.getId for b in catalog.unrestrictedSearchResults(Title="uy ban mat tran")} >= {"ub-moi"}

    def test_upgrade_twice_changes_nothing(self, portal):
        from mttq.langson.search.setup import setup_vietnamese_search

        catalog = api.portal.get_tool("portal_catalog")
        index = catalog._catalog.getIndex("SearchableText").index
        assert setup_vietnamese_search(portal) == []
        assert catalog._catalog.getIndex("SearchableText").index is index


def postings(index, word):
    """{docid: (stored value, count in the document)} of an indexed word form."""
    okapi = index.index
    wid = okapi._lexicon.get_wid(word)
    return {docid: (value, okapi.get_words(docid).count(wid)) for docid, value in okapi._wordinfo[wid].items()}


def ranked(portal, folder, text):
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(portal[folder].getPhysicalPath())
    return [(b.getId, b.data_record_score_) for b in catalog.unrestrictedSearchResults(SearchableText=text, path=path)]


class TestImpacts:
    """The postings hold BM25 impacts, so that words are scored in C."""

    def test_postings_hold_the_bm25_term_weight(self, portal):
        from mttq.langson.search.index import TF_SCALE

        with api.env.adopt_roles(["Manager"]):
            folder = create_page(portal, "bm", "Bài")
            create_page(folder, "ngan", "Hòa giải", text="Hòa giải ở cơ sở")
            create_page(folder, "dai", "Tổ hòa giải",
                        text="Tổ hòa giải thôn Bản Chắt họp bàn việc tổ chức ngày hội đại đoàn kết toàn dân "
                             "tộc, phân công người phụ trách, kiểm tra công tác hòa giải ở khu dân cư")
        catalog = api.portal.get_tool("portal_catalog")
        index = catalog._catalog.getIndex("SearchableText")
        okapi = index.index
        assert okapi._impacts is True
        rid = {b.getId: b.getRID() for b in catalog.unrestrictedSearchResults(path="/".join(folder.getPhysicalPath()))}
        stored = postings(index, "giai")
        mean = okapi._totaldoclen() / okapi.document_count()
        for page in ("ngan", "dai"):
            value, count = stored[rid[page]]
            length = okapi._docweight[rid[page]]
            tf = count * 2.2 / (count + 1.2 * (0.25 + 0.75 * length / mean))
            assert abs(value - tf * TF_SCALE) <= 0.05 * tf * TF_SCALE, (page, value, count, tf * TF_SCALE)
        assert stored[rid["dai"]][1] > stored[rid["ngan"]][1]
        # BM25: the short page that is all about it first, though the long one says it more
        assert [page for page, _score in ranked(portal, "bm", "hòa giải")] == ["ngan", "dai"]

    def test_the_upgrade_turns_counts_into_impacts(self, portal, monkeypatch):
        from mttq.langson.upgrades.v1012 import text_index_impacts
        from Products.ZCTextIndex.OkapiIndex import OkapiIndex

        with api.env.adopt_roles(["Manager"]):
            folder = create_page(portal, "cu2", "Bài")
            create_page(folder, "a", "Đại đoàn kết", text="Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư")
            create_page(folder, "b", "Khu dân cư", text="Đại đoàn kết, đoàn kết, đoàn kết là sức mạnh")
            create_page(folder, "c", "Doan ket", text="Tin khong dau ve doan ket")
        catalog = api.portal.get_tool("portal_catalog")
        expected = {text: ranked(portal, "cu2", text) for text in ("đoàn kết", "doan ket", '"đại đoàn kết"')}
        assert [page for page, _ in expected["đoàn kết"]][-1] == "c"  # exact accents first
        # An index as made before impacts: raw counts, scored by stock Okapi.
        monkeypatch.setattr(VietnameseOkapiIndex, "__init__", OkapiIndex.__init__)
        for name in TEXT_INDEXES:
            catalog._catalog.getIndex(name).clear()
        catalog.reindexIndex(list(TEXT_INDEXES), None)
        monkeypatch.undo()
        index = catalog._catalog.getIndex("SearchableText")
        assert index.index._impacts is False
        counts = postings(index, "ket")
        assert all(value == count for value, count in counts.values())  # raw counts
        stock = {text: [page for page, _ in ranked(portal, "cu2", text)] for text in expected}

        text_index_impacts(portal)

        assert all(catalog._catalog.getIndex(name).index._impacts for name in TEXT_INDEXES)
        impacts = postings(index, "ket")
        assert impacts.keys() == counts.keys()
        assert all(value != count for value, count in impacts.values())
        for text, found in expected.items():
            # same pages, same order as a freshly made index and as stock Okapi
            assert [page for page, _ in ranked(portal, "cu2", text)] == [page for page, _ in found] == stock[text]
        assert text_index_impacts(portal) is None and index.index._impacts  # twice: nothing to do
