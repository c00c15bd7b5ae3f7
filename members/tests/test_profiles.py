"""Profiles: who sees which part, and photo uploads (good, fake, too big, camera data)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from members.models import Profile, Visibility
from members.tests.factories import camera_exif, image_file, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher():
    user = make_member(
        "eleni@example.org",
        name="Eleni Georgiou",
        country_slug="gr",
        school_name="2nd Lyceum of Patras",
        bio="I teach history.",
        name_visibility=Visibility.PUBLIC,
        country_visibility=Visibility.PUBLIC,
        school_visibility=Visibility.MEMBERS,
        bio_visibility=Visibility.PRIVATE,
    )
    return user.profile


def signed_in(client, email="someone@example.org"):
    client.force_login(make_member(email))
    return client


def test_anonymous_visitors_see_only_public_parts(client, teacher):
    html = client.get(f"/en/members/{teacher.pk}/").content.decode()
    assert "Eleni Georgiou" in html
    assert "Greece" in html
    assert "2nd Lyceum of Patras" not in html
    assert "I teach history." not in html


def test_members_see_members_only_parts_but_not_private_ones(client, teacher):
    html = signed_in(client).get(f"/en/members/{teacher.pk}/").content.decode()
    assert "2nd Lyceum of Patras" in html
    assert "I teach history." not in html


def test_the_owner_sees_everything(client, teacher):
    client.force_login(teacher.user)
    html = client.get(f"/en/members/{teacher.pk}/").content.decode()
    assert "I teach history." in html


def test_a_profile_shown_to_members_only_sends_visitors_to_sign_in(client, teacher):
    Profile.objects.filter(pk=teacher.pk).update(name_visibility=Visibility.MEMBERS)
    response = client.get(f"/en/members/{teacher.pk}/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_private_profile_is_not_found_by_other_members(client, teacher):
    Profile.objects.filter(pk=teacher.pk).update(name_visibility=Visibility.PRIVATE)
    assert signed_in(client).get(f"/en/members/{teacher.pk}/").status_code == 404


def test_country_and_school_names_are_in_the_readers_language(client, teacher):
    html = client.get(f"/el/members/{teacher.pk}/").content.decode()
    assert "Ελλάδα" in html


def edit(client, profile, **changes):
    data = {
        "name": profile.name,
        "country": profile.country_id or "",
        **{f"{part}_visibility": profile.visibility_of(part) for part in Profile.PARTS},
        **changes,
    }
    return client.post("/en/members/me/profile/", data)


def test_a_photo_is_stored_without_camera_data_and_scaled_down(client, teacher):
    client.force_login(teacher.user)
    upload = SimpleUploadedFile(
        "me.jpg", image_file((2400, 1800), exif=camera_exif()), content_type="image/jpeg"
    )
    response = edit(client, teacher, photo=upload)
    assert response.status_code == 302
    teacher.refresh_from_db()
    with teacher.photo.open("rb") as stored, Image.open(stored) as image:
        assert max(image.size) == 600
        assert not image.getexif()
    assert "PhoneMaker" not in teacher.photo.open("rb").read().decode("latin-1")


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"<?php echo 'hello'; ?>", "photo.jpg", "not a photo we can read"),
        (b"GIF89a" + b"\x00" * 100, "photo.gif", "not a photo we can read"),
        (image_file((40, 40)), "small.jpg", "too small"),
        (b"\xff\xd8" + b"\x00" * (5 * 1024 * 1024 + 10), "big.jpg", "too large"),
    ],
)
def test_bad_photos_get_a_clear_error_and_change_nothing(client, teacher, content, name, message):
    client.force_login(teacher.user)
    response = edit(client, teacher, photo=SimpleUploadedFile(name, content), bio="Changed")
    assert response.status_code == 200
    assert message in response.content.decode()
    teacher.refresh_from_db()
    assert not teacher.photo
    assert teacher.bio == "I teach history."


def test_a_photo_with_too_many_pixels_is_refused(client, teacher):
    # A small PNG file that would decode to 30 million pixels.
    buffer = io.BytesIO()
    Image.new("1", (6000, 5000)).save(buffer, "PNG")
    client.force_login(teacher.user)
    response = edit(client, teacher, photo=SimpleUploadedFile("huge.png", buffer.getvalue()))
    assert "too many pixels" in response.content.decode()


def test_the_photo_follows_its_visibility(client, teacher):
    client.force_login(teacher.user)
    upload = SimpleUploadedFile("me.jpg", image_file(), content_type="image/jpeg")
    edit(client, teacher, photo=upload, photo_visibility=Visibility.MEMBERS)
    assert client.get(f"/en/members/{teacher.pk}/photo/").status_code == 200
    client.logout()
    assert client.get(f"/en/members/{teacher.pk}/photo/").status_code == 404
    signed_in(client)
    assert client.get(f"/en/members/{teacher.pk}/photo/").status_code == 200


def test_removing_the_photo_deletes_the_file(client, teacher):
    client.force_login(teacher.user)
    edit(client, teacher, photo=SimpleUploadedFile("me.jpg", image_file()))
    teacher.refresh_from_db()
    storage, name = teacher.photo.storage, teacher.photo.name
    assert storage.exists(name)
    edit(client, teacher, remove_photo="on")
    teacher.refresh_from_db()
    assert not teacher.photo
    assert not storage.exists(name)


def test_only_the_owner_edits_a_profile(client, teacher):
    signed_in(client, "intruder@example.org")
    edit(client, Profile.objects.get(user__email="intruder@example.org"), name="Hacked")
    teacher.refresh_from_db()
    assert teacher.name == "Eleni Georgiou"


def test_editing_needs_a_signed_in_member(client):
    response = client.get("/en/members/me/profile/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
