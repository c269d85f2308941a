"""REST service of the training materials library: @materials."""

from mttq.langson.intranet import materials
from plone.restapi.batching import HypermediaBatch
from plone.restapi.services import Service
from zope.i18n import translate

import json


class MaterialsGet(Service):
    """GET <library>/@materials?q=&tag=&kind=&sort=&b_start=&b_size=:
    the materials below the folder, batched, with tag and kind counts."""

    def _error(self, error):
        self.request.response.setStatus(400)
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps({"error": {"type": "BadRequest",
                                     "message": translate(error.message, context=self.request),
                                     "field": error.field}}, ensure_ascii=False)

    def render(self):
        self.check_permission()
        try:
            params = materials.parse(self.request)
            items, unfiltered = materials.search(self.context, params)
        except materials.MaterialsError as error:
            return self._error(error)
        # The batch reads the (checked) page from the request.
        self.request.form["b_start"] = params["b_start"]
        self.request.form["b_size"] = params["b_size"]
        batch = HypermediaBatch(self.request, items)
        result = {
            "@id": batch.canonical_url,
            "items_total": batch.items_total,
            "items": [materials.serialize(brain, self.request) for brain in batch],
            "facets": materials.facets(items, unfiltered, self.request),
            "facets_partial": len(unfiltered) > materials.FACET_LIMIT,
        }
        links = batch.links
        if links:
            result["batching"] = links
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(result, indent=2, sort_keys=True)
