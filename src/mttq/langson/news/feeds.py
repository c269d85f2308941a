"""RSS 2.0 feeds: ``@@feed.xml`` on the root (the whole network), on a unit
site (that unit) or on any folder, optionally ``?category=<slug>`` and
``?limit=`` (default 20, at most 50).

The query runs as Anonymous whoever asks (published, in effect, not
expired, readable by Anonymous), so a feed never carries a draft, a
scheduled or expired item, or anything of the intranet, and is the same
for every reader (cacheable).
"""

from DateTime import DateTime
from email.utils import format_datetime
from mttq.langson import _
from mttq.langson.news.categories import title_for
from plone import api
from Products.Five.browser import BrowserView
from xml.etree import ElementTree
from zope.i18n import translate

import re


DEFAULT_LIMIT = 20
XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'
# Characters XML 1.0 cannot carry at all (escaping does not help).
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_LIMIT = 50
ATOM = "http://www.w3.org/2005/Atom"


def _rfc822(value):
    if value is None:
        return None
    if isinstance(value, DateTime):
        if value.year() <= 1001:  # Plone's "no date"
            return None
        value = value.asdatetime()
    return format_datetime(value)


def _clean(text):
    return INVALID_XML.sub("", str(text))


def feed_items(context, category=None, limit=DEFAULT_LIMIT):
    catalog = api.portal.get_tool("portal_catalog")
    query = {
        "portal_type": "News Item",
        "review_state": "published",
        "allowedRolesAndUsers": ["Anonymous"],
        "effectiveRange": DateTime(),
        "path": "/".join(context.getPhysicalPath()),
        "sort_on": "effective",
        "sort_order": "descending",
        "sort_limit": limit,
    }
    if category:
        query["news_category"] = category
    # Unrestricted, but with Anonymous' own security filter above: the
    # caller's roles must not change what a public feed shows.
    return catalog.unrestrictedSearchResults(**query)[:limit]


class FeedView(BrowserView):
    def error(self, message):
        self.request.response.setStatus(400)
        self.request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
        return translate(message, context=self.request)

    def __call__(self):
        category = None
        wanted = self.request.form.get("category")
        if wanted:
            category = title_for(str(wanted))
            if category is None:
                return self.error(_("There is no news category \"${name}\".", mapping={"name": str(wanted)[:60]}))
        limit = self.request.form.get("limit") or DEFAULT_LIMIT
        try:
            limit = int(limit)
        except (TypeError, ValueError):
            return self.error(_("The limit must be a whole number from 1 to ${max}.", mapping={"max": MAX_LIMIT}))
        if not 1 <= limit <= MAX_LIMIT:
            return self.error(_("The limit must be a whole number from 1 to ${max}.", mapping={"max": MAX_LIMIT}))
        brains = feed_items(self.context, category, limit)
        self.request.response.setHeader("Content-Type", "application/rss+xml; charset=utf-8")
        return self.render(brains, category)

    def render(self, brains, category):
        ElementTree.register_namespace("atom", ATOM)
        rss = ElementTree.Element("rss", {"version": "2.0"})
        channel = ElementTree.SubElement(rss, "channel")
        title = self.context.Title()
        if category:
            title = f"{title} – {category}"
        url = self.context.absolute_url()
        ElementTree.SubElement(channel, "title").text = _clean(title)
        ElementTree.SubElement(channel, "link").text = _clean(url)
        ElementTree.SubElement(channel, "description").text = _clean(self.context.Description() or title)
        ElementTree.SubElement(channel, "language").text = _clean("vi")
        self_url = self.request.get("ACTUAL_URL") or f"{url}/@@feed.xml"
        query = self.request.get("QUERY_STRING")
        ElementTree.SubElement(
            channel, f"{{{ATOM}}}link",
            {"href": f"{self_url}?{query}" if query else self_url, "rel": "self", "type": "application/rss+xml"},
        )
        newest = _rfc822(brains[0].effective) if brains else None
        if newest:
            ElementTree.SubElement(channel, "lastBuildDate").text = _clean(newest)
        for brain in brains:
            item = ElementTree.SubElement(channel, "item")
            ElementTree.SubElement(item, "title").text = _clean(brain.Title or brain.getId)
            ElementTree.SubElement(item, "link").text = _clean(brain.getURL())
            if brain.Description:
                ElementTree.SubElement(item, "description").text = _clean(brain.Description)
            ElementTree.SubElement(item, "guid", {"isPermaLink": "false"}).text = _clean(brain.UID)
            date = _rfc822(brain.effective) or _rfc822(brain.created)
            if date:
                ElementTree.SubElement(item, "pubDate").text = _clean(date)
            if getattr(brain, "news_category", None):
                ElementTree.SubElement(item, "category").text = _clean(brain.news_category)
            for tag in brain.Subject or ():
                ElementTree.SubElement(item, "category").text = _clean(tag)
        return (XML_DECLARATION + ElementTree.tostring(rss, encoding="unicode")).encode("utf-8")
