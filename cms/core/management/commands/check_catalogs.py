from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.core.catalogs import statistics


class Command(BaseCommand):
    help = "Print catalog statistics; fail unless every language's catalog is complete."

    def handle(self, *args, **options):
        stats = {entry.language: entry for entry in statistics()}
        problems = []
        for code, _name in settings.LANGUAGES:
            entry = stats.get(code)
            if entry is None:
                problems.append(f"{code}: no catalog")
                continue
            self.stdout.write(
                f"{code}: {entry.translated} translated, {entry.untranslated} untranslated, "
                f"{entry.fuzzy} fuzzy"
            )
            if not entry.complete:
                problems.append(code)
        if problems:
            raise CommandError("Incomplete catalogs: " + ", ".join(problems))
