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
