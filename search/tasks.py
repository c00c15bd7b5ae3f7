from django.apps import apps
from django.conf import settings
from django_tasks import task

from search.backlog import drain


@task()
def drain_search_backlog():
    """Retry the index updates the engine missed (enqueued after each failure)."""
    done, pending = drain()
    return {"done": done, "pending": pending}


@task()
def reindex_pages_using_term(model_label, translation_key, language_code):
    """Re-index the pages filed under a term that was renamed (or translated) in a language,
    in batches, so searching for its new name finds them; a change to the canonical term (its
    slug) also refreshes the database's facet values."""
    from wagtail.search.backends import get_search_backends

    from search.facets import pages_using_term, store_facets
    from search.indexing import BATCH_SIZE, batches

    term_model = apps.get_model(model_label)
    canonical = term_model.objects.filter(
        translation_key=translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if canonical is None:
        return {"pages": 0}
    indexed = 0
    for page_model, pages in pages_using_term(canonical, language_code):
        for batch in batches(pages, BATCH_SIZE):
            if language_code == settings.LANGUAGE_CODE:
                for page in batch:
                    store_facets(page)
            page_model.load_terms(batch)
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(page_model, batch)
            indexed += len(batch)
    return {"pages": indexed}
