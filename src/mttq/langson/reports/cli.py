"""mttq-reports: periodic reports from a shell (meant for cron).

    mttq-reports -C instance/etc/zope.conf remind [--date 2026-11-27] [--dry-run]

``remind`` mails the units that have not reported, from each period's
reminder day until its due date, once per unit and reminder day: running
it several times a day (or every day) sends each reminder once.
"""

from mttq.langson import _
from mttq.langson.network.cli import open_site
from mttq.langson.network.cli import say
from mttq.langson.network.cli import StartupError

import argparse
import datetime
import os
import sys


def _parser():
    parser = argparse.ArgumentParser(prog="mttq-reports", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-C", "--zope-conf", default=os.environ.get("MTTQ_ZOPE_CONF", "instance/etc/zope.conf"))
    parser.add_argument("--site-id", default="Plone")
    sub = parser.add_subparsers(dest="command", required=True)
    remind = sub.add_parser("remind", help="mail the units that have not reported yet")
    remind.add_argument("--date", type=datetime.date.fromisoformat, default=None,
                        help="the day to act for (YYYY-MM-DD; default: today in Vietnam)")
    remind.add_argument("--dry-run", action="store_true", help="list who would be reminded, send nothing")
    return parser


def remind(site, args):
    import transaction

    from mttq.langson.reports.reminders import send_reminders

    sent = send_reminders(today=args.date, dry_run=args.dry_run)
    for period, code, addresses in sent:
        print(f"{period.getId()}\t{code}\t{', '.join(addresses) or '-'}")
    if args.dry_run:
        transaction.abort()
    else:
        transaction.commit()
    mails = sum(len(addresses) for _period, _code, addresses in sent)
    say(_("Reminders: ${units} units, ${mails} e-mails.", mapping={"units": len(sent), "mails": mails}))
    return 0


def main(argv=None):
    args = _parser().parse_args(argv)
    try:
        with open_site(args.zope_conf, args.site_id) as site:
            return remind(site, args)
    except StartupError as error:
        return error.exit_code


if __name__ == "__main__":
    sys.exit(main())
