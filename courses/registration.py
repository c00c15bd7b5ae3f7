"""Registration on this platform for a course or an event: places up to the capacity, then a
waiting list in order of arrival; a freed place goes to the first on the list, who is told."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import Participant, Registration
from courses.schedule import Status as When
from members.notices import notify
from members.rules import is_member

Status = Participant.Status


@dataclass
class RegistrationState:
    open: bool
    places_left: int | None  # None: no limit
    status: str | None = None  # the reader's own, if registered
    waiting_position: int | None = None

    @property
    def confirmed(self):
        return self.status == Status.CONFIRMED


def is_open(page):
    if page.registration != Registration.PLATFORM or page.status == When.PAST:
        return False
    deadline = getattr(page, "enrolment_deadline", None)
    return not deadline or timezone.localdate() <= deadline


def _places_left(page):
    if not page.capacity:
        return None
    taken = Participant.objects.filter(item_key=page.translation_key, status=Status.CONFIRMED)
    return max(page.capacity - taken.count(), 0)


def registration_state(page, user):
    """What the page shows the reader about registration (``None`` when it runs elsewhere)."""
    if page.registration != Registration.PLATFORM:
        return None
    state = RegistrationState(open=is_open(page), places_left=_places_left(page))
    if is_member(user):
        own = Participant.objects.filter(item_key=page.translation_key, user=user).first()
        if own:
            state.status = own.status
            if own.status == Status.WAITING:
                state.waiting_position = Participant.objects.filter(
                    item_key=page.translation_key,
                    status=Status.WAITING,
                    pk__lte=own.pk,
                ).count()
    return state


def _lock(page):
    # Serialises registrations for one item (a row lock on PostgreSQL; SQLite locks the database).
    Page.objects.select_for_update().filter(pk=page.pk).exists()


@transaction.atomic
def register(page, user):
    """Give the member a place, or a place on the waiting list; returns the status."""
    _lock(page)
    places_left = _places_left(page)
    status = Status.CONFIRMED if places_left is None or places_left > 0 else Status.WAITING
    try:
        with transaction.atomic():
            Participant.objects.create(item_key=page.translation_key, user=user, status=status)
    except IntegrityError:  # already registered (e.g. a second click)
        return Participant.objects.get(item_key=page.translation_key, user=user).status
    transaction.on_commit(
        lambda: notify(
            user, "courses/email/registration", {"page": page, "status": status, "member": user}
        )
    )
    return status


@transaction.atomic
def cancel(page, user):
    """Free the member's place; the first member on the waiting list gets it and is told."""
    _lock(page)
    own = Participant.objects.filter(item_key=page.translation_key, user=user).first()
    if own is None:
        return None
    own.delete()
    if own.status != Status.CONFIRMED:
        return None
    first_waiting = (
        Participant.objects.filter(item_key=page.translation_key, status=Status.WAITING)
        .select_related("user")
        .first()
    )
    if first_waiting and (_places_left(page) or 0) > 0:
        first_waiting.status = Status.CONFIRMED
        first_waiting.save(update_fields=["status"])
        promoted = first_waiting.user
        transaction.on_commit(
            lambda: notify(
                promoted,
                "courses/email/registration",
                {"page": page, "status": Status.CONFIRMED, "member": promoted, "promoted": True},
            )
        )
        return promoted
    return None


def registration_view(page, request):
    """POST ``action=register`` or ``action=cancel``; anything else goes back to the page."""
    if request.method != "POST":
        return redirect(page.url)
    if not is_member(request.user):
        return redirect_to_login(page.url)
    action = request.POST.get("action")
    if action == "register":
        if not is_open(page):
            messages.error(request, _("Registration is closed."))
        elif register(page, request.user) == Status.CONFIRMED:
            messages.success(request, _("You are registered. We have sent you a confirmation."))
        else:
            messages.info(request, _("All places are taken: you are on the waiting list."))
    elif action == "cancel":
        cancel(page, request.user)
        messages.success(request, _("Your registration has been cancelled."))
    return redirect(page.url)


def withdraw(user):
    """Cancel every registration of a member whose account closes, freeing their places."""
    for participation in Participant.objects.filter(user=user):
        page = Page.objects.filter(translation_key=participation.item_key).specific().first()
        if page is None:
            participation.delete()
        else:
            cancel(page, user)


def participations(user):
    """The member's registrations as plain data, for the data export."""
    pages = {
        page.translation_key: page.title
        for page in Page.objects.filter(
            translation_key__in=Participant.objects.filter(user=user).values("item_key")
        )
    }
    return [
        {"title": pages.get(item.item_key), "status": item.status, "registered": item.created_at}
        for item in Participant.objects.filter(user=user)
    ]
