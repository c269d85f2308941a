"""Making the whole site: the distribution's post handler and its helpers."""

from mttq.langson import logger
from mttq.langson.intranet.setup import ensure_intranet
from mttq.langson.network.records import DEFAULT_NETWORK
from mttq.langson.network.records import load_network
from mttq.langson.network.units import build_network
from plone.distribution.api import site as site_api


DISTRIBUTION = "mttq"


def distribution_post_handler(distribution, site, answers):
    """After the profiles: the network, the intranet and (optionally) demo content."""
    records = load_network(answers.get("network") or DEFAULT_NETWORK)
    ensure_intranet(site)
    created = build_network(site, records)
    from mttq.langson.courses.setup import ensure_courses_folder

    ensure_courses_folder(site)
    from mttq.langson.reports.setup import ensure_reports_folder

    ensure_reports_folder(site)
    logger.info("Network %s: province and %d unit sites", answers.get("network"), len(created))
    if answers.get("setup_content"):
        from mttq.langson.network.demo import create_demo_content

        create_demo_content(site)
        from mttq.langson.courses.demo import create_demo_course

        create_demo_course(site)
        from mttq.langson.intranet.demo import create_demo_intranet

        create_demo_intranet(site)
    return site


def create_site(app, site_id="Plone", network=DEFAULT_NETWORK, demo=False, title=None):
    """Create the Plone site with the network; commits on success."""
    answers = {
        "site_id": site_id,
        "title": title or "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        "description": "Cổng thông tin điện tử Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn",
        "network": str(network),
        "default_language": "vi",
        "portal_timezone": "Asia/Ho_Chi_Minh",
        "setup_content": bool(demo),
    }
    return site_api.create(app, DISTRIBUTION, answers)
