"""Vocabularies of guidance documents: type, field (lĩnh vực), urgency, secrecy.

Values are ASCII codes (stable in the catalog and in URLs); titles are
translated (English msgids, Vietnamese catalogue).
"""

from mttq.langson import _
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# Decree 30/2020/NĐ-CP types plus the Front's "Thông tri".
DOCUMENT_TYPES = (
    ("NQ", _("Resolution (NQ)")),
    ("QD", _("Decision (QĐ)")),
    ("CT", _("Directive (CT)")),
    ("KH", _("Plan (KH)")),
    ("HD", _("Guidance (HD)")),
    ("TB", _("Notice (TB)")),
    ("BC", _("Report (BC)")),
    ("CV", _("Official letter (CV)")),
    ("TTr", _("Submission (TTr)")),
    ("CTr", _("Programme (CTr)")),
    ("BB", _("Minutes (BB)")),
    ("TT", _("Circular of the Front (Thông tri)")),
)

# Fields of the Front's work (the central site's sections and the usual ones).
DOCUMENT_FIELDS = (
    ("to-chuc-xay-dung", _("Organisation and building of the Front")),
    ("dai-doan-ket", _("Great national unity")),
    ("giam-sat-phan-bien", _("Supervision and social criticism")),
    ("van-dong-phong-trao", _("Campaigns and emulation movements")),
    ("dan-toc-ton-giao", _("Ethnic and religious affairs")),
    ("an-sinh-xa-hoi", _("Social security (Fund for the Poor)")),
    ("xay-dung-dang-chinh-quyen", _("Building the Party and the government")),
    ("bau-cu", _("Elections")),
    ("tuyen-truyen", _("Communication and propaganda")),
    ("thi-dua-khen-thuong", _("Emulation and awards")),
    ("doi-ngoai", _("People's external relations")),
    ("chuyen-doi-so", _("Digital transformation")),
    ("hanh-chinh", _("Administration and office work")),
    ("khac", _("Other")),
)

URGENCIES = (
    ("thuong", _("Normal (Thường)")),
    ("khan", _("Urgent (Khẩn)")),
    ("thuong-khan", _("Very urgent (Thượng khẩn)")),
    ("hoa-toc", _("Immediate (Hỏa tốc)")),
)

NOT_SECRET = "khong-mat"
SECRECY_LEVELS = (
    (NOT_SECRET, _("Not secret (Không mật)")),
    ("mat", _("Confidential (Mật)")),
    ("toi-mat", _("Secret (Tối mật)")),
    ("tuyet-mat", _("Top secret (Tuyệt mật)")),
)


def _vocabulary(items):
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in items])


@provider(IVocabularyFactory)
def document_types(context):
    return _vocabulary(DOCUMENT_TYPES)


@provider(IVocabularyFactory)
def document_fields(context):
    return _vocabulary(DOCUMENT_FIELDS)


@provider(IVocabularyFactory)
def urgencies(context):
    return _vocabulary(URGENCIES)


@provider(IVocabularyFactory)
def secrecy_levels(context):
    return _vocabulary(SECRECY_LEVELS)
