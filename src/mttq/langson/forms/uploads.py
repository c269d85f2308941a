"""Limits of files citizens upload through a form."""

from plone import api


# Documents and pictures only: nothing a browser or Office would run.
ALLOWED_FILE_TYPES = ("pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "txt", "jpg", "jpeg", "png", "gif", "webp")
ALLOWED_IMAGE_TYPES = ("jpg", "jpeg", "png", "gif", "webp")
# When easyform's registry has no limit, a citizen's upload still has one.
FALLBACK_MAX_SIZE = 10 * 1024 * 1024


def max_upload_size():
    size = api.portal.get_registry_record("easyform.max_filesize", default=None)
    return int(size) if size else FALLBACK_MAX_SIZE


def field_upload_limit(field):
    """A file field's limit: its own (set in the field editor), never above the site's."""
    from mttq.langson.forms.supermodel import field_max_size

    site = max_upload_size()
    own = field_max_size(field)
    return min(own, site) if own else site
