"""mttq-scale: realistic content at scale, and the benchmark.

    mttq-scale -C instance/etc/zope.conf generate --news-per-unit 8000 --documents-per-unit 1600 --events-per-unit 50
    mttq-scale benchmark --url http://localhost:8080/Plone [--requests 50]

`generate` writes into the site of the given Zope configuration (stop the
instance first, or use a ZEO/RelStorage set-up); `benchmark` reads a running
backend over HTTP and prints p50/p95 per scenario (home, registry, search).
"""

from mttq.langson import _
from mttq.langson.network.cli import open_site
from mttq.langson.network.cli import say
from mttq.langson.network.cli import StartupError

import argparse
import json
import os
import sys


def _parser():
    parser = argparse.ArgumentParser(prog="mttq-scale", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-C", "--zope-conf", default=os.environ.get("MTTQ_ZOPE_CONF", "instance/etc/zope.conf"))
    parser.add_argument("--site-id", default="Plone")
    sub = parser.add_subparsers(dest="command", required=True)

    generate = sub.add_parser("generate", help="add news, documents (with PDF files) and events to every unit")
    generate.add_argument("--news-per-unit", type=int, default=100)
    generate.add_argument("--documents-per-unit", type=int, default=20)
    generate.add_argument("--events-per-unit", type=int, default=10)
    generate.add_argument("--years", type=int, default=3, help="spread the dates over this many years")
    generate.add_argument("--seed", type=int, default=2026)
    generate.add_argument("--top-up", action="store_true",
                          help="the numbers are totals per unit: make only what is missing (resumes a stopped run)")

    bench = sub.add_parser("benchmark", help="p50/p95 of the home, registry and search against a running backend")
    bench.add_argument("--url", default="http://localhost:8080/Plone")
    bench.add_argument("--requests", type=int, default=50)
    bench.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def _positive(args):
    for name in ("news_per_unit", "documents_per_unit", "events_per_unit", "years"):
        if getattr(args, name) < 0 or (name == "years" and args.years < 1):
            return name.replace("_", "-")
    return None


def main(argv=None):
    args = _parser().parse_args(argv)
    if args.command == "benchmark":
        from mttq.langson.scale.benchmark import benchmark

        figures = benchmark(args.url, requests=args.requests)
        if args.json:
            print(json.dumps(figures, indent=2))
        else:
            print(f"{'':<10}{'p50 (ms)':>10}{'p95 (ms)':>10}{'max (ms)':>10}")
            for name, row in figures.items():
                print(f"{name:<10}{row['p50']:>10}{row['p95']:>10}{row['max']:>10}")
        return 0
    wrong = _positive(args)
    if wrong:
        say(_("Invalid value for --${option}: a number of at least 0 (--years: at least 1).",
              mapping={"option": wrong}), sys.stderr)
        return 2
    from mttq.langson.scale.generate import generate

    try:
        with open_site(args.zope_conf, args.site_id) as site:
            counts = generate(site, news_per_unit=args.news_per_unit, documents_per_unit=args.documents_per_unit,
                              events_per_unit=args.events_per_unit, years=args.years, seed=args.seed,
                              top_up=args.top_up)
    except StartupError as error:
        return error.exit_code
    say(_("Created ${news} news items, ${documents} documents and ${events} events in ${seconds} s.",
          mapping=counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
