"""The multilingual relevance set (``search/relevance/corpus.json``): queries in ten languages
with inflected forms, missing accents, typos and several words, each with the documents a
teacher expects. Prints recall@10 and MRR per language for the project's configuration (one
index per language with its analyser, fuzzy matching) next to stock Wagtail (one index, one
analyser), and on the database backend; fails unless the project's configuration beats stock.
``make relevance`` runs it alone."""

import json
from io import StringIO
from pathlib import Path
from statistics import mean

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from wagtail.search.backends import get_search_backend

from cms.testing.services import require_service
from home.models import HomePage, StandardPage
from search.config import language_backend_name, search_backends
from search.service import engine_query
from search.tests.test_engine import ENGINE_URL, WORKER, engine_answers

pytestmark = [pytest.mark.django_db, pytest.mark.search_engine]

CORPUS = json.loads(
    (Path(__file__).resolve().parents[1] / "relevance" / "corpus.json").read_text("utf-8")
)
TOP = 10


def relevance_backends():
    backends = search_backends(ENGINE_URL, "opensearch2", f"rel_{WORKER}_", 10, list(CORPUS))
    backends["stock"] = {
        "BACKEND": "wagtail.search.backends.opensearch2",
        "URLS": [ENGINE_URL],
        "INDEX_PREFIX": f"rel_stock_{WORKER}_",
    }
    return backends


def scores(ranked, relevant):
    """(recall among the first TOP results, reciprocal rank of the first relevant one)."""
    found = [document for document in ranked[:TOP] if document in relevant]
    first = next((rank for rank, doc in enumerate(ranked, 1) if doc in relevant), None)
    return len(found) / len(relevant), (1 / first if first else 0.0)


def run(language, pages, search):
    ids = {page.pk: doc_id for doc_id, page in pages.items()}
    results = []
    for item in CORPUS[language]["queries"]:
        ranked = [ids[page.pk] for page in search(item["query"])[:TOP] if page.pk in ids]
        results.append(scores(ranked, set(item["relevant"])))
    return mean(r for r, _ in results), mean(m for _, m in results)


def test_project_configuration_beats_stock(capsys):
    require_service(engine_answers(ENGINE_URL), f"no search engine answers at {ENGINE_URL}")
    with override_settings(WAGTAILSEARCH_BACKENDS=relevance_backends()):
        names = ["stock", *(language_backend_name(code) for code in CORPUS)]
        for name in names:  # indexes with their mappings, before the documents arrive
            call_command("update_index", backend_name=name, stdout=StringIO())
        pages = {}
        for language, data in CORPUS.items():
            home = HomePage.objects.get(locale__language_code=language)
            for document in data["documents"]:
                page = StandardPage(
                    title=document["title"], slug=document["id"], introduction=document["text"]
                )
                home.add_child(instance=page)
                page.save_revision().publish()
                pages.setdefault(language, {})[document["id"]] = page
        call_command("update_index", backend_name="database", stdout=StringIO())
        for name in names:
            get_search_backend(name).get_index_for_model(StandardPage).refresh()

        rows = []
        for language, language_pages in pages.items():
            queryset = StandardPage.objects.filter(pk__in=[p.pk for p in language_pages.values()])
            project = run(
                language,
                language_pages,
                lambda q, lang=language, qs=queryset: qs.search(
                    engine_query(q), backend=language_backend_name(lang)
                ),
            )
            stock = run(
                language, language_pages, lambda q, qs=queryset: qs.search(q, backend="stock")
            )
            with translation.override(language):  # the reader's language, as on the site
                database = run(
                    language,
                    language_pages,
                    lambda q, qs=queryset: qs.search(q, backend="database"),
                )
            rows.append((language, project, stock, database))

    overall = tuple(mean(row[i][j] for row in rows) for i in (1, 2, 3) for j in (0, 1))
    with capsys.disabled():
        print("\n" + HEADER)
        for language, project, stock, database in rows:
            print(line(language, *project, *stock, *database))
        print(line("all", *overall))
    assert overall[0] > overall[2] and overall[1] > overall[3], "the project does not beat stock"


HEADER = "language   project R@10  MRR   stock R@10  MRR   database R@10  MRR"


def line(label, *numbers):
    widths = (13, 5, 12, 5, 15, 5)
    return f"{label:<9}" + "".join(f"{n:>{w + 1}.2f}" for n, w in zip(numbers, widths, strict=True))
