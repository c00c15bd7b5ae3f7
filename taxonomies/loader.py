"""Pre-loads the standard European vocabularies in every content language.

Names of the editorial vocabularies come from ``data/terms/<language>.json``; country and
language names from the Unicode CLDR (Babel). Only missing terms and translations are created,
so editors' changes survive a re-run."""

import json
from pathlib import Path

from babel import Locale as BabelLocale
from django.conf import settings
from wagtail.models import Locale

from taxonomies.models import (
    Country,
    EducationLevel,
    KeyCompetence,
    MaterialLanguage,
    ResourceType,
    Subject,
    Topic,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
TERM_MODELS = {
    "subject": Subject,
    "education_level": EducationLevel,
    "resource_type": ResourceType,
    "key_competence": KeyCompetence,
    "topic": Topic,
}


def _read(name):
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _capitalised(name):
    return name[:1].upper() + name[1:]


def vocabulary_names():
    """{model: {slug: {language: name}}} for every vocabulary, with its extra fields."""
    languages = [code for code, _name in settings.LANGUAGES]
    terms = {code: _read(f"terms/{code}.json") for code in languages}
    names = {
        model: {
            slug: {code: terms[code][key][slug] for code in languages}
            for slug in terms[settings.LANGUAGE_CODE][key]
        }
        for key, model in TERM_MODELS.items()
    }
    cldr = {code: BabelLocale.parse(code) for code in languages}
    names[Country] = {
        code: {lang: cldr[lang].territories[code.upper()] for lang in languages}
        for code in _read("countries.json")
    }
    names[MaterialLanguage] = {
        code: {lang: _capitalised(cldr[lang].languages[code]) for lang in languages}
        for code in _read("languages.json")
    }
    return names


def load_taxonomies():
    """Create the missing terms and translations; returns how many objects were created."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    default = locales[settings.LANGUAGE_CODE]
    created = 0
    for model, terms in vocabulary_names().items():
        has_code = model in (Country, MaterialLanguage)
        existing = {(term.slug, term.locale_id): term for term in model.objects.all()}
        for order, (slug, names) in enumerate(terms.items()):
            extra = {"code": slug.upper() if model is Country else slug} if has_code else {}
            source = existing.get((slug, default.pk))
            if source is None:
                source = model.objects.create(
                    locale=default,
                    slug=slug,
                    name=names[default.language_code],
                    sort_order=order,
                    **extra,
                )
                created += 1
            for code, locale in locales.items():
                if locale == default or (slug, locale.pk) in existing:
                    continue
                translation = source.copy_for_translation(locale)
                translation.name = names[code]
                translation.save()
                created += 1
    return created
