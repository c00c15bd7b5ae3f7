"""A minimal one-page PDF, so the demo can attach real, openable files without a PDF library."""

import textwrap


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(title, paragraphs):
    """A4 page with a title and wrapped paragraphs (Latin-1 text; other characters become '?')."""
    lines = [("F2", 16, title)]
    for paragraph in paragraphs:
        lines.append(("F1", 11, ""))
        lines.extend(("F1", 11, line) for line in textwrap.wrap(paragraph, 90))
    commands, y = ["BT"], 800
    for font, size, text in lines:
        commands.append(f"/{font} {size} Tf 1 0 0 1 56 {y} Tm ({_escape(text)}) Tj")
        y -= size + 5
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    output, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)


def pdf_document(record, title, filename):
    """The Wagtail document ``title`` holding the record's text as a PDF, made once."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        pdf = simple_pdf(record["title"], [record["summary"], *record["body"]])
        document = document_model(title=title)
        document.file.save(filename, ContentFile(pdf), save=False)
        document._set_document_file_metadata()  # size and hash, as Wagtail's upload form does
        document.save()
    return document
