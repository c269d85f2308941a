#!/usr/bin/env python3
"""Write the Zope instance config (instance/etc/) from instance/templates/.

Settings come from the command line or the environment:
MTTQ_HOST (127.0.0.1), MTTQ_PORT (8080), MTTQ_VAR (instance/var),
MTTQ_THREADS (4), MTTQ_DEBUG (off).
"""

from pathlib import Path

import argparse
import os
import shutil


ROOT = Path(__file__).resolve().parent.parent


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--instance", default=str(ROOT / "instance"))
    parser.add_argument("--etc", default=None, help="where to write (default: INSTANCE/etc)")
    parser.add_argument("--var", default=os.environ.get("MTTQ_VAR"))
    parser.add_argument("--host", default=os.environ.get("MTTQ_HOST", "127.0.0.1"))
    parser.add_argument("--port", default=os.environ.get("MTTQ_PORT", "8080"))
    parser.add_argument("--threads", default=os.environ.get("MTTQ_THREADS", "4"))
    parser.add_argument("--debug", default=os.environ.get("MTTQ_DEBUG", "off"))
    args = parser.parse_args(argv)

    instance = Path(args.instance).resolve()
    etc = Path(args.etc).resolve() if args.etc else instance / "etc"
    var = Path(args.var).resolve() if args.var else instance / "var"
    values = {
        "instance": instance,
        "var": var,
        "host": args.host,
        "port": args.port,
        "threads": args.threads,
        "debug_mode": args.debug,
    }
    templates = instance / "templates"
    for sub in ("filestorage", "blobstorage", "cache", "log"):
        (var / sub).mkdir(parents=True, exist_ok=True)
    etc.mkdir(parents=True, exist_ok=True)
    for name in ("zope.conf", "zope.ini"):
        text = (templates / f"{name}.in").read_text(encoding="utf-8")
        (etc / name).write_text(_render(text, values), encoding="utf-8")
    shutil.copyfile(templates / "site.zcml", etc / "site.zcml")
    print(f"instance config written to {etc} (var: {var}, listen {args.host}:{args.port})")


def _render(text, values):
    # Only {name} placeholders that we know; logging formats keep their %(...)s.
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


if __name__ == "__main__":
    main()
