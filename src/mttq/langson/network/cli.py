"""mttq-network: create the site and manage the unit network from a shell.

    mttq-network -C instance/etc/zope.conf create-site [--network 2021|2025|FILE] [--demo]
    mttq-network -C instance/etc/zope.conf list
    mttq-network -C instance/etc/zope.conf add --code 190 --name "Huyện Mới" --level district
    mttq-network -C instance/etc/zope.conf rename 180 --title "..." [--name "Huyện ..."]
    mttq-network -C instance/etc/zope.conf close 180 [--comment "..."]

Errors are printed in Vietnamese and exit with status 2; nothing is written.
"""

from contextlib import contextmanager
from mttq.langson import _

import argparse
import json
import os
import sys


def _parser():
    parser = argparse.ArgumentParser(prog="mttq-network", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-C", "--zope-conf", default=os.environ.get("MTTQ_ZOPE_CONF", "instance/etc/zope.conf"))
    parser.add_argument("--site-id", default="Plone")
    sub = parser.add_subparsers(dest="command", required=True)

    create = sub.add_parser("create-site", help="create the site with its network if there is none")
    create.add_argument("--network", default=os.environ.get("MTTQ_NETWORK", "2021"),
                        help="2021 (province + 11 districts), 2025 (province + 65 communes) or a JSON file")
    create.add_argument("--demo", action="store_true", help="add demo news to every unit")
    create.add_argument("--test-users", action="store_true", help="add the browser-test users")
    create.add_argument("--admin-user", default=os.environ.get("MTTQ_ADMIN_USER", "admin"))
    create.add_argument("--admin-password", default=os.environ.get("MTTQ_ADMIN_PASSWORD", "admin"))

    sub.add_parser("list", help="print the network as JSON")

    add = sub.add_parser("add", help="add a unit")
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True, help='administrative name, e.g. "Xã Tân Tiến"')
    add.add_argument("--level", required=True, choices=["district", "commune"])
    add.add_argument("--kind", default="")
    add.add_argument("--parent", default=None, help="parent unit code (default: the province)")
    add.add_argument("--short-name", default="")
    add.add_argument("--primary-color")
    add.add_argument("--secondary-color")

    rename = sub.add_parser("rename", help="rename a unit")
    rename.add_argument("code")
    rename.add_argument("--title")
    rename.add_argument("--name")
    rename.add_argument("--short-name")

    close = sub.add_parser("close", help="close a unit (its site becomes an archive)")
    close.add_argument("code")
    close.add_argument("--comment", default="")
    return parser


@contextmanager
def zope_app(zope_conf):
    from Testing.makerequest import makerequest
    from Zope2.Startup.run import configure_wsgi

    import Zope2

    configure_wsgi(zope_conf)
    app = makerequest(Zope2.app())
    try:
        yield app
    finally:
        app._p_jar.close()


@contextmanager
def as_site(app, site_id):
    from AccessControl.SecurityManagement import newSecurityManager
    from AccessControl.SecurityManagement import noSecurityManager
    from AccessControl.SpecialUsers import system
    from zope.component.hooks import setSite
    from zope.globalrequest import setRequest

    site = app[site_id]
    setSite(site)
    setRequest(app.REQUEST)
    app.REQUEST["PARENTS"] = [app]
    newSecurityManager(None, system)
    try:
        yield site
    finally:
        noSecurityManager()
        setSite(None)


class StartupError(Exception):
    """The command cannot start; the reason has been printed in Vietnamese."""

    exit_code = 2


@contextmanager
def open_app(zope_conf):
    """The Zope application of `zope_conf`; StartupError if the file is missing.

    Checked first so a wrong -C gives a sentence instead of a ZConfig traceback.
    """
    if not os.path.exists(zope_conf):
        say(_("Error: the Zope configuration ${path} does not exist (run 'make instance').",
              mapping={"path": zope_conf}), sys.stderr)
        raise StartupError()
    with zope_app(zope_conf) as app:
        yield app


@contextmanager
def open_site(zope_conf, site_id):
    """The Plone site `site_id` as the current site, run as the system user.

    The start-up shared by the console scripts (mttq-network, mttq-reports,
    mttq-scale): StartupError, after a Vietnamese message, if the
    configuration or the site is missing.
    """
    with open_app(zope_conf) as app:
        if site_id not in app.objectIds():
            say(_("Error: there is no site /${id} yet (run 'make start' or 'create-site').",
                  mapping={"id": site_id}), sys.stderr)
            raise StartupError()
        with as_site(app, site_id) as site:
            yield site


