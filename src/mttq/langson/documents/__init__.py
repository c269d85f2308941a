"""Guidance documents (văn bản): the `GuidanceDocument` type and its registry metadata.

The metadata of Decree 30/2020/NĐ-CP, Annex VI lives in the type's own
schema (`content.IGuidanceDocument`), validated in Vietnamese wherever a
document comes in (REST, add/edit forms, `validate_document`).
"""
