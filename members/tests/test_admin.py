"""Members in the Wagtail admin: administrators list and filter profiles and requests; the
verification queue is inspect-only (decisions go through the moderation page)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from members.models import VerificationRequest
from members.tests.factories import country, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    client.force_login(admin)
    return client


@pytest.fixture
def request_from_greece():
    member = make_member("maria@example.org", name="Maria Papadopoulou", country_slug="gr")
    return VerificationRequest.objects.create(
        member=member,
        country=country("gr"),
        school_name="1st Primary School of Volos",
        school_town="Volos",
        school_type="primary",
        role="teacher",
    )


def test_profiles_are_listed_and_filtered_by_country(admin_client):
    make_member("pl@example.org", name="Polish Teacher", country_slug="pl")
    make_member("de@example.org", name="German Teacher", country_slug="de")
    url = reverse("profile:index")
    html = admin_client.get(url, {"country": country("pl").pk}).content.decode()
    assert "Polish Teacher" in html
    assert "German Teacher" not in html


def test_requests_are_listed_but_cannot_be_edited_in_the_admin(admin_client, request_from_greece):
    html = admin_client.get(reverse("verificationrequest:index")).content.decode()
    assert "1st Primary School of Volos" in html
    edit = reverse("verificationrequest:edit", args=[request_from_greece.pk])
    response = admin_client.post(edit, {"status": "approved", "reason": ""})
    assert response.status_code in (302, 403)
    request_from_greece.refresh_from_db()
    assert request_from_greece.status == VerificationRequest.Status.PENDING


def test_members_without_admin_access_are_kept_out(client, request_from_greece):
    client.force_login(make_member("moderator@example.org", moderates=["gr"]))
    response = client.get(reverse("verificationrequest:index"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
