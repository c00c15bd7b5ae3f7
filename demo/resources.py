"""Demo teaching materials, read from ``demo/content/resources/`` (see ``demo.content``)."""

from datetime import date

from django.conf import settings

from demo.pdf import pdf_document
from demo.site_tree import text_map, translate, upsert_page
from resources.models import ResourceAttachment, ResourcePage
from taxonomies.models import (
    Country,
    EducationLevel,
    KeyCompetence,
    MaterialLanguage,
    ResourceType,
    Subject,
)

TAXONOMY_FIELDS = {
    "subjects": Subject,
    "education_levels": EducationLevel,
    "resource_types": ResourceType,
    "key_competences": KeyCompetence,
    "material_languages": MaterialLanguage,
}


def build_resources(index, locales, english, translations):
    """Create or update every resource under the English index and its translations."""
    terms = {
        model: {
            term.slug: term
            for term in model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        }
        for model in (*TAXONOMY_FIELDS.values(), Country)
    }
    count = translated = 0
    for record in english:
        page = _upsert_resource(index, record, terms)
        count += 1
        for code, texts in translations.items():
            if record["slug"] in texts:
                translate(page, locales[code], text_map(record, texts[record["slug"]]))
                translated += 1
    return count, translated


def _upsert_resource(index, record, terms):
    fields = {
        "summary": record["summary"],
        "age_from": record.get("age_from"),
        "age_to": record.get("age_to"),
        "duration_minutes": record.get("duration_minutes"),
        "licence": record["licence"],
        "author_name": record.get("author", ""),
        "organisation": record.get("organisation", ""),
        "country": terms[Country].get(record.get("country", "")),
        "publication_date": date.fromisoformat(record["publication_date"]),
        "featured": record.get("featured", False),
    }
    for field, model in TAXONOMY_FIELDS.items():
        fields[field] = [terms[model][slug] for slug in record.get(field, [])]
    fields["attachments"] = [
        ResourceAttachment(
            document=pdf_document(record, f"{record['title']} (PDF)", f"{record['slug']}.pdf")
        )
    ]
    return upsert_page(index, ResourcePage, record, **fields)