def say(message, stream=None):
    """Print an i18n message in Vietnamese (the command has no request)."""
    from zope.i18n import interpolate
    from zope.i18n import translate

    text = translate(message, target_language="vi")
    if text == interpolate(str(message), message.mapping):
        # Before Zope is configured no catalogue is registered yet: read ours.
        text = _translate_from_package_catalogue(message)
    print(text, file=stream or sys.stdout)


def _translate_from_package_catalogue(message):
    from pathlib import Path
    from zope.i18n import interpolate
    from zope.i18n.compile import compile_mo_file
    from zope.i18n.gettextmessagecatalog import GettextMessageCatalog

    directory = Path(__file__).resolve().parent.parent / "locales" / "vi" / "LC_MESSAGES"
    compile_mo_file("mttq.langson", str(directory))
    catalogue = GettextMessageCatalog("vi", "mttq.langson", str(directory / "mttq.langson.mo"))
    return interpolate(catalogue.queryMessage(str(message), str(message)), message.mapping)


def ensure_admin(app, login, password):
    users = app.acl_users
    if login not in users.getUserNames():
        users._doAddUser(login, password, ["Manager"], [])
        return True
    return False


def create_site_command(app, args):
    import transaction

    from mttq.langson.network.site import create_site

    if args.site_id in app.objectIds():
        say(_("Site /${id} exists: its data is kept.", mapping={"id": args.site_id}))
        from mttq.langson.upgrades import upgrade_site

        with as_site(app, args.site_id) as site:
            upgraded = upgrade_site(site)
        if upgraded:
            transaction.commit()
            say(_("Site /${id} upgraded from version ${before} to ${after}.",
                  mapping={"id": args.site_id, "before": upgraded[0], "after": upgraded[1]}))
        return 0
    if ensure_admin(app, args.admin_user, args.admin_password):
        transaction.commit()
    from AccessControl.SecurityManagement import newSecurityManager

    newSecurityManager(None, app.acl_users.getUser(args.admin_user).__of__(app.acl_users))
    site = create_site(app, args.site_id, network=args.network, demo=args.demo)
    if args.test_users:
        with as_site(app, args.site_id):
            from mttq.langson.network.testusers import create_test_users

            create_test_users()
        transaction.commit()
    from mttq.langson.network.units import unit_sites

    with as_site(app, args.site_id):
        count = len(unit_sites(site))
    say(_("Site /${id} created: the province and ${count} unit sites (network ${network}).",
          mapping={"id": args.site_id, "count": count, "network": args.network}))
    return 0


def run_action(site, args):
    import transaction

    from mttq.langson.network import units
    from mttq.langson.network.records import UnitRecord

    if args.command == "list":
        from mttq.langson.network.interfaces import ISerializeUnitToJson
        from zope.component import getMultiAdapter

        data = [getMultiAdapter((u, site.REQUEST), ISerializeUnitToJson)() for u in units.all_units(site)]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    try:
        if args.command == "add":
            record = UnitRecord(code=args.code, name=args.name, level=args.level, kind=args.kind,
                                parent=args.parent, short_name=args.short_name)
            unit = units.add_unit(record, args.primary_color, args.secondary_color, site=site)
            message = _("Unit ${code} added: ${title} (/${id}).",
                        mapping={"code": unit.unit_code, "title": unit.title, "id": unit.getId()})
        elif args.command == "rename":
            unit = units.rename_unit(args.code, args.title, args.name, args.short_name, site=site)
            message = _("Unit ${code} renamed: ${title}.", mapping={"code": unit.unit_code, "title": unit.title})
        else:
            unit = units.close_unit(args.code, args.comment, site=site)
            message = _("Unit ${code} closed: ${title}. Its site stays readable as an archive.",
                        mapping={"code": unit.unit_code, "title": unit.title})
    except units.UnitError as error:
        transaction.abort()
        say(_("Error: ${message}", mapping={"message": error.translated()}), sys.stderr)
        return 2
    transaction.commit()
    say(message)
    return 0


def main(argv=None):
    args = _parser().parse_args(argv)
    try:
        if args.command == "create-site":
            # The one command that runs before the site exists.
            with open_app(args.zope_conf) as app:
                return create_site_command(app, args)
        with open_site(args.zope_conf, args.site_id) as site:
            return run_action(site, args)
    except StartupError as error:
        return error.exit_code


if __name__ == "__main__":
    sys.exit(main())
