"""Members in the Wagtail admin: profiles and the verification queue, filtered, with the
moderators' actions in the audit log."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from members.models import Profile, VerificationRequest
from members.rules import requests_for_moderator


@hooks.register("register_log_actions")
def register_member_actions(actions):
    actions.register_action(
        "members.verification_requested", _("Verification requested"), _("Verification requested")
    )
    actions.register_action(
        "members.verification_approved", _("Verification approved"), _("Verification approved")
    )
    actions.register_action(
        "members.verification_rejected", _("Verification rejected"), _("Verification rejected")
    )
    actions.register_action("members.account_deleted", _("Account deleted"), _("Account deleted"))


class ProfileViewSet(ModelViewSet):
    model = Profile
    icon = "user"
    menu_label = _("Member profiles")
    list_display = ["name", "country", "role", "verified_at", "created_at"]
    list_filter = ["country", "role", "school_type", "verified_at"]
    search_fields = ["name", "school_name", "school_town", "user__email"]
    form_fields = [
        "name",
        "country",
        "school_name",
        "school_town",
        "school_type",
        "role",
        "bio",
        "verified_at",
        "moderated_countries",
    ]
    add_to_admin_menu = False
    copy_view_enabled = False


class InspectOnlyPolicy(ModelPermissionPolicy):
    """Verification requests are decided on the moderation page (``members.verification``), which
    checks the moderator's country, logs the decision and informs the member; the admin lists
    and inspects them."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a == "view"])


register_permission_policy(VerificationRequest, InspectOnlyPolicy(VerificationRequest))


class VerificationRequestViewSet(ModelViewSet):
    model = VerificationRequest
    icon = "tick"
    menu_label = _("Verification requests")
    list_display = ["__str__", "country", "school_name", "status", "created_at", "decided_at"]
    list_filter = ["status", "country"]
    form_fields = ["status", "reason"]  # unused: the policy allows no editing
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_queryset(self, request):
        return requests_for_moderator(
            request.user, VerificationRequest.objects.select_related("country")
        )


class MembersGroup(ViewSetGroup):
    menu_label = _("Members")
    menu_icon = "group"
    menu_order = 250
    items = (ProfileViewSet, VerificationRequestViewSet)


@hooks.register("register_admin_viewset")
def register_members():
    return MembersGroup()
