"""Per-field upload limit of a form, kept in the form's own fields model.

easyform has one size limit for every upload (the registry's
``easyform.max_filesize``). Editors may set a smaller one per file or image
field; it lives as ``mttq:max_size`` (bytes) on the field's XML, so it
travels with the model (export, import, copy) like easyform's own settings.
"""

from plone.supermodel.interfaces import IFieldMetadataHandler
from plone.supermodel.utils import ns
from zope.interface import implementer


NAMESPACE = "http://namespaces.mttq-langson.vn/supermodel/forms"
MAX_SIZE = "mttq.max_size"


def field_max_size(field):
    """The field's own limit in bytes, or None."""
    interface = getattr(field, "interface", None)
    if interface is None:
        return None
    return interface.queryTaggedValue(MAX_SIZE, {}).get(field.__name__)


def set_field_max_size(schema, name, size):
    sizes = dict(schema.queryTaggedValue(MAX_SIZE, {}))
    if size:
        sizes[name] = int(size)
    else:
        sizes.pop(name, None)
    schema.setTaggedValue(MAX_SIZE, sizes)


@implementer(IFieldMetadataHandler)
class FormFieldMetadataHandler:
    namespace = NAMESPACE
    prefix = "mttq"

    def read(self, fieldNode, schema, field):
        value = fieldNode.get(ns("max_size", self.namespace))
        if value and value.isdigit():
            set_field_max_size(schema, field.__name__, int(value))

    def write(self, fieldNode, schema, field):
        value = schema.queryTaggedValue(MAX_SIZE, {}).get(field.__name__)
        if value:
            fieldNode.set(ns("max_size", self.namespace), str(int(value)))
