"""Rebuild the search indexes in batches and without downtime.

A language's index holds only that language's pages, so it is filled from them alone (Wagtail's
``update_index`` reads every page for every language and lets the index drop the others). On the
engine, the new index is built beside the live one and the alias moved when it is complete
(``ATOMIC_REBUILD``), so the site keeps searching the old one meanwhile."""

from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from wagtail.models import Page

BATCH_SIZE = 1000


def batches(objects, size):
    batch = []
    for item in objects.iterator(chunk_size=size):
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def rebuild(backend, batch_size=BATCH_SIZE):
    """Rebuild every index of ``backend``; yields (index name, objects indexed)."""
    language = getattr(backend, "language", None)
    for index, models in group_models_by_index(backend, get_indexed_models()).items():
        if language and not any(issubclass(model, Page) for model in models):
            continue  # a language's backend holds pages only
        name = getattr(index, "name", "database")  # on the engine: the alias readers search
        rebuilder = backend.rebuilder_class(index)
        index = rebuilder.start()
        for model in models:
            index.add_model(model)
        count = 0
        for model in models:
            objects = model.get_indexed_objects().order_by("pk")
            if language:
                objects = objects.filter(locale__language_code=language)
            if hasattr(model, "load_terms"):  # a query per field and batch, not per page
                objects = objects.prefetch_related(None)
            for batch in batches(objects, batch_size):
                if hasattr(model, "load_terms"):
                    model.load_terms(batch)
                index.add_items(model, batch)
                count += len(batch)
        rebuilder.finish()
        yield name, count
