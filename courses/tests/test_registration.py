"""Registration on the platform, from the outside: places, the waiting list, cancellation,
the online link for participants only, and closed registration."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from cms.testing.html import assert_valid_html
from courses.models import EventPage, Participant, Registration
from members.tests.factories import make_member

pytestmark = pytest.mark.django_db
LINK = "https://video.example.org/room/teachers-42"


@pytest.fixture
def event():
    """An upcoming online event with two places, registration on the platform."""
    page = EventPage.objects.live().filter(locale__language_code="en").first()
    soon = timezone.now() + timedelta(days=10)
    EventPage.objects.filter(translation_key=page.translation_key).update(
        registration=Registration.PLATFORM,
        capacity=2,
        online_link=LINK,
        starts_at=soon,
        ends_at=soon + timedelta(hours=2),
    )
    page.refresh_from_db()
    return page


def register(client, page, action="register"):
    return client.post(page.url + "registration/", {"action": action})


def test_visitors_are_asked_to_sign_in_and_cannot_register(client, event):
    html = client.get(event.url).content.decode()
    assert "Sign in to register" in html
    assert LINK not in html
    response = register(client, event)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Participant.objects.exists()


def test_places_then_waiting_list_then_a_freed_place_goes_to_the_first_waiting(
    client, event, django_capture_on_commit_callbacks
):
    first, second, third, fourth = (make_member(f"p{n}@example.org") for n in range(4))
    for member in (first, second, third, fourth):
        client.force_login(member)
        with django_capture_on_commit_callbacks(execute=True):
            register(client, event)
    statuses = dict(Participant.objects.values_list("user__email", "status"))
    assert statuses == {
        "p0@example.org": "confirmed",
        "p1@example.org": "confirmed",
        "p2@example.org": "waiting",
        "p3@example.org": "waiting",
    }
    html = client.get(event.url).content.decode()  # as the fourth member
    assert "in position 2" in html
    assert "0 places left" in html
    assert LINK not in html
    assert_valid_html(html)

    mail.outbox.clear()
    client.force_login(first)
    with django_capture_on_commit_callbacks(execute=True):
        register(client, event, "cancel")
    statuses = dict(Participant.objects.values_list("user__email", "status"))
    assert "p0@example.org" not in statuses
    assert statuses["p2@example.org"] == "confirmed"
    assert statuses["p3@example.org"] == "waiting"
    [message] = mail.outbox
    assert message.to == ["p2@example.org"]
    assert "registered" in message.subject


def test_only_registered_participants_see_the_online_link(client, event):
    member = make_member("participant@example.org")
    client.force_login(member)
    assert LINK not in client.get(event.url).content.decode()
    register(client, event)
    assert LINK in client.get(event.url).content.decode()
    client.force_login(make_member("other@example.org"))
    assert LINK not in client.get(event.url).content.decode()
    assert LINK not in client.get(f"/api/v2/pages/{event.pk}/").content.decode()
    assert LINK not in client.get(event.url + "ics/").content.decode()


def test_one_list_for_every_translation(client, event):
    german = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code="de"
    )
    client.force_login(make_member("a@example.org"))
    register(client, german)
    client.force_login(make_member("b@example.org"))
    register(client, event)
    assert Participant.objects.filter(item_key=event.translation_key).count() == 2
    html = client.get(event.url).content.decode()
    assert "0 places left" in html


def test_registering_twice_keeps_one_place(client, event):
    client.force_login(make_member("twice@example.org"))
    register(client, event)
    register(client, event)
    assert Participant.objects.count() == 1


def test_registration_closes_when_the_event_is_over(client, event):
    past = timezone.now() - timedelta(days=3)
    EventPage.objects.filter(pk=event.pk).update(starts_at=past, ends_at=past + timedelta(hours=2))
    client.force_login(make_member("late@example.org"))
    register(client, event)
    assert not Participant.objects.exists()


def test_registration_without_a_csrf_token_is_refused(event):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_member("csrf@example.org"))
    assert register(client, event).status_code == 403
    assert not Participant.objects.exists()


def test_query_budget_for_a_participant(client, event, django_assert_max_num_queries):
    client.force_login(make_member("budget@example.org"))
    register(client, event)
    client.get(event.url)  # warm the per-process caches
    with django_assert_max_num_queries(18):
        client.get(event.url)
