"""1002 → 1006: EasyForm in Volto and citizens' feedback.

Existing sites get the ``FeedbackCase`` type, its workflow, the catalog
indexes of the public answers and the statistics, editors' access to
forms' saved data, and every unit (the
province's root too) its feedback form and private "Phản ánh" folder, as
a new site gets them from ``create_sections``.
"""

from mttq.langson import logger
from mttq.langson.feedback.setup import ensure_feedback
from mttq.langson.network.units import all_units
from plone import api


PROFILE = "profile-mttq.langson:default"
INDEXES = ("feedback_public", "feedback_closed")


def feedback(context):
    setup = api.portal.get_tool("portal_setup")
    catalog = api.portal.get_tool("portal_catalog")
    before = set(catalog.indexes())
    for step in ("typeinfo", "workflow", "catalog", "rolemap"):
        setup.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    new = [name for name in INDEXES if name not in before]
    if new:
        catalog.manage_reindexIndex(ids=new)
    units = all_units()
    for unit in units:
        ensure_feedback(unit, unit.title)
    logger.info("Feedback forms and case folders in %d units; new indexes: %s", len(units), ", ".join(new) or "none")
