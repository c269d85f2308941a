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


# Fields Volto never shows in an edit form (hidden widgets).
HIDDEN_IN_VOLTO = {"blocks", "blocks_layout"}


def untranslated_form_labels(portal):
    """Labels, help texts and fieldset names of every type's edit form that
    stay in English in Vietnamese (the translation equals the English)."""
    from plone.dexterity.utils import iterSchemataForType
    from plone.supermodel.interfaces import FIELDSETS_KEY
    from zope.schema import getFieldsInOrder

    left = set()

    def check(where, message):
        if not message:
            return
        english = getattr(message, "default", None) or str(message)
        if translate(message, target_language="vi") in (english, str(message)):
            left.add((where, getattr(message, "domain", None), str(message)))

    for fti in portal.portal_types.objectValues():
        if not hasattr(fti, "lookupSchema"):
            continue
        for schema in iterSchemataForType(fti.getId()):
            for name, field in getFieldsInOrder(schema):
                if name in HIDDEN_IN_VOLTO:
                    continue
                check(fti.getId(), field.title)
                check(fti.getId(), field.description)
            for fieldset in schema.queryTaggedValue(FIELDSETS_KEY, []):
                check(fti.getId(), fieldset.label)
    return left


class TestEditFormsInVietnamese:
    """Upstream catalogues leave many edit-form labels in English (empty or
    fuzzy entries); the product's supplementary catalogues fill them."""

    def test_every_edit_form_label_is_vietnamese(self, portal):
        # Messages whose msgid is already Vietnamese are fine as they are.
        left = {
            item for item in untranslated_form_labels(portal)
            if item[2].isascii()
        }
        assert left == set()

    def test_supplement_does_not_override_upstream(self, portal):
        from zope.i18nmessageid import MessageFactory

        # "Title" is translated upstream; our catalogues only fill gaps.
        plone_ = MessageFactory("plone")
        assert translate(plone_("label_title", default="Title"), target_language="vi") == "Tiêu đề"
        assert translate(plone_("label_description", default="Summary"), target_language="vi") == "Tóm tắt"
