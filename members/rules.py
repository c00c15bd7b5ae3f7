"""Who may see and do what with members: every permission decision of the app is made here.

Roles: visitor (anonymous), member (signed up), verified teacher, national moderator (for one or
more countries), editor (Wagtail groups) and administrator (superuser).
"""

from members.models import Profile, Visibility


def is_member(user):
    return user.is_authenticated and user.is_active


def profile_of(user):
    """The member's profile, created on first use (e.g. for accounts made with createsuperuser)."""
    profile, _created = Profile.objects.get_or_create(
        user=user, defaults={"name": user.get_full_name() or user.email.split("@")[0]}
    )
    return profile


def is_verified_teacher(user):
    return is_member(user) and Profile.objects.filter(user=user, verified_at__isnull=False).exists()


def visibilities_for(viewer, profile=None):
    """The visibility levels ``viewer`` may see on ``profile`` (or on other members' profiles)."""
    if profile is not None and (viewer.is_superuser or viewer.pk == profile.user_id):
        return set(Visibility.values)
    if is_member(viewer):
        return {Visibility.PUBLIC, Visibility.MEMBERS}
    return {Visibility.PUBLIC}


def visible_parts(viewer, profile):
    levels = visibilities_for(viewer, profile)
    return {part for part in Profile.PARTS if profile.visibility_of(part) in levels}


def can_view_profile(viewer, profile):
    """A profile page exists for a viewer when the member's name is visible to them."""
    return profile.user.is_active and "name" in visible_parts(viewer, profile)


def can_use_directory(user):
    return is_member(user)


def moderated_country_ids(user):
    if not is_member(user):
        return set()
    return set(
        Profile.moderated_countries.through.objects.filter(profile__user=user).values_list(
            "country_id", flat=True
        )
    )


def is_moderator(user):
    return user.is_superuser or bool(moderated_country_ids(user))


def can_decide(user, verification_request):
    """National moderators decide for their own countries, never on their own request."""
    if not is_member(user) or verification_request.member_id == user.pk:
        return False
    return user.is_superuser or verification_request.country_id in moderated_country_ids(user)


def requests_for_moderator(user, queryset):
    if user.is_superuser:
        return queryset
    return queryset.filter(country_id__in=moderated_country_ids(user)).exclude(member=user)
