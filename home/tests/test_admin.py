import pytest
from django.contrib.auth import get_user_model

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(user)
    return client


def test_editor_opens_the_english_home_page_in_the_admin(editor_client):
    home = HomePage.objects.get(locale__language_code="en")
    response = editor_client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 200
    assert "hero_heading" in response.content.decode()


def test_editor_opens_the_translation_editor_for_a_german_page(editor_client):
    german = StandardPage.objects.get(locale__language_code="de", slug="ueber-die-plattform")
    response = editor_client.get(f"/admin/pages/{german.pk}/edit/")
    assert response.status_code == 200
    assert "Über die Plattform" in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
