"""``manage.py rebuild_search_index``: see ``search.indexing``."""

from django.core.management.base import BaseCommand
from wagtail.search.backends import get_search_backend, get_search_backends_with_name

from search.indexing import BATCH_SIZE, rebuild


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
