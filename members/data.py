"""A member's data rights: everything we hold about them as a download, and erasure."""

import io
import json
import zipfile

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import logout
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from wagtail.log_actions import log

from courses.registration import participations, withdraw
from members.models import Consent, Profile, VerificationRequest


def _terms(queryset):
    return [{"slug": term.slug, "name": term.name} for term in queryset]


def member_data(user):
    """Everything the platform holds about ``user``, as plain JSON-ready data."""
    profile = Profile.objects.filter(user=user).select_related("country").first()
    data = {
        "account": {
            "email": user.email,
            "joined": user.date_joined,
            "last_login": user.last_login,
            "email_addresses": list(
                EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
            ),
            "single_sign_on": list(
                SocialAccount.objects.filter(user=user).values("provider", "uid", "date_joined")
            ),
        },
        "consents": list(
            Consent.objects.filter(user=user).values("document", "version", "accepted_at")
        ),
        "verification_requests": [
            {
                "country": request.country.slug,
                "school_name": request.school_name,
                "school_town": request.school_town,
                "school_type": request.school_type,
                "role": request.role,
                "evidence": request.evidence,
                "status": request.status,
                "reason": request.reason,
                "requested": request.created_at,
                "decided": request.decided_at,
            }
            for request in VerificationRequest.objects.filter(member=user).select_related("country")
        ],
        "course_and_event_registrations": participations(user),
        "profile": None,
    }
    if profile:
        data["profile"] = {
            "name": profile.name,
            "country": profile.country.slug if profile.country else None,
            "school_name": profile.school_name,
            "school_town": profile.school_town,
            "school_type": profile.school_type,
            "role": profile.role,
            "subjects": _terms(profile.subjects.all()),
            "education_levels": _terms(profile.levels.all()),
            "languages_spoken": _terms(profile.languages.all()),
            "bio": profile.bio,
            "photo": "photo.jpg" if profile.photo else None,
            "visibility": {part: profile.visibility_of(part) for part in Profile.PARTS},
            "language_for_emails": profile.language,
            "verified_as_teacher": profile.verified_at,
            "national_moderator_for": [c.slug for c in profile.moderated_countries.all()],
            "joined": profile.created_at,
        }
    return data


def export_archive(user):
    """A ZIP file with ``data.json`` and the member's uploaded files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        data = member_data(user)
        archive.writestr("data.json", json.dumps(data, cls=DjangoJSONEncoder, indent=2))
        profile = Profile.objects.filter(user=user).first()
        if profile and profile.photo:
            with profile.photo.open("rb") as photo:
                archive.writestr("photo.jpg", photo.read())
    return buffer.getvalue()


def erase_member(request, user):
    """Erase the member's personal data and close the account. The account row stays, without
    anything personal, so that what they wrote in shared spaces shows as a former member's;
    moderators' decisions on their requests stay in the audit log."""
    with transaction.atomic():
        withdraw(user)
        profile = Profile.objects.filter(user=user).first()
        photo = profile.photo if profile and profile.photo else None
        # An undecided request goes; decided ones stay for the moderators' records.
        VerificationRequest.objects.filter(
            member=user, status=VerificationRequest.Status.PENDING
        ).delete()
        VerificationRequest.objects.filter(member=user).update(
            member=None, school_name="", school_town="", evidence=""
        )
        Consent.objects.filter(user=user).delete()
        EmailAddress.objects.filter(user=user).delete()
        SocialAccount.objects.filter(user=user).delete()
        if profile:
            profile.delete()
        user.username = f"former-member-{user.pk}"
        user.email = user.first_name = user.last_name = ""
        user.is_active = user.is_staff = user.is_superuser = False
        user.set_unusable_password()
        user.save()
        user.groups.clear()
        user.user_permissions.clear()
        log(user, "members.account_deleted", user=user)
        if photo:
            transaction.on_commit(lambda: photo.storage.delete(photo.name))
    logout(request)
