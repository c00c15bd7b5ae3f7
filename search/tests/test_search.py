import pytest

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


def test_the_type_of_content_facet_counts_and_narrows(client):
    from resources.models import ResourcePage

    response = client.get("/en/search/", {"q": "pupils"})
    options = {option["value"]: option for option in response.context["type_options"]}
    assert options["resources"]["count"] > 0
    assert response.context["total_matches"] == response.context["results"].paginator.count

    narrowed = client.get("/en/search/", {"q": "pupils", "type": "resources"})
    titles = _titles(narrowed)
    assert narrowed.context["results"].paginator.count == options["resources"]["count"]
    assert all(
        ResourcePage.objects.filter(title=title, locale__language_code="en").exists()
        for title in titles
    )
    # The other types stay offered, with their counts, while one is chosen.
    assert [option["count"] for option in narrowed.context["type_options"]] == [
        option["count"] for option in response.context["type_options"]
    ]
    assert 'aria-current="true">Teaching materials' in narrowed.content.decode()


def test_an_unknown_type_is_ignored(client):
    response = client.get("/en/search/", {"q": "pupils", "type": "nonsense"})
    assert response.status_code == 200
    assert response.context["selected_type"] == ""
