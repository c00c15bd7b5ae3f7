"""Wagtail's API v2 serves live, public pages per language, images and documents."""

import pytest
from wagtail.models import PageViewRestriction

from news.models import ArticlePage
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


def test_pages_of_one_type_and_language_with_their_fields(client):
    response = client.get(
        "/api/v2/pages/",
        {"type": "resources.ResourcePage", "locale": "de", "fields": "summary,subjects,licence"},
    )
    assert response.status_code == 200
    data = response.json()
    german = ResourcePage.objects.live().filter(locale__language_code="de")
    assert data["meta"]["total_count"] == german.count() > 0
    item = data["items"][0]
    page = german.get(pk=item["id"])
    assert item["summary"] == page.summary
    assert item["subjects"] == list(page.subjects.values_list("slug", flat=True))
    assert item["meta"]["locale"] == "de"


def test_detail_of_an_article(client):
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    data = client.get(f"/api/v2/pages/{article.pk}/").json()
    assert data["title"] == article.title
    assert data["kind"] == article.kind and data["date"] == article.date.isoformat()


def test_unpublished_and_restricted_pages_stay_out(client):
    resources = ResourcePage.objects.live().filter(locale__language_code="en")
    hidden, restricted = resources[0], resources[1]
    hidden.unpublish()
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    for page in (hidden, restricted):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    listed = client.get("/api/v2/pages/", {"type": "resources.ResourcePage", "limit": 100}).json()
    ids = {item["id"] for item in listed["items"]}
    assert hidden.pk not in ids and restricted.pk not in ids


def test_images_and_documents(client):
    assert client.get("/api/v2/images/").json()["meta"]["total_count"] > 0
    assert client.get("/api/v2/documents/").json()["meta"]["total_count"] > 0


def test_bad_parameters_get_a_clear_error(client):
    response = client.get("/api/v2/pages/", {"type": "nope.Nothing"})
    assert response.status_code == 400
    assert "type doesn't exist" in response.json()["message"]
