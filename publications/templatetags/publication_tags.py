from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils.translation import get_language

from cms.languages import ENDONYMS

register = template.Library()


@dataclass
class PdfVersion:
    code: str
    endonym: str
    document: object
    is_reader_language: bool


@register.simple_tag
def pdf_versions(page):
    """The publication's PDF files, the reader's language first, then in the site's order."""
    files = {file.language: file.document for file in page.files.select_related("document")}
    reader = get_language()
    order = [reader] + [code for code, _name in settings.LANGUAGES if code != reader]
    return [
        PdfVersion(code, ENDONYMS[code], files[code], code == reader)
        for code in order
        if code in files
    ]
