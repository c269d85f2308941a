"""Real PDF files for generated guidance documents (fpdf2)."""

from fpdf import FPDF
from pathlib import Path

import functools


PACKAGE = Path(__file__).resolve().parent.parent
SYSTEM_FONTS = (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),)


@functools.lru_cache(maxsize=1)
def unicode_font():
    """A TrueType font with the Vietnamese letters: the one the product ships
    for its certificates, else the system's DejaVu Sans; None without one."""
    for path in sorted(PACKAGE.rglob("DejaVuSans.ttf")) + list(SYSTEM_FONTS):
        if path.is_file():
            return path
    return None


def document_pdf(number, issuing_body, summary, paragraphs, signer, position):
    """A one- or two-page document laid out like a Front document."""
    from mttq.langson.search.vietnamese import fold

    font = unicode_font()
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    if font is not None:
        pdf.add_font("DejaVu", "", str(font))
        pdf.set_font("DejaVu", size=12)

        def text(value):
            return value
    else:
        # Core fonts are Latin-1 only: keep the words, drop the accents.
        pdf.set_font("Helvetica", size=12)

        def text(value):
            return " ".join(fold(word) for word in value.split())

    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.multi_cell(width, 7, text(issuing_body.upper()), align="C")
    pdf.multi_cell(width, 7, text(f"Số: {number}"), align="C")
    pdf.ln(4)
    pdf.multi_cell(width, 7, text(summary), align="C")
    pdf.ln(4)
    for paragraph in paragraphs:
        pdf.multi_cell(width, 6, text(paragraph))
        pdf.ln(2)
    pdf.ln(6)
    pdf.multi_cell(width, 7, text(f"{position}\n{signer}"), align="R")
    return bytes(pdf.output())
