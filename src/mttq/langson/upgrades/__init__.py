"""Upgrade steps of the default profile, one module per version (vNNNN.py)."""

from mttq.langson import PROFILE_ID


def upgrade_site(site):
    """Run the profile's pending upgrade steps; (from, to) versions, or None.

    ``make start`` calls it (through ``mttq-network create-site``) on a site
    made by an older version of the code, so that pulling new code and
    starting again is enough.
    """
    setup = site.portal_setup
    if not setup.listUpgrades(PROFILE_ID):
        return None
    before = ".".join(setup.getLastVersionForProfile(PROFILE_ID))
    setup.upgradeProfile(PROFILE_ID)
    return before, ".".join(setup.getLastVersionForProfile(PROFILE_ID))
