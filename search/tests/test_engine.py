"""The site search on the real engine (OpenSearch, started by ``make search-engine``): each
language's own analysis, index updates on publish and unpublish, and the fallback to the
database when the engine is down."""

import json
import os
import re
import time
import urllib.request
from contextlib import suppress
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page

from cms.testing.services import require_service
from home.models import HomePage, StandardPage
from resources.models import ResourcePage
from search.config import search_backends

pytestmark = [pytest.mark.django_db, pytest.mark.search_engine]

ENGINE_URL = os.environ.get("SEARCH_ENGINE_URL", "http://127.0.0.1:9200")
LANGUAGES = ["en", "de", "fr", "el"]


def engine_answers(url):
    with suppress(OSError), urllib.request.urlopen(url, timeout=3):
        return True
    return False


WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")  # each test worker has its own indexes


def backends(url):
    return search_backends(url, "opensearch2", f"test_{WORKER}_", 10, LANGUAGES)


@pytest.fixture(scope="module")
def engine(django_db_setup, django_db_blocker):
    """The demo's pages indexed on the engine, one index per language (built once per module)."""
    require_service(engine_answers(ENGINE_URL), f"no search engine answers at {ENGINE_URL}")
    with override_settings(WAGTAILSEARCH_BACKENDS=backends(ENGINE_URL)):
        with django_db_blocker.unblock():
            for code in LANGUAGES:
                call_command(
                    "rebuild_search_index", backend_name=f"language_{code}", stdout=StringIO()
                )
        yield


def result_count(client, language, query):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    return int(re.search(r'id="results-heading">\s*(\d+)', html).group(1)), html


def unmarked(html):
    return html.replace("<mark>", "").replace("</mark>", "")


