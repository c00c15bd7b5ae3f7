"""Reads the demo texts: ``content/<language>.json`` for the section pages, and
``content/resources.json`` with ``content/resources/<language>.json`` for teaching materials."""

import json
from pathlib import Path

from django.conf import settings

CONTENT_DIR = Path(__file__).resolve().parent / "content"


def _read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def load_content():
    """{language code: texts of the section pages} for every language that has a file."""
    codes = {code for code, _name in settings.LANGUAGES}
    return {
        path.stem: _read(path) for path in sorted(CONTENT_DIR.glob("*.json")) if path.stem in codes
    }


def load_resources():
    """(English resource records, {language code: {resource slug: translated texts}})."""
    translations = {
        path.stem: _read(path) for path in sorted((CONTENT_DIR / "resources").glob("*.json"))
    }
    return _read(CONTENT_DIR / "resources.json"), translations
