"""MTTQ Lạng Sơn: news website network and intranet of the Fatherland Front."""

from zope.i18nmessageid import MessageFactory

import logging


PACKAGE_NAME = "mttq.langson"
PROFILE_ID = f"{PACKAGE_NAME}:default"

_ = MessageFactory(PACKAGE_NAME)

logger = logging.getLogger(PACKAGE_NAME)
