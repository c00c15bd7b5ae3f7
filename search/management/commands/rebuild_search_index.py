"""Rebuild the search indexes in batches and without downtime.

A language's index holds only that language's pages, so it is filled from them alone (Wagtail's
``update_index`` reads every page for every language and lets the index drop the others). On the
engine, the new index is built beside the live one and the alias moved when it is complete
(``ATOMIC_REBUILD``), so the site keeps searching the old one meanwhile."""

from django.core.management.base import BaseCommand
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from wagtail.models import Page
from wagtail.search.backends import get_search_backend, get_search_backends_with_name

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
        name = index.name  # the alias readers search, on the engine
        rebuilder = backend.rebuilder_class(index)
        index = rebuilder.start()
        for model in models:
            index.add_model(model)
        count = 0
        for model in models:
            objects = model.get_indexed_objects().order_by("pk")
            if language:
                if not issubclass(model, Page):
                    continue
                objects = objects.filter(locale__language_code=language)
            for batch in batches(objects, batch_size):
                index.add_items(model, batch)
                count += len(batch)
        rebuilder.finish()
        yield name, count


class Command(BaseCommand):
    help = "Rebuild the search indexes in batches, each language's from its own pages."

    def add_arguments(self, parser):
        parser.add_argument("--backend", dest="backend_name", help="Only this backend.")
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, backend_name=None, batch_size=BATCH_SIZE, **options):
        if backend_name:
            backends = [(backend_name, get_search_backend(backend_name))]
        else:
            backends = list(get_search_backends_with_name())
        for name, backend in backends:
            if not backend.rebuilder_class:
                continue
            for index, count in rebuild(backend, batch_size):
                if count:
                    self.stdout.write(f"{name}: {index}: {count} objects")
