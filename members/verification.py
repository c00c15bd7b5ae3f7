"""Verification of teachers: a member asks, a national moderator of their country decides, the
member is told. Every step goes to Wagtail's audit log (Reports > Site history)."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from members.models import Profile, VerificationRequest
from members.notices import notify
from members.rules import can_decide, profile_of

Status = VerificationRequest.Status


def pending_request(user):
    return VerificationRequest.objects.filter(member=user, status=Status.PENDING).first()


@transaction.atomic
def request_verification(user, form):
    """Save the member's request and copy the school details into their profile."""
    verification_request = form.save(commit=False)
    verification_request.member = user
    verification_request.save()
    profile = profile_of(user)
    for field in ("country", "school_name", "school_town", "school_type", "role"):
        setattr(profile, field, getattr(verification_request, field))
    profile.save()
    log(verification_request, "members.verification_requested", user=user)
    moderators = [
        moderator.user
        for moderator in Profile.objects.filter(
            moderated_countries=verification_request.country, user__is_active=True
        ).select_related("user")
    ]
    transaction.on_commit(
        lambda: [
            notify(
                moderator,
                "members/email/new_request",
                {"request": verification_request, "base_url": settings.WAGTAILADMIN_BASE_URL},
            )
            for moderator in moderators
        ]
    )
    return verification_request


@transaction.atomic
def decide(moderator, verification_request, decision, reason):
    """Approve or reject a pending request; ``PermissionError`` if the moderator may not."""
    verification_request = VerificationRequest.objects.select_for_update().get(
        pk=verification_request.pk
    )
    if not can_decide(moderator, verification_request):
        raise PermissionError
    if verification_request.status != Status.PENDING:
        return verification_request  # decided meanwhile, e.g. by another moderator
    verification_request.status = decision
    verification_request.reason = reason.strip()
    verification_request.decided_by = moderator
    verification_request.decided_at = timezone.now()
    verification_request.save()
    if decision == Status.APPROVED:
        Profile.objects.filter(user=verification_request.member).update(
            verified_at=verification_request.decided_at
        )
    log(
        verification_request,
        f"members.verification_{decision}",
        user=moderator,
        data={"reason": verification_request.reason},
    )
    member = verification_request.member
    transaction.on_commit(
        lambda: notify(
            member,
            "members/email/verification_decision",
            {"request": verification_request, "member": member},
        )
    )
    return verification_request
