import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_search_finds_pages_in_the_readers_language(client):
    html = client.get("/de/search/", {"q": "Plattform"}).content.decode()
    assert "Über die Plattform" in html or "über die Plattform" in html.lower()
    assert "About the platform" not in html


def test_search_does_not_return_other_languages(client):
    html = client.get("/en/search/", {"q": "Plattform"}).content.decode()
    assert "0 results" in html


def test_empty_search_shows_the_form_only(client):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert "results" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.parametrize("page", ["abc", "-1", "999999", ""])
def test_bad_page_numbers_are_harmless(client, page):
    assert client.get("/en/search/", {"q": "platform", "page": page}).status_code == 200


def test_overlong_queries_are_cut_not_rejected(client):
    response = client.get("/en/search/", {"q": "platform " * 100})
    assert response.status_code == 200


def _titles(response):
    return [page.title for page in response.context["results"]]


def test_editors_picks_come_first(client):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    from resources.models import ResourcePage

    pick = ResourcePage.objects.live().filter(locale__language_code="en").last()
    SearchPromotion.objects.create(query=Query.get("climate"), page=pick, sort_order=0)
    html = client.get("/en/search/", {"q": "climate"}).content.decode()
    picks_at = html.index("Editors' picks")
    assert picks_at < html.index(pick.title) < html.index('id="results-heading"')
    # The pick is for English readers: the German search for the same words does not show it.
    assert "Editors' picks" not in client.get("/de/search/", {"q": "climate"}).content.decode()


def test_results_newest_first(client):
    from resources.models import ResourcePage

    response = client.get("/en/search/", {"q": "pupils", "sort": "newest"})
    titles = _titles(response)
    assert len(titles) > 2
    dates = [
        ResourcePage.objects.get(title=title, locale__language_code="en").first_published_at
        for title in titles
        if ResourcePage.objects.filter(title=title, locale__language_code="en").exists()
    ]
    assert dates == sorted(dates, reverse=True)
    assert "sort=newest" in response.context["query_string"]


def test_suggestions_as_json_in_the_readers_language(client):
    data = client.get("/de/search/suggest/", {"q": "Plattf"}).json()
    titles = [item["title"] for item in data["suggestions"]]
    assert any("Plattform" in title for title in titles)
    assert all(item["url"].startswith("/de/") for item in data["suggestions"])
    assert client.get("/de/search/suggest/", {"q": "P"}).json() == {"suggestions": []}
    assert client.get("/de/search/suggest/", {"q": "%%%" * 200}).status_code == 200


def facet(response, name):
    """{value: option} of one facet on a search page."""
    facets = {item["name"]: item for item in response.context["facets"]}
    return {option["value"]: option for option in facets[name]["options"]}


def counts(response, name):
    return {value: option["count"] for value, option in facet(response, name).items()}


def test_the_type_of_content_facet_counts_and_narrows(client):
    from resources.models import ResourcePage

    response = client.get("/en/search/", {"q": "pupils"})
    types = counts(response, "type")
    assert types["resources"] > 0

    narrowed = client.get("/en/search/", {"q": "pupils", "type": "resources"})
    assert narrowed.context["results"].paginator.count == types["resources"]
    assert all(isinstance(page, ResourcePage) for page in narrowed.context["results"])
    # The other types stay offered, with their counts, while one is chosen.
    assert counts(narrowed, "type") == types
    assert facet(narrowed, "type")["resources"]["selected"]


def test_subject_and_country_facets_narrow_together(client):
    from resources.models import ResourcePage

    everything = client.get("/en/search/", {"q": "pupils"})
    subjects = counts(everything, "subject")
    subject = max(subjects, key=subjects.get)
    assert subjects[subject] > 1
    by_subject = client.get("/en/search/", {"q": "pupils", "subject": subject})
    assert by_subject.context["results"].paginator.count == subjects[subject]
    for page in by_subject.context["results"]:
        assert subject in [term.slug for term in page.subjects.all()]
    # The other subjects stay offered with what choosing them would add.
    assert counts(by_subject, "subject") == subjects

    countries = counts(by_subject, "country")
    country = next(iter(countries))
    both = client.get("/en/search/", {"q": "pupils", "subject": subject, "country": country})
    assert both.context["results"].paginator.count == countries[country] <= subjects[subject]
    for page in both.context["results"]:
        assert page.country.slug == country and isinstance(page, ResourcePage)
    html = both.content.decode()
    assert f'id="f-subject-{subject}"' in html and "Clear all filters" in html


def test_the_year_and_language_facets_count_what_they_narrow(client):
    response = client.get("/en/search/", {"q": "pupils"})
    for name in ("year", "language", "level"):
        options = counts(response, name)
        assert options, name
        value = next(iter(options))
        narrowed = client.get("/en/search/", {"q": "pupils", name: value})
        assert narrowed.context["results"].paginator.count == options[value], name


@pytest.mark.parametrize(
    "params",
    [
        {"subject": "no-such-subject"},
        {"year": "19999"},
        {"year": "<b>"},
        {"country": ["de", "xx", ""]},
        {"type": ["resources", "nonsense"]},
    ],
)
def test_unknown_facet_values_are_ignored(client, params):
    response = client.get("/en/search/", {"q": "pupils", **params})
    assert response.status_code == 200
    assert not any(
        value not in ("de", "resources")
        for values in response.context["facets"]
        for value in [o["value"] for o in values["options"] if o["selected"]]
    )


def test_matches_are_highlighted_and_the_rest_escaped(client):
    from resources.models import ResourcePage

    page = ResourcePage.objects.live().filter(locale__language_code="en").first()
    page.title = "Fractions <em>with</em> pizza école"
    page.save_revision().publish()
    html = client.get("/en/search/", {"q": "fractions pizza"}).content.decode()
    assert "<mark>Fractions</mark> &lt;em&gt;with&lt;/em&gt; <mark>pizza</mark> école" in html
    assert "<em>with</em>" not in html


def test_highlighting_ignores_case_and_accents():
    from search.highlight import highlight_words

    marked = highlight_words("L'École des <b>Sciences</b>", "ecole SCIENCE")
    assert marked == "L&#x27;<mark>École</mark> des &lt;b&gt;<mark>Sciences</mark>&lt;/b&gt;"


def test_all_languages_on_request_with_the_readers_language_first(client):
    only_english = client.get("/en/search/", {"q": "Plattform"})
    assert only_english.context["results"].paginator.count == 0
    assert "languages=all" in only_english.context["all_languages_query"]
    everywhere = client.get("/en/search/", {"q": "Plattform", "languages": "all"})
    html = everywhere.content.decode()
    assert everywhere.context["results"].paginator.count > 0
    assert '<h3 lang="de">' in html and "Deutsch" in html


def test_search_page_query_budget_on_the_database(client, django_assert_max_num_queries):
    params = {"q": "pupils", "subject": "mathematics", "type": "resources"}
    client.get("/en/search/", params)
    with django_assert_max_num_queries(20):
        response = client.get("/en/search/", params)
    assert response.status_code == 200


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="text-search configurations are PostgreSQL's"
)
def test_postgresql_analyses_each_language_with_its_own_configuration(client):
    # German stemming on both sides: the genitive finds the base form, as on the engine.
    response = client.get("/de/search/", {"q": "Klimastreifens"})
    titles = [page.title for page in response.context["results"]]
    assert any("Klimastreifen" in title for title in titles)
    # English pages keep English stemming: "teachers" finds "teacher".
    assert client.get("/en/search/", {"q": "teachers"}).context["results"].paginator.count > 0
