"""``make bench``, second part: the site search at 10,000 and 100,000 teaching materials, on the
engine and on PostgreSQL. Prints the bulk indexing rate, and p50/p95 latency of typical
queries with two facets: the search call alone (engine-side, database-side) and the whole
search page served by gunicorn.

Needs PostgreSQL (``BENCH_DATABASE_URL``: a database it may create and fill) and the engine
(``make search-engine``). Sizes: ``BENCH_SIZES`` (default "10000 100000")."""

import logging
import os
import subprocess
import sys
import time
from collections import Counter
from urllib.parse import urlencode, urlsplit

from cms.bench import BASE_DIR, fetch, gunicorn, percentiles

SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "10000 100000").split()]
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://sep_ci:sep_ci@127.0.0.1:5432/sep_bench"
)
ENGINE_URL = os.environ.get("SEARCH_ENGINE_URL", "http://127.0.0.1:9200")
PREFIX = "bench_"
RUNS = int(os.environ.get("BENCH_SEARCH_RUNS", "40"))
SETTLE_SECONDS = 30
SETTINGS = {
    "DATABASE_URL": DATABASE_URL,
    "SEARCH_URL": ENGINE_URL,
    "SEARCH_INDEX_PREFIX": PREFIX,
    "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
    "LOG_LEVEL": "WARNING",
}


def create_database():
    import psycopg

    parts = urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    maintenance = DATABASE_URL.replace(f"/{name}", "/postgres")
    with psycopg.connect(maintenance, autocommit=True) as connection:
        exists = "SELECT 1 FROM pg_database WHERE datname = %s"
        if not connection.execute(exists, [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def manage(*args, **env):
    command = [sys.executable, "manage.py", *args]
    subprocess.run(command, cwd=BASE_DIR, env={**os.environ, **env}, check=True)


def prepare():
    """The quick demo in the bench database (indexed by the database backend as it loads)."""
    create_database()
    database_only = {**SETTINGS, "SEARCH_URL": ""}
    manage("migrate", "--no-input", "-v0", **database_only)
    manage("compile_catalogs", **database_only)
    os.environ.update(SETTINGS)
    import django

    django.setup()
    from resources.models import ResourceIndexPage

    if not ResourceIndexPage.objects.exists():
        manage("load_demo", "--quick", **database_only)


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def index_everything():
    """Rebuild every language's index on the engine, and the database's index:
    (pages, engine seconds, database seconds)."""
    from django.conf import settings
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from search.config import language_backend_name
    from search.indexing import rebuild

    def run(backend):
        return sum(count for _index, count in rebuild(backend))

    engine_seconds = 0.0
    for code, _name in settings.LANGUAGES:
        seconds, _ = timed(run, get_search_backend(language_backend_name(code)))
        engine_seconds += seconds
    database_seconds, _ = timed(run, get_search_backend("database"))
    pages = Page.objects.filter(depth__gt=1).count()
    return pages, engine_seconds, database_seconds


def typical_searches():
    """Per language with materials: a frequent title word and the two most used facet values."""
    from resources.models import ResourcePage
    from search.models import PageFacet

    searches = []
    for code in ("en", "de", "fr", "el", "pl", "es"):
        titles = ResourcePage.objects.filter(locale__language_code=code).values_list(
            "title", flat=True
        )[:3000]
        words = Counter(word.lower() for title in titles for word in title.split() if len(word) > 5)
        if not words:
            continue
        facets = {}
        for facet in ("subject", "level"):
            values = PageFacet.objects.filter(facet=facet).values_list("value", flat=True)
            facets[facet] = Counter(values[:20000]).most_common(1)[0][0]
        searches.append((code, words.most_common(3)[-1][0], facets))
    return searches


def search_call_latency(searches):
    """(engine p50, p95, database p50, p95, mean matches) of the search call alone."""
    from wagtail.models import Locale, Page

    from search import engine
    from search.config import language_backend_name
    from search.service import Search, database_search, engine_query

    engine_times, database_times, matches = [], [], []
    for code, word, facets in searches:
        locale = Locale.objects.get(language_code=code)
        pages = Page.objects.live().public().filter(locale_id=locale.pk)
        selection = {name: [value] for name, value in facets.items()}
        for run in range(RUNS + 3):
            seconds, (_ids, total, _counts, _marks) = timed(
                engine.search,
                [language_backend_name(code)],
                pages,
                engine_query(word),
                selection,
                text=word,
                newest_first=False,
                offset=0,
                size=10,
            )
            wanted = Search(word, code, selection)
            database_seconds, _ = timed(database_search, pages, wanted, 1, 10, "database")
            if run >= 3:  # the first runs warm caches
                engine_times.append(seconds)
                database_times.append(database_seconds)
        matches.append(total)
    return (*percentiles(engine_times), *percentiles(database_times), sum(matches) / len(matches))


def page_latency(searches, **overrides):
    """(p50, p95) of the whole search page, one request at a time."""
    with gunicorn(DATABASE_URL=DATABASE_URL, SEARCH_INDEX_PREFIX=PREFIX, **overrides) as base:
        urls = [
            f"{base}/{code}/search/?{urlencode({'q': word, **facets})}"
            for code, word, facets in searches
        ]
        for url in urls * 2:
            fetch(url)
        return percentiles([fetch(url) for url in urls for _run in range(RUNS)])


def main():
    logging.getLogger("opensearch").setLevel(logging.ERROR)  # the rebuild's expected 404s
    prepare()
    from demo.volume import SLUG_PREFIX, generate_resources
    from resources.models import ResourcePage

    rows = []
    for size in SIZES:
        existing = ResourcePage.objects.filter(slug__startswith=SLUG_PREFIX).count()
        if size > existing:
            seconds, _ = timed(generate_resources, size - existing, seed=existing + 1)
            print(f"generated {size - existing} materials in {seconds:.0f} s", flush=True)
        pages, engine_seconds, database_seconds = index_everything()
        print(
            f"indexed {pages} pages: engine {engine_seconds:.0f} s, PostgreSQL "
            f"{database_seconds:.0f} s",
            flush=True,
        )
        time.sleep(SETTLE_SECONDS)  # the engine merges new segments for a while after a rebuild
        searches = typical_searches()
        engine_p50, engine_p95, database_p50, database_p95, matches = search_call_latency(searches)
        page_engine = page_latency(searches, SEARCH_URL=ENGINE_URL)
        page_database = page_latency(searches, SEARCH_URL="")
        rates = (pages / engine_seconds, pages / database_seconds)
        calls = (engine_p50, engine_p95, *page_engine, database_p50, database_p95, *page_database)
        rows.append((size, pages, *rates, matches, *calls))
    print()
    print(
        "materials | pages | indexing docs/s (engine, PostgreSQL) | matches per query | "
        "engine call p50/p95 ms | page on engine p50/p95 ms | "
        "PostgreSQL call p50/p95 ms | page on PostgreSQL p50/p95 ms"
    )
    for row in rows:
        size, pages, engine_rate, database_rate, matches, *ms = row
        print(
            f"{size} | {pages} | {engine_rate:.0f}, {database_rate:.0f} | {matches:.0f} | "
            f"{ms[0]:.0f}/{ms[1]:.0f} | {ms[2]:.0f}/{ms[3]:.0f} | {ms[4]:.0f}/{ms[5]:.0f} | "
            f"{ms[6]:.0f}/{ms[7]:.0f}"
        )


if __name__ == "__main__":
    main()
