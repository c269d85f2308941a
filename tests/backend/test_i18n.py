"""Every string of the mttq.langson domain has its Vietnamese translation."""

from pathlib import Path
from zope.i18n import translate

import importlib.util


ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("i18n_catalog", ROOT / "scripts" / "i18n_catalog.py")
catalog = importlib.util.module_from_spec(spec)
spec.loader.exec_module(catalog)


class TestCatalogue:
    def test_sources_have_msgids(self):
        assert len(catalog.source_msgids()) > 50

    def test_no_msgid_without_vietnamese(self):
        assert catalog.missing() == []

    def test_catalogue_is_loaded_in_zope(self, portal):
        from mttq.langson import _

        message = _("The unit ${code} is already closed.", mapping={"code": "180"})
        assert translate(message, target_language="vi") == "Đơn vị 180 đã đóng từ trước."
