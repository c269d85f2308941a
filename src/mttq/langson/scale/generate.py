"""Fill a site with realistic Vietnamese content at scale.

News items (with categories as tags), guidance documents with real PDF
files, and work-calendar events, spread over every active unit and the
last few years; published, committed in batches, with a progress bar.
Reproducible: the same seed gives the same content.
"""

from datetime import datetime
from datetime import timedelta
from mttq.langson.network.blocks import page_blocks
from mttq.langson.news.categories import get_categories
from mttq.langson.network.blocks import text_block
from mttq.langson.network.blocks import title_block
from mttq.langson.scale.pdf import document_pdf
from mttq.langson.scale.text import VietnameseText
from plone import api
from plone.dexterity.utils import createContentInContainer

from contextlib import contextmanager

import sys
import time
import transaction


# One news item in FEATURED_EVERY is featured, as editors do for the lead story.
FEATURED_EVERY = 40
DOCUMENT_TYPES = ("NQ", "QD", "KH", "HD", "TB", "BC", "CV", "CTr")
DOCUMENT_FIELDS = (
    "to-chuc-xay-dung", "dai-doan-ket", "giam-sat-phan-bien", "van-dong-phong-trao",
    "dan-toc-ton-giao", "an-sinh-xa-hoi", "chuyen-doi-so", "hanh-chinh",
)
# Distinct PDF files generated once and shared by the documents: laying
# out a PDF with a Unicode font takes ~0.2 s, too slow for 20,000 of them.
PDF_POOL = 60
BATCH = 250


class Progress:
    """A one-line progress bar on stderr: count, rate and time left."""

    def __init__(self, label, total, stream=None):
        self.label, self.total, self.done = label, max(total, 1), 0
        self.stream = stream or sys.stderr
        self.started = time.monotonic()

    def step(self, count=1):
        self.done += count
        if self.done % 50 and self.done != self.total:
            return
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed else 0.0
        left = (self.total - self.done) / rate if rate else 0.0
        filled = int(30 * self.done / self.total)
        self.stream.write(
            f"\r{self.label:<10} [{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}"
            f"  {rate:6.1f}/s  còn {left:5.0f} s"
        )
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


def _units(site):
    """(container, code, short name) of the province and every active unit."""
    units = [(site, "20", "Tỉnh")]
    for brain in api.content.find(context=site, portal_type="UnitSite", sort_on="id"):
        if brain.review_state == "closed":
            continue
        unit = brain.getObject()
        units.append((unit, unit.unit_code, unit.unit_short_name or unit.title))
    return units


def _publish(obj, when):
    obj.setEffectiveDate(when)
    api.content.transition(obj=obj, transition="publish")


def _moment(rng, years):
    start = datetime(2026, 11, 1) - timedelta(days=365 * years)
    return start + timedelta(seconds=rng.randint(0, 365 * years * 86400))


GENERATED_TYPES = ("News Item", "GuidanceDocument", "Event")


@contextmanager
def _without_initial_versions(site):
    """Generated items get no initial CMFEditions version, as imported content.

    Saving the initial version is more than half of the cost of adding an
    item; the first real edit creates the history as usual. The versioning
    settings are restored whatever happens.
    """
    repository = api.portal.get_tool("portal_repository")
    versionable = list(repository.getVersionableContentTypes())
    repository.setVersionableContentTypes([name for name in versionable if name not in GENERATED_TYPES])
    try:
        yield
    finally:
        repository.setVersionableContentTypes(versionable)


def generate(site, news_per_unit=10, documents_per_unit=2, events_per_unit=5, years=3, seed=2026,
             stream=None, commit=transaction.commit, top_up=False):
    """Create the content; returns {"news": n, "documents": n, "events": n, "seconds": s}.

    With ``top_up`` the numbers are what each unit should hold in the end:
    only the missing items are made, so an interrupted run is resumed by
    running the same command again.
    """
    with _without_initial_versions(site):
        counts = _generate(site, news_per_unit, documents_per_unit, events_per_unit, years, seed, stream, commit,
                           top_up)
    commit()
    return counts


SECTIONS = {"News Item": "tin-tuc", "GuidanceDocument": "van-ban", "Event": "lich-cong-tac"}


def _existing(container, portal_type):
    """How many items of the type the unit's own section holds already."""
    folder = container.get(SECTIONS[portal_type])
    if folder is None:
        return 0
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(folder.getPhysicalPath())
    return len(catalog.unrestrictedSearchResults(portal_type=portal_type, path={"query": path, "depth": 1}))


def _plan(units, portal_type, per_unit, top_up):
    """({unit code: items to make}, {unit code: items there already})."""
    there = {code: _existing(container, portal_type) if top_up else 0 for container, code, _short in units}
    return {code: max(0, per_unit - there[code]) for code in there}, there


def _turns(units, wanted):
    """(container, code, short name) of each item to make, one unit after the
    other, so that every unit fills up at the same pace."""
    for index in range(max(wanted.values(), default=0)):
        for container, code, short in units:
            if index < wanted[code]:
                yield container, code, short


