"""Editors must describe every image: the alternative text is required in the admin."""

import pytest
from django.contrib.auth import get_user_model

from demo.images import demo_image

pytestmark = pytest.mark.django_db


def test_an_image_without_alternative_text_is_refused_and_left_unchanged(client):
    editor = get_user_model().objects.create_superuser("img-editor", "img@example.org", "pw")
    client.force_login(editor)
    image = demo_image("alt-test", "Garden", "Pupils planting beans")
    response = client.post(
        f"/admin/images/{image.pk}/",
        {"title": "Renamed", "description": "", "collection": image.collection_id, "tags": ""},
    )
    assert response.status_code == 200  # the form again, with the error
    assert "This field is required." in response.content.decode()
    image.refresh_from_db()
    assert (image.title, image.description) == ("Garden", "Pupils planting beans")

    response = client.post(
        f"/admin/images/{image.pk}/",
        {"title": "Renamed", "description": "Beans", "collection": image.collection_id, "tags": ""},
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.description == "Beans"