def eventually(condition, seconds=5):
    """The engine makes new documents searchable within about a second (its refresh)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the index did not catch up"
        time.sleep(0.2)


def german_page_containing(word):
    return ResourcePage.objects.live().filter(locale__language_code="de", summary__icontains=word)


def test_german_inflected_forms_find_the_base_form(engine, client):
    # "Klimastreifens" (genitive) only matches "Klimastreifen" after German stemming.
    assert german_page_containing("Klimastreifen").exists()
    count, html = result_count(client, "de", "Klimastreifens")
    assert count >= 1
    assert german_page_containing("Klimastreifen").first().title in unmarked(html)


def test_words_typed_without_accents_find_accented_text(engine, client):
    with_accents, _html = result_count(client, "fr", "école")
    without, _html = result_count(client, "fr", "ecole")
    assert without == with_accents > 0


def test_results_stay_in_the_readers_language(engine, client):
    assert result_count(client, "en", "Klimastreifen")[0] == 0
    greek, _html = result_count(client, "el", "σχολείο")
    assert greek > 0


def test_publishing_and_unpublishing_update_the_index(engine, client):
    home = HomePage.objects.get(locale__language_code="de")
    page = home.add_child(
        instance=StandardPage(title="Zauberwürfelturniere an Schulen", slug="zauberwuerfel")
    )
    page.save_revision().publish()
    eventually(lambda: result_count(client, "de", "Zauberwürfelturnier")[0] == 1)

    page.unpublish()
    eventually(lambda: result_count(client, "de", "Zauberwürfelturnier")[0] == 0)
    Page.objects.get(pk=page.pk).delete()


def test_engine_down_gives_database_results_with_a_notice(engine, client):
    with override_settings(WAGTAILSEARCH_BACKENDS=backends("http://127.0.0.1:9")):
        response = client.get("/en/search/", {"q": "platform"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "The search engine is not available at the moment." in html
    assert int(re.search(r'id="results-heading">\s*(\d+)', html).group(1)) > 0


def test_search_page_query_budget(engine, client, django_assert_max_num_queries):
    params = {"q": "Schule", "subject": "mathematics", "languages": "all"}
    client.get("/de/search/", params)
    with django_assert_max_num_queries(15):
        client.get("/de/search/", params)


def test_suggestions_come_from_the_engine(engine, client):
    data = client.get("/de/search/suggest/", {"q": "Plattf"}).json()
    assert any("Plattform" in item["title"] for item in data["suggestions"])


def test_newest_first_on_the_engine(engine, client):
    response = client.get("/de/search/", {"q": "Schule", "sort": "newest"})
    assert response.context["notice"] is None  # answered by the engine
    dates = [page.first_published_at for page in response.context["results"]]
    assert len(dates) > 1
    assert dates == sorted(dates, reverse=True)


def options(response, name):
    facets = {item["name"]: item for item in response.context["facets"]}
    return {option["value"]: option["count"] for option in facets[name]["options"]}


def test_the_type_of_content_facet_on_the_engine(engine, client):
    response = client.get("/de/search/", {"q": "Schule"})
    assert response.context["notice"] is None
    types = options(response, "type")
    assert types.get("resources", 0) > 0
    narrowed = client.get("/de/search/", {"q": "Schule", "type": "resources"})
    assert narrowed.context["results"].paginator.count == types["resources"]
    assert options(narrowed, "type") == types


def test_subject_and_country_facets_on_the_engine(engine, client):
    everything = client.get("/en/search/", {"q": "pupils"})
    assert everything.context["notice"] is None
    subjects = options(everything, "subject")
    subject = max(subjects, key=subjects.get)
    by_subject = client.get("/en/search/", {"q": "pupils", "subject": subject})
    assert by_subject.context["results"].paginator.count == subjects[subject] > 1
    for page in by_subject.context["results"]:
        assert subject in [term.slug for term in page.subjects.all()]
    assert options(by_subject, "subject") == subjects  # the other subjects stay offered
    countries = options(by_subject, "country")
    country = next(iter(countries))
    both = client.get("/en/search/", {"q": "pupils", "subject": subject, "country": country})
    assert both.context["results"].paginator.count == countries[country]
    assert all(page.country.slug == country for page in both.context["results"])
    years = options(everything, "year")
    year = next(iter(years))
    by_year = client.get("/en/search/", {"q": "pupils", "year": year})
    assert by_year.context["results"].paginator.count == years[year]


def test_the_engine_highlights_inflected_matches(engine, client):
    _count, html = result_count(client, "de", "Klimastreifens")
    assert "<mark>Klimastreifen</mark>" in html


def test_all_languages_with_the_readers_language_first(engine, client):
    english_only = client.get("/en/search/", {"q": "school"})
    everywhere = client.get("/en/search/", {"q": "school", "languages": "all"})
    assert everywhere.context["notice"] is None
    english = english_only.context["results"].paginator.count
    assert everywhere.context["results"].paginator.count > english > 0
    ranked = []
    for number in range(1, english // 10 + 3):
        page = client.get("/en/search/", {"q": "school", "languages": "all", "page": number})
        ranked += [page_.locale.language_code for page_ in page.context["results"]]
    first_other = next(i for i, code in enumerate(ranked) if code != "en")
    assert first_other == english and "en" not in ranked[first_other:]
    assert (
        '<h3 lang="'
        in client.get(
            "/en/search/", {"q": "school", "languages": "all", "page": english // 10 + 2}
        ).content.decode()
    )


def test_a_renamed_subject_is_found_by_its_new_name(
    engine, client, django_capture_on_commit_callbacks
):
    from taxonomies.models import Subject

    subject = Subject.objects.get(locale__language_code="de", slug="mathematics")
    assert result_count(client, "de", "Zahlenkunstwerkstatt")[0] == 0
    with django_capture_on_commit_callbacks(execute=True):
        subject.name = "Zahlenkunstwerkstatt"
        subject.save()
    eventually(lambda: result_count(client, "de", "Zahlenkunstwerkstatt")[0] > 0)


def test_a_rebuild_swaps_the_alias_to_a_complete_new_index(engine, client):
    from wagtail.search.backends import get_search_backend

    alias = get_search_backend("language_de").get_index_for_model(Page).name

    def indexes_behind_alias():
        with urllib.request.urlopen(f"{ENGINE_URL}/_alias/{alias}") as response:
            return set(json.load(response))

    before = indexes_behind_alias()
    out = StringIO()
    call_command("rebuild_search_index", backend_name="language_de", stdout=out)
    after = indexes_behind_alias()
    assert len(after) == 1 and after != before  # a new index, the alias moved in one step
    pages = Page.objects.live().filter(locale__language_code="de").count()
    assert f"{alias}: " in out.getvalue()
    assert int(re.search(rf"{alias}: (\d+)", out.getvalue()).group(1)) >= pages - 1
    assert result_count(client, "de", "Schule")[0] > 0


@pytest.mark.parametrize("page", ["999999999999", "-3", "x"])
def test_page_numbers_out_of_range_on_the_engine(engine, client, page):
    response = client.get("/de/search/", {"q": "Schule", "page": page})
    assert response.status_code == 200
    assert response.context["notice"] is None  # answered by the engine, not the fallback
    assert len(response.context["results"].object_list) > 0