def _generate(site, news_per_unit, documents_per_unit, events_per_unit, years, seed, stream, commit, top_up):
    from DateTime import DateTime
    from plone.namedfile.file import NamedBlobFile

    units = _units(site)
    plans = {kind: _plan(units, kind, per_unit, top_up) for kind, per_unit in
             (("News Item", news_per_unit), ("GuidanceDocument", documents_per_unit), ("Event", events_per_unit))}
    # A resumed run draws other texts than the first one (other titles, so other ids).
    text = VietnameseText(seed + sum(sum(there.values()) for _wanted, there in plans.values()))
    rng = text.rng
    started = time.monotonic()
    counts = {"news": 0, "documents": 0, "events": 0}
    categories = get_categories()

    wanted, _there = plans["News Item"]
    progress = Progress("Tin tức", sum(wanted.values()), stream)
    for container, code, short in _turns(units, wanted):
        when = _moment(rng, years)
        blocks, layout = page_blocks(
            title_block(), {"@type": "description"}, text_block(text.paragraph(4)), text_block(text.paragraph(3))
        )
        category = text.pick(categories)
        news = createContentInContainer(
            container[SECTIONS["News Item"]], "News Item", checkConstraints=False,
            title=text.news_title(short), description=text.paragraph(1),
            news_category=category, subjects=(category,), featured=rng.randrange(FEATURED_EVERY) == 0,
            blocks=blocks, blocks_layout=layout,
        )
        _publish(news, DateTime(when.isoformat() + "+07:00"))
        counts["news"] += 1
        progress.step()
        if counts["news"] % BATCH == 0:
            commit()
    commit()

    pool = []
    wanted, there = plans["GuidanceDocument"]
    progress = Progress("Văn bản", sum(wanted.values()), stream)
    serial = dict(there)  # numbers go on from the unit's existing documents
    for container, code, short in _turns(units, wanted):
        kind = text.pick(DOCUMENT_TYPES)
        issued = _moment(rng, years).date()
        serial[code] = serial.get(code, 0) + 1
        number = f"{serial[code]}/{kind}-MTTQ-BTT"
        summary = text.document_summary()
        signer, position = text.person()
        body = container.title
        if len(pool) < PDF_POOL:
            pool.append(document_pdf(number, body, summary, [text.paragraph(4) for _ in range(3)],
                                     signer, position))
        pdf = pool[serial[code] % len(pool)] if len(pool) >= PDF_POOL else pool[-1]
        document = createContentInContainer(
            container[SECTIONS["GuidanceDocument"]], "GuidanceDocument", checkConstraints=False,
            title=summary, document_number=number, document_type=kind, issue_date=issued,
            date_in_force=issued + timedelta(days=rng.choice((0, 0, 7, 15))),
            issuing_body=f"Ban Thường trực {body}", signer=signer, signer_position=position,
            document_field=text.pick(DOCUMENT_FIELDS), urgency="thuong",
            file=NamedBlobFile(pdf, filename=f"{number.replace('/', '-')}.pdf",
                               contentType="application/pdf"),
        )
        _publish(document, DateTime(issued.isoformat() + "T08:00:00+07:00"))
        counts["documents"] += 1
        progress.step()
        if counts["documents"] % BATCH == 0:
            commit()
    commit()

    wanted, _there = plans["Event"]
    progress = Progress("Sự kiện", sum(wanted.values()), stream)
    for container, code, short in _turns(units, wanted):
        folder = container.get(SECTIONS["Event"])
        if folder is None:
            progress.step()
            continue
        day = _moment(rng, 1).date() + timedelta(days=180)
        start = datetime.combine(day, datetime.min.time()).replace(hour=rng.choice((7, 8, 14)))
        event = createContentInContainer(
            folder, "Event", checkConstraints=False,
            title=f"{text.pick(('Hội nghị', 'Làm việc', 'Giám sát', 'Dự lễ', 'Tập huấn'))} "
                  f"{text.pick(TOPICS_FOR_EVENTS)}",
            start=_vn(start), end=_vn(start + timedelta(hours=rng.choice((2, 3, 4)))),
            location=f"Hội trường {short}",
        )
        api.content.transition(obj=event, transition="publish")
        counts["events"] += 1
        progress.step()
        if counts["events"] % BATCH == 0:
            commit()
    commit()
    counts["seconds"] = round(time.monotonic() - started, 1)
    return counts


TOPICS_FOR_EVENTS = ("Quỹ Vì người nghèo", "chuyển đổi số", "công tác dân vận", "khu dân cư kiểu mẫu",
                     "phản biện xã hội", "bầu cử")


def _vn(moment):
    # pytz, as plone.app.event stores it (zoneinfo objects do not pickle in ZODB)
    import pytz

    return pytz.timezone("Asia/Ho_Chi_Minh").localize(moment)

