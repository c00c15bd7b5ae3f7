"""Reads the demo texts.

``content/<language>.json`` holds the section pages. Each collection (resources,
publications, news, courses, events, campaigns) is a directory of batches:
``<batch>.en.json`` lists the English records with their classification, and
``<batch>.<language>.json`` maps each English slug to its translated texts."""

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


def load_collection(name, limit=None):
    """(English records, {language code: {English slug: translated texts}}) of a collection,
    batches in name order; ``limit`` keeps the first records only (a quick demo for tests)."""
    english, translations = [], {}
    for path in sorted((CONTENT_DIR / name).glob("*.json")):
        _batch, code = path.stem.rsplit(".", 1)
        if code == settings.LANGUAGE_CODE:
            english.extend(_read(path))
        else:
            translations.setdefault(code, {}).update(_read(path))
    return (english[:limit] if limit else english), translations
