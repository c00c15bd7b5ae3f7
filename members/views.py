"""The members' pages: own profile, profiles, directory, verification, moderation, data rights.
Every view checks its permission through ``members.rules``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from members import rules
from members.data import erase_member, export_archive
from members.directory import DirectoryFilter, listed_profiles
from members.forms import DecisionForm, DeleteAccountForm, ProfileForm, VerificationRequestForm
from members.models import Profile, VerificationRequest
from members.verification import decide, pending_request, request_verification

MEMBERS_PER_PAGE = 24


@login_required
def home(request):
    """The signed-in member's own page: profile, verification state and data rights."""
    profile = rules.profile_of(request.user)
    return render(
        request,
        "members/home.html",
        {
            "profile": profile,
            "pending_request": pending_request(request.user),
            "last_request": request.user.verification_requests.order_by("-created_at").first(),
            "is_moderator": rules.is_moderator(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit_profile(request):
    profile = rules.profile_of(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("members:home")
    return render(request, "members/profile_form.html", {"form": form})


def profile(request, pk):
    profile = get_object_or_404(
        Profile.objects.select_related("user", "country").prefetch_related(
            "subjects", "levels", "languages"
        ),
        pk=pk,
    )
    if not rules.can_view_profile(request.user, profile):
        if not rules.is_member(request.user):
            return redirect_to_login(request.get_full_path())
        raise Http404
    return render(
        request,
        "members/profile.html",
        {"profile": profile, "parts": rules.visible_parts(request.user, profile)},
    )


@require_GET
def photo(request, pk):
    """Photos are served through this view, so that their visibility setting holds."""
    profile = get_object_or_404(Profile.objects.select_related("user"), pk=pk)
    if not profile.photo or "photo" not in rules.visible_parts(request.user, profile):
        raise Http404
    response = FileResponse(profile.photo.open("rb"), content_type="image/jpeg")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@login_required
def directory(request):
    members = DirectoryFilter(request.GET or None, queryset=listed_profiles(), request=request)
    page = Paginator(members.qs, MEMBERS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "members/directory.html",
        {"filter": members, "members_page": page, "query_string": query.urlencode()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def verification(request):
    profile = rules.profile_of(request.user)
    pending = pending_request(request.user)
    form = None
    if not profile.is_verified and not pending:
        initial = {
            "country": profile.country,
            "school_name": profile.school_name,
            "school_town": profile.school_town,
            "school_type": profile.school_type,
            "role": profile.role,
        }
        form = VerificationRequestForm(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid():
            request_verification(request.user, form)
            messages.success(
                request,
                _("Thank you. A national moderator of your country will review your request."),
            )
            return redirect("members:home")
    elif request.method == "POST":
        messages.info(request, _("There is nothing to request: see your status below."))
        return redirect("members:home")
    return render(
        request,
        "members/verification.html",
        {"profile": profile, "pending_request": pending, "form": form},
    )


@login_required
def moderation_queue(request):
    if not rules.is_moderator(request.user):
        raise Http404
    requests = rules.requests_for_moderator(
        request.user,
        VerificationRequest.objects.filter(status=VerificationRequest.Status.PENDING)
        .select_related("member__profile", "country")
        .order_by("created_at"),
    )
    page = Paginator(requests, 50).get_page(request.GET.get("page"))
    return render(request, "members/moderation_queue.html", {"requests_page": page})


@login_required
@require_http_methods(["GET", "POST"])
def moderation_decision(request, pk):
    verification_request = get_object_or_404(
        VerificationRequest.objects.select_related("member__profile", "country"), pk=pk
    )
    if not rules.can_decide(request.user, verification_request):
        raise Http404
    if verification_request.status != VerificationRequest.Status.PENDING:
        messages.info(request, _("This request has already been decided."))
        return redirect("members:moderation")
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decide(
            request.user,
            verification_request,
            form.cleaned_data["decision"],
            form.cleaned_data["reason"],
        )
        messages.success(request, _("Your decision has been saved and the member informed."))
        return redirect("members:moderation")
    return render(
        request,
        "members/moderation_decision.html",
        {"verification_request": verification_request, "form": form},
    )


@login_required
@require_http_methods(["GET", "POST"])
def my_data(request):
    if request.method == "POST":
        response = HttpResponse(export_archive(request.user), content_type="application/zip")
        response["Content-Disposition"] = 'attachment; filename="my-data.zip"'
        return response
    return render(request, "members/my_data.html")


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        erase_member(request, request.user)
        messages.success(request, _("Your account has been deleted. Goodbye."))
        return redirect("/")
    return render(request, "members/delete_account.html", {"form": form})
