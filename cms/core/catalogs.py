"""Compile and check the project's gettext catalogs in pure Python (polib), so that set-up
needs no GNU gettext on the machine."""

from dataclasses import dataclass
from pathlib import Path

import polib
from django.conf import settings


@dataclass
class CatalogStats:
    language: str
    translated: int
    untranslated: int
    fuzzy: int

    @property
    def complete(self):
        return self.untranslated == 0 and self.fuzzy == 0


def catalog_paths():
    return sorted(Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/django.po"))


def compile_all():
    """Write a .mo file next to every .po file; returns how many were written."""
    paths = catalog_paths()
    for path in paths:
        polib.pofile(str(path)).save_as_mofile(str(path.with_suffix(".mo")))
    return len(paths)


def statistics():
    stats = []
    for path in catalog_paths():
        catalog = polib.pofile(str(path))
        active = [entry for entry in catalog if not entry.obsolete]
        stats.append(
            CatalogStats(
                language=path.parent.parent.name,
                translated=len(catalog.translated_entries()),
                untranslated=len(catalog.untranslated_entries()),
                fuzzy=sum(1 for entry in active if "fuzzy" in entry.flags),
            )
        )
    return stats
