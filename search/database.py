"""The database search backend (the default without an engine, and the engine's fallback). On
PostgreSQL each page is indexed with its language's text-search configuration (stemming and
stop words) and queries are parsed with the reader's, so "Klimawandels" finds "Klimawandel"
there too; languages PostgreSQL has no configuration for use "simple". Elsewhere (SQLite) it is
Wagtail's database backend unchanged."""

import copy

from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale
from wagtail.search.backends.database import SearchBackend as DatabaseBackend

# The EU languages PostgreSQL ships a text-search configuration for.
POSTGRES_CONFIGS = {
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "sv": "swedish",
}
FALLBACK_CONFIG = "simple"


def config_for(language_code):
    return POSTGRES_CONFIGS.get(language_code, FALLBACK_CONFIG)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        groups = {}
        for obj in objs:
            groups.setdefault(self.backend.config_for_object(obj), []).append(obj)
        for config, group in groups.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return config_for(get_language())


class LanguagePostgresBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend

    def config_for_object(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:  # not translatable (images, documents)
            return self.config
        if not hasattr(self, "_locale_codes"):
            self._locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
        return config_for(self._locale_codes.get(locale_id))


def SearchBackend(params):  # the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        return LanguagePostgresBackend(params)
    return DatabaseBackend(params)
