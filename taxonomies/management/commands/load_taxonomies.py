from django.core.management.base import BaseCommand

from taxonomies.loader import load_taxonomies


class Command(BaseCommand):
    help = (
        "Pre-load the standard European vocabularies in all 24 languages (keeps editors' changes)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Taxonomies: {load_taxonomies()} terms and translations created.")
