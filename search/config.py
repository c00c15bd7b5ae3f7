"""The WAGTAILSEARCH_BACKENDS setting, built from the environment in ``cms.settings.base``.

Without an engine: Wagtail's database backend. With one (``SEARCH_URL``): the engine as the
default backend (the admin, images, documents), one backend per language for the site search,
and the database backend kept up to date as the fallback when the engine is unreachable."""

from search.analysis import language_analysis

DATABASE = {"BACKEND": "search.database"}
ENGINES = {
    # SEARCH_BACKEND: (the default backend, the per-language backend)
    "opensearch2": (
        "search.backends.OpenSearchBackend",
        "search.backends.OpenSearchLanguageBackend",
    ),
    "elasticsearch9": (
        "search.backends.ElasticsearchBackend",
        "search.backends.ElasticsearchLanguageBackend",
    ),
}


def language_backend_name(code):
    return f"language_{code}"


def search_backends(url, engine, prefix, timeout, languages):
    if not url:
        return {"default": DATABASE}
    default_backend, language_backend = ENGINES[engine]
    # ATOMIC_REBUILD: a rebuild fills a new index and then moves the alias (no downtime).
    common = {"URLS": [url], "TIMEOUT": timeout, "ATOMIC_REBUILD": True}
    backends = {
        "default": {
            "BACKEND": default_backend,
            "ALIAS": "default",
            "INDEX_PREFIX": prefix,
            **common,
        },
        "database": DATABASE,
    }
    for code in languages:
        backends[language_backend_name(code)] = {
            "BACKEND": language_backend,
            "ALIAS": language_backend_name(code),
            "LANGUAGE": code,
            "INDEX_PREFIX": f"{prefix}{code}_",
            "INDEX_SETTINGS": language_analysis(code),
            **common,
        }
    return backends
