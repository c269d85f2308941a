#!/usr/bin/env python3
"""Find the msgids of the mttq.langson domain and check the Vietnamese catalogue.

    python scripts/i18n_catalog.py            # list msgids missing from vi .po
    python scripts/i18n_catalog.py --update   # add them (empty msgstr) to the .po

The tests call ``missing()``: a msgid without a Vietnamese msgstr fails them.
"""

from pathlib import Path

import ast
import re
import sys


PKG = Path(__file__).resolve().parent.parent / "src" / "mttq" / "langson"
PO = PKG / "locales" / "vi" / "LC_MESSAGES" / "mttq.langson.po"

XML_TEXT = re.compile(r'<(\w[\w:-]*)([^>]*?i18n:translate=""[^>]*)>([^<]+)</\1>')
XML_ATTR_TITLE = re.compile(r'<(?:state|transition)\b[^>]*?\btitle="([^"]+)"')
ZCML_TITLE = re.compile(r'<plone:behavior[^>]*?\b(?:title|description)="([^"]+)"', re.S)
ZCML_ATTRS = re.compile(r'\b(title|description)="([^"]+)"')


def _python_msgids(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield node.args[0].value


def _xml_msgids(path):
    text = path.read_text(encoding="utf-8")
    if 'i18n:domain="mttq.langson"' not in text:
        return
    for _tag, attributes, value in XML_TEXT.findall(text):
        # An element may name another domain (e.g. plone's "Metadata").
        if "i18n:domain=" in attributes and 'i18n:domain="mttq.langson"' not in attributes:
            continue
        yield " ".join(value.split())
    for value in XML_ATTR_TITLE.findall(text):
        yield value
    if "<dc-workflow" in text:
        head = text[text.index("<dc-workflow"):text.index(">", text.index("<dc-workflow"))]
        for _name, value in ZCML_ATTRS.findall(head):
            yield value


def _zcml_msgids(path):
    text = path.read_text(encoding="utf-8")
    for block in re.findall(r"<plone:behavior.*?/>", text, re.S):
        for _name, value in ZCML_ATTRS.findall(block):
            yield " ".join(value.split())


def source_msgids():
    ids = set()
    for path in PKG.rglob("*.py"):
        ids.update(_python_msgids(path))
    for path in PKG.rglob("*.xml"):
        ids.update(_xml_msgids(path))
    for path in PKG.rglob("*.zcml"):
        ids.update(_zcml_msgids(path))
    return ids


def _unquote(s):
    return ast.literal_eval(s)


def read_po(path=PO):
    """msgid -> msgstr of a .po file (single and multi-line strings)."""
    entries, msgid, msgstr, current = {}, None, None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = line.strip()
        if line.startswith("msgid "):
            if msgid is not None:
                entries[msgid] = msgstr
            msgid, msgstr, current = _unquote(line[6:]), None, "id"
        elif line.startswith("msgstr "):
            msgstr, current = _unquote(line[7:]), "str"
        elif line.startswith('"') and current == "id":
            msgid += _unquote(line)
        elif line.startswith('"') and current == "str":
            msgstr += _unquote(line)
    if msgid is not None:
        entries[msgid] = msgstr
    entries.pop("", None)
    return entries


def missing():
    po = read_po()
    return sorted(m for m in source_msgids() if not po.get(m))


def _quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    gaps = missing()
    if "--update" in sys.argv and gaps:
        po = read_po()
        with PO.open("a", encoding="utf-8") as stream:
            for msgid in gaps:
                if msgid not in po:
                    stream.write(f"\nmsgid {_quote(msgid)}\nmsgstr \"\"\n")
    for msgid in gaps:
        print(msgid)
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())
