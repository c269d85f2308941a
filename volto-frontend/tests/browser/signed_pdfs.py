"""Prints {"plain", "signed", "tampered"} PDFs (base64 JSON) for the browser
tests: made with the backend tests' helpers (test CA, pyHanko signature)."""

from pathlib import Path

import base64
import json
import sys


sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tests" / "backend"))
import pdfkit_helpers as kit  # noqa: E402


plain = kit.make_pdf(["Quy che phoi hop giam sat nam 2025"])
(ca_cert, _ca_key), (cert, key) = kit.make_ca_and_signer()
signed = kit.sign_pdf(plain, cert, key, ca_cert)
files = {"plain": plain, "signed": signed, "tampered": kit.tamper(signed)}
print(json.dumps({name: base64.b64encode(data).decode() for name, data in files.items()}))
