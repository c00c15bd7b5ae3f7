"""Volume for benchmarks: N plausible teaching materials across the languages that have a
teaching-materials index, written in bulk (thousands of pages a second instead of Wagtail's
page-by-page tree inserts). Titles and summaries are recombined from the demo's own texts in
each language, so every language's analysis has real words to work on; classification follows
the demo's vocabularies."""

import random
import uuid
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from resources.licences import Licence
from resources.models import ResourceIndexPage, ResourcePage
from search.models import PageFacet
from taxonomies.models import Country, EducationLevel, MaterialLanguage, Subject

BATCH = 1000
SLUG_PREFIX = "generated-"


def _sentences(pages):
    words, sentences = [], []
    for page in pages:
        sentences += [part.strip() for part in page.summary.split(".") if len(part.split()) > 4]
        words += [word for word in page.title.split() if len(word) > 3]
    return words, sentences


def _canonical(model):
    return list(model.objects.filter(locale__language_code="en"))


def generate_resources(count, seed=1):
    """Add ``count`` live teaching materials; returns {language: number added}."""
    rng = random.Random(seed)
    indexes = {
        index.locale.language_code: index
        for index in ResourceIndexPage.objects.live().select_related("locale")
    }
    texts = {}
    for code, index in indexes.items():
        pages = ResourcePage.objects.live().filter(locale=index.locale)
        pages = pages.exclude(slug__startswith=SLUG_PREFIX)
        words, sentences = _sentences(pages)
        if words and sentences:
            texts[code] = (words, sentences)
    vocabularies = {
        model: _canonical(model) for model in (Subject, EducationLevel, MaterialLanguage, Country)
    }
    content_type = ContentType.objects.get_for_model(ResourcePage)
    added = {}
    codes = sorted(texts)
    for start in range(0, count, BATCH):
        size = min(BATCH, count - start)
        plan = [rng.choice(codes) for _ in range(size)]
        with transaction.atomic():
            for code in set(plan):
                n = plan.count(code)
                _add_batch(rng, indexes[code], texts[code], vocabularies, content_type, n)
                added[code] = added.get(code, 0) + n
    return added


def _add_batch(rng, index, texts, vocabularies, content_type, n):
    words, sentences = texts
    index = Page.objects.get(pk=index.pk)  # fresh numchild
    first_step = index.numchild + 1
    now = timezone.now()
    pages = []
    for i in range(n):
        title_words = rng.sample(words, k=min(len(words), rng.randint(4, 8)))
        title = " ".join(title_words).capitalize()[:200]
        slug = f"{SLUG_PREFIX}{slugify(title)[:40]}-{uuid.uuid4().hex[:8]}"
        published = now - timedelta(days=rng.randint(0, 365 * 6))
        pages.append(
            Page(
                path=Page._get_path(index.path, index.depth + 1, first_step + i),
                depth=index.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=slug,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                live_revision=None,
            )
        )
    Page.objects.bulk_create(pages)
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + n)
    resources, subjects, levels, languages, facets = [], [], [], [], []
    for page in pages:
        summary = ". ".join(rng.sample(sentences, k=min(len(sentences), 2))) + "."
        subject = rng.choice(vocabularies[Subject])
        level = rng.choice(vocabularies[EducationLevel])
        language = rng.choice(vocabularies[MaterialLanguage])
        country = rng.choice(vocabularies[Country])
        published = date.today() - timedelta(days=rng.randint(0, 365 * 6))
        resource = ResourcePage(page_ptr_id=page.pk, summary=summary[:600], licence=Licence.CC_BY)
        resource.country = country
        resource.publication_date = published
        resources.append(resource)
        subjects.append(
            ResourcePage.subjects.through(resourcepage_id=page.pk, subject_id=subject.pk)
        )
        levels.append(
            ResourcePage.education_levels.through(
                resourcepage_id=page.pk, educationlevel_id=level.pk
            )
        )
        languages.append(
            ResourcePage.material_languages.through(
                resourcepage_id=page.pk, materiallanguage_id=language.pk
            )
        )
        for facet, value in (
            ("subject", subject.slug),
            ("level", level.slug),
            ("language", language.slug),
            ("country", country.slug),
            ("year", str(published.year)),
        ):
            facets.append(PageFacet(page_id=page.pk, facet=facet, value=value))
    # The pages' own table only: Django's bulk_create refuses multi-table children.
    local_fields = ResourcePage._meta.local_concrete_fields
    ResourcePage._base_manager._insert(resources, fields=local_fields, raw=True)
    for rows in (subjects, levels, languages, facets):
        type(rows[0]).objects.bulk_create(rows)
