"""Data rights: a member downloads everything held about them, and deletes their account."""

import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ModelLogEntry

from members.models import Consent, Profile, VerificationRequest
from members.tests.factories import PASSWORD, country, image_file, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    user = make_member("maria@example.org", name="Maria Papadopoulou", country_slug="gr")
    Consent.objects.create(user=user, document="terms", version="2026-12")
    VerificationRequest.objects.create(
        member=user,
        country=country("gr"),
        school_name="1st Primary School of Volos",
        school_town="Volos",
        school_type="primary",
        role="teacher",
        status="rejected",
        reason="Not listed",
    )
    client.force_login(user)
    profile = user.profile
    profile.photo.save("x.jpg", SimpleUploadedFile("x.jpg", image_file()))
    return user


def test_the_export_holds_the_profile_consents_requests_and_photo(client, member):
    response = client.post("/en/members/me/data/")
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("data.json"))
    assert data["account"]["email"] == "maria@example.org"
    assert data["profile"]["name"] == "Maria Papadopoulou"
    assert data["profile"]["country"] == "gr"
    assert data["consents"][0]["version"] == "2026-12"
    assert data["verification_requests"][0]["reason"] == "Not listed"
    assert archive.read("photo.jpg")[:2] == b"\xff\xd8"


def test_the_export_is_for_the_signed_in_member_only(client, member):
    client.logout()
    assert client.post("/en/members/me/data/").status_code == 302


def test_a_wrong_password_deletes_nothing(client, member):
    response = client.post("/en/members/me/delete/", {"confirm": "on", "password": "wrong"})
    assert response.status_code == 200
    assert "not your password" in response.content.decode()
    assert Profile.objects.filter(user=member).exists()


def test_deleting_erases_personal_data_and_keeps_decisions(
    client, member, django_capture_on_commit_callbacks
):
    photo = member.profile.photo
    storage, photo_name = photo.storage, photo.name
    undecided = VerificationRequest.objects.create(
        member=member, country=country("gr"), school_name="S", school_town="T", role="teacher"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/members/me/delete/", {"confirm": "on", "password": PASSWORD})
    assert response.status_code == 302
    user = get_user_model().objects.get(pk=member.pk)
    assert not user.is_active
    assert user.email == ""
    assert "maria" not in user.username
    assert not Profile.objects.filter(user=user).exists()
    assert not Consent.objects.filter(user=user).exists()
    assert not storage.exists(photo_name)
    decision = VerificationRequest.objects.get(reason="Not listed")
    assert decision.member is None
    assert decision.school_name == ""
    assert not VerificationRequest.objects.filter(pk=undecided.pk).exists()  # off the queue
    assert ModelLogEntry.objects.filter(action="members.account_deleted").exists()
    # Signed out, and the old credentials no longer work.
    assert client.get("/en/members/me/").status_code == 302
    assert not client.login(username="maria@example.org", password=PASSWORD)
