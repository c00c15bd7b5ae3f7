from django.core.management.base import BaseCommand

from cms.core.catalogs import compile_all


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/django.po into .mo files (no GNU gettext needed)."

    def handle(self, *args, **options):
        self.stdout.write(f"Compiled {compile_all()} catalogs.")
