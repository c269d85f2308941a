"""The fields of an EasyForm for its editors: list, add, change, reorder, delete.

``GET <form>/@easyform-fields``: fields with their settings, groups, types.
``POST <form>/@easyform-fields``: add a field.
``PATCH <form>/@easyform-fields``: the whole order (fields and groups).
``PATCH <form>/@easyform-fields/<name>``: change a field (settings, group, position).
``DELETE <form>/@easyform-fields/<name>``: delete a field.
Every answer of a change is the new listing (GET), so Volto redraws from it.
"""

from mttq.langson import _
from mttq.langson.forms.fields import FieldsError
from mttq.langson.forms.fields import add_field
from mttq.langson.forms.fields import delete_field
from mttq.langson.forms.fields import describe
from mttq.langson.forms.fields import edit_field
from mttq.langson.forms.fields import set_layout
from mttq.langson.rest import PathParams
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides

import transaction


class EasyFormFieldsGet(Service):
    def reply(self):
        return describe(self.context, self.request)


class FieldsWriteService(PathParams, Service):
    """Path parameter (the field's name), JSON body, Vietnamese 400s."""

    @property
    def field_name(self):
        return self.params[0] if len(self.params) == 1 else None

    def body(self):
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        if not isinstance(data, dict):
            raise FieldsError({}, _("The request body must be a JSON object."))
        return data

    def reply(self):
        # Token-authenticated JSON API, as plone.restapi's own write services.
        alsoProvides(self.request, IDisableCSRFProtection)
        if len(self.params) > 1:
            return self.refuse(FieldsError({}, _("This form has no field ${name}.",
                                                 mapping={"name": "/".join(self.params)})))
        try:
            self.write()
        except FieldsError as error:
            return self.refuse(error)
        return describe(self.context, self.request)

    def refuse(self, error):
        # Nothing was stored (the schema is saved only once all is valid);
        # doom the transaction so no stray write commits either.
        transaction.doom()
        self.request.response.setStatus(400)
        errors = {k: translate(v, context=self.request) for k, v in error.errors.items()}
        message = error.message or _("Please correct the marked fields.")
        return {"error": {"type": "BadRequest", "message": translate(message, context=self.request),
                          "errors": errors}}

    def write(self):
        raise NotImplementedError


class EasyFormFieldsPost(FieldsWriteService):
    def write(self):
        if self.params:
            raise FieldsError({}, _("Add fields to the form itself, not to a field."))
        add_field(self.context, self.body())
        self.request.response.setStatus(201)


class EasyFormFieldsPatch(FieldsWriteService):
    def write(self):
        if self.field_name:
            edit_field(self.context, self.field_name, self.body())
        else:
            set_layout(self.context, self.body())


class EasyFormFieldsDelete(FieldsWriteService):
    def write(self):
        if not self.field_name:
            raise FieldsError({}, _("Name the field to delete."))
        delete_field(self.context, self.field_name)
