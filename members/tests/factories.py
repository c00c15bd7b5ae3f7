"""Members for tests: real accounts with a verified e-mail address and a profile."""

import io

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from PIL import Image

from members.models import Profile
from taxonomies.models import Country, canonical_terms

PASSWORD = "a-long-test-password-42"


def country(slug):
    return Country.objects.get(slug=slug, **canonical_terms())


def make_member(email, name=None, country_slug=None, verified=False, moderates=(), **profile):
    user = get_user_model().objects.create_user(username=email, email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    member_profile = Profile.objects.create(
        user=user,
        name=name or email.split("@")[0].title(),
        country=country(country_slug) if country_slug else None,
        **profile,
    )
    if verified:
        from django.utils import timezone

        member_profile.verified_at = timezone.now()
        member_profile.save()
    member_profile.moderated_countries.set([country(slug) for slug in moderates])
    return user


def image_file(size=(800, 600), image_format="JPEG", exif=None):
    image = Image.new("RGB", size, (30, 120, 200))
    buffer = io.BytesIO()
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def camera_exif():
    """EXIF data as a camera writes it, with a GPS position and the camera's make."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (37.0, 58.0, 0.0)}  # GPSInfo
    return exif
