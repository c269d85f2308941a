"""Digital signatures of a document's PDF files, verified with pyHanko.

There is no national CA to rely on here, so the report keeps three things
apart for every signature:

- ``intact``: the signed bytes were not changed after signing (hash and
  cryptographic signature check, with the signer certificate's public key);
- the signer certificate's details (subject, issuer, serial, validity);
- ``trusted``: whether that certificate chains to one of the trust roots
  configured in the registry record ``mttq.langson.documents.trust_roots``
  (PEM certificates). Without configured roots nothing is trusted: the
  system's roots are never used and nothing is fetched from the network.

A report is computed once per file version and trust configuration (at save
time, see subscribers) and kept in an annotation keyed on the file's SHA-256
and the roots' fingerprint. A broken or unsigned PDF gives a report, never
an error.
"""

from mttq.langson import logger
from mttq.langson.documents.fulltext import file_hash
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations

import hashlib
import io
import os


ANNOTATION_KEY = "mttq.langson.documents.signatures"
TRUST_ROOTS_RECORD = "mttq.langson.documents.trust_roots"
MAX_SIGNATURES = 20

# Counted by the tests: verification must run once per file version.
calls = {"verify": 0}


def trust_roots_pem():
    try:
        value = api.portal.get_registry_record(TRUST_ROOTS_RECORD, default=None)
    except Exception:  # no site (scripts) or the record is not installed yet
        value = None
    return [pem for pem in (value or []) if pem and pem.strip()]


def _load_roots(pems):
    from pyhanko.keys import load_certs_from_pemder_data

    roots = []
    for pem in pems:
        try:
            roots.extend(load_certs_from_pemder_data(pem.encode()))
        except Exception as error:
            logger.warning("Ignoring a trust root that is not a PEM certificate: %s", error)
    return roots


def roots_fingerprint(pems):
    return hashlib.sha256("\n".join(sorted(p.strip() for p in pems)).encode()).hexdigest()


def _name(name):
    try:
        return name.human_friendly
    except Exception:
        return ""


def _common_name(name):
    try:
        return name.native.get("common_name") or _name(name)
    except Exception:
        return _name(name)


def _iso(value):
    return value.isoformat() if value is not None else None


def _certificate(cert):
    if cert is None:
        return None
    validity = cert["tbs_certificate"]["validity"]
    return {
        "subject": _name(cert.subject),
        "common_name": _common_name(cert.subject),
        "issuer": _name(cert.issuer),
        "issuer_common_name": _common_name(cert.issuer),
        "serial_number": format(cert.serial_number, "X"),
        "not_before": _iso(validity["not_before"].native),
        "not_after": _iso(validity["not_after"].native),
        "self_signed": cert.self_signed in ("yes", "maybe"),
        "sha256": cert.sha256.hex() if hasattr(cert, "sha256") else None,
    }


def _verify_one(embedded, context):
    from pyhanko.sign.validation import validate_pdf_signature

    entry = {"field": embedded.field_name, "intact": False, "valid": False, "trusted": False,
             "coverage": None, "modified_after_signing": None, "signing_time": None,
             "signer": None, "error": None}
    try:
        entry["signer"] = _certificate(embedded.signer_cert)
        entry["signing_time"] = _iso(embedded.self_reported_timestamp)
    except Exception as error:
        entry["error"] = str(error)[:300]
    try:
        status = validate_pdf_signature(embedded, context)
    except Exception as error:
        entry["error"] = str(error)[:300]
        return entry
    entry["intact"] = bool(status.intact)
    entry["valid"] = bool(status.intact and status.valid)
    entry["trusted"] = bool(status.intact and status.valid and status.trusted)
    coverage = getattr(status, "coverage", None)
    entry["coverage"] = coverage.name if coverage is not None else None
    level = getattr(status, "modification_level", None)
    entry["modified_after_signing"] = level.name if level is not None else None
    if entry["signing_time"] is None:
        entry["signing_time"] = _iso(getattr(status, "signer_reported_dt", None))
    if getattr(status, "signing_cert", None) is not None:
        entry["signer"] = _certificate(status.signing_cert)
    return entry


def verify_pdf(data, pems=()):
    """The signature report of PDF bytes: {"signed", "signatures", "error"}."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko_certvalidator import ValidationContext

    calls["verify"] += 1
    report = {"signed": False, "signatures": [], "error": None}
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)[:MAX_SIGNATURES]
    except Exception as error:
        report["error"] = str(error)[:300]
        return report
    if not embedded:
        return report
    report["signed"] = True
    # Explicit roots (possibly none): never the system's; never fetch CRLs/OCSP.
    context = ValidationContext(trust_roots=_load_roots(pems), allow_fetching=False,
                                revocation_mode="soft-fail")
    report["signatures"] = [_verify_one(signature, context) for signature in embedded]
    return report


def _read(named_file):
    with named_file.open() as stream:
        return stream.read()


def signature_report(obj, field="file", store=False):
    """The report of obj's file: the cached one while the file and the trust
    roots are unchanged, else computed (and kept when `store`, at save time:
    reading never writes). None for a file that is not a PDF.
    """
    named_file = getattr(obj.aq_base if hasattr(obj, "aq_base") else obj, field, None)
    if named_file is None or os.path.splitext(named_file.filename or "")[1].lower() != ".pdf":
        return None
    pems = trust_roots_pem()
    key = (file_hash(named_file), roots_fingerprint(pems))
    annotations = IAnnotations(obj)
    cached = annotations.get(ANNOTATION_KEY)
    if cached is not None and (cached.get("sha256"), cached.get("roots")) == key:
        return cached["report"]
    try:
        report = verify_pdf(_read(named_file), pems)
    except Exception as error:  # pyHanko import or unexpected failure: report it, save anyway
        logger.warning("Signature check of %s failed: %s", named_file.filename, error)
        report = {"signed": False, "signatures": [], "error": str(error)[:300]}
    if store:
        annotations[ANNOTATION_KEY] = PersistentMapping(sha256=key[0], roots=key[1], report=report)
    return report
