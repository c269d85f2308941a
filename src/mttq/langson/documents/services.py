"""REST services of guidance documents: @registry (list, facets, CSV) and
@signatures (the signature report, also expandable on a document)."""

from Acquisition import aq_base
from mttq.langson import _
from mttq.langson.documents import registry
from mttq.langson.documents.content import IGuidanceDocument
from mttq.langson.documents.signatures import signature_report
from mttq.langson.documents.signatures import trust_roots_pem
from mttq.langson.network.units import nearest_unit
from mttq.langson.rest import error_reply
from mttq.langson.rest import PathParams
from plone import api
from plone.restapi.batching import HypermediaBatch
from plone.restapi.interfaces import IExpandableElement
from plone.restapi.services import Service
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface

import json


class RegistryGet(PathParams, Service):
    """GET <root, unit or section>/@registry[/csv]?filters: the documents registry."""

    def _error(self, error):
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(error_reply(self.request, error.message, 400, error.field), ensure_ascii=False)

    def render(self):
        self.check_permission()
        try:
            if self.params not in ([], ["csv"]):
                raise registry.RegistryError(_("Unknown address: use @registry or @registry/csv."))
            portal = api.portal.get()
            params = registry.parse(self.request, is_root=aq_base(self.context) is aq_base(portal))
            brains = registry.search(self.context, params)
        except registry.RegistryError as error:
            return self._error(error)
        if self.params == ["csv"] or params["format"] == "csv":
            response = self.request.response
            response.setHeader("Content-Type", "text/csv; charset=utf-8")
            response.setHeader("Content-Disposition", 'attachment; filename="so-van-ban.csv"')
            return registry.to_csv(brains, self.request).encode("utf-8")
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(self.reply_for(params, brains), indent=2, sort_keys=True)

    def reply_for(self, params, brains):
        # The batch reads the (checked) page from the request.
        self.request.form["b_start"] = params["b_start"]
        self.request.form["b_size"] = params["b_size"]
        batch = HypermediaBatch(self.request, brains)
        unit = nearest_unit(self.context)
        result = {
            "@id": batch.canonical_url,
            "scope": params["scope"],
            "unit_code": getattr(unit, "unit_code", None),
            "items_total": batch.items_total,
            "items": [registry.serialize_brain(brain, self.request) for brain in batch],
            "facets": registry.facets(brains, self.request),
            "facets_partial": len(brains) > registry.FACET_LIMIT,
        }
        links = batch.links
        if links:
            result["batching"] = links
        return result


def _file_entry(obj, request, url, title):
    named_file = obj.file
    return {
        "@id": obj.absolute_url(),
        "title": title,
        "filename": named_file.filename,
        "content_type": named_file.contentType,
        "size": named_file.getSize(),
        "download": url,
        "signatures": signature_report(obj),
    }


@implementer(IExpandableElement)
@adapter(IGuidanceDocument, Interface)
class Signatures:
    """The files of a document with their signature reports (PDF only)."""

    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self, expand=False):
        url = f"{self.context.absolute_url()}/@signatures"
        result = {"signatures": {"@id": url}}
        if not expand:
            return result
        files = []
        if getattr(self.context, "file", None) is not None:
            files.append(_file_entry(self.context, self.request,
                                     f"{self.context.absolute_url()}/@@download/file", self.context.Title()))
        for number, child in enumerate(self.context.objectValues()):
            if number >= 20:
                break
            if getattr(child, "portal_type", None) == "File" and getattr(child, "file", None) is not None \
                    and api.user.has_permission("View", obj=child):
                files.append(_file_entry(child, self.request, f"{child.absolute_url()}/@@download/file",
                                         child.Title()))
        result["signatures"].update({"trust_roots_configured": len(trust_roots_pem()), "files": files})
        return result


class SignaturesGet(Service):
    def reply(self):
        return Signatures(self.context, self.request)(expand=True)["signatures"]
