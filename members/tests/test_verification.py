"""Verification of teachers from the outside: the member asks, a moderator of the member's
country decides; other countries' moderators, the member and visitors cannot."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from members.models import Profile, SchoolRole, SchoolType, VerificationRequest
from members.tests.factories import country, make_member

pytestmark = pytest.mark.django_db
Status = VerificationRequest.Status


@pytest.fixture
def member():
    return make_member("maria@example.org", name="Maria Papadopoulou", country_slug="gr")


@pytest.fixture
def greek_moderator():
    return make_member("mod.gr@example.org", country_slug="gr", moderates=["gr"])


@pytest.fixture
def polish_moderator():
    return make_member("mod.pl@example.org", country_slug="pl", moderates=["pl"])


def request_data(**overrides):
    return {
        "country": country("gr").pk,
        "school_name": "1st Primary School of Volos",
        "school_town": "Volos",
        "school_type": SchoolType.PRIMARY,
        "role": SchoolRole.TEACHER,
        "evidence": "https://example.org/staff",
        **overrides,
    }


@pytest.fixture
def pending(client, member):
    client.force_login(member)
    client.post("/en/members/me/verification/", request_data())
    client.logout()
    return VerificationRequest.objects.get(member=member)


def test_a_member_asks_and_the_school_goes_into_the_profile(client, member):
    client.force_login(member)
    response = client.post("/en/members/me/verification/", request_data())
    assert response.status_code == 302
    verification_request = VerificationRequest.objects.get(member=member)
    assert verification_request.status == Status.PENDING
    assert Profile.objects.get(user=member).school_name == "1st Primary School of Volos"
    # A second request while one is pending changes nothing.
    client.post("/en/members/me/verification/", request_data(school_name="Another"))
    assert VerificationRequest.objects.filter(member=member).count() == 1


def test_the_countrys_moderators_are_told_of_a_new_request(
    client, member, greek_moderator, polish_moderator, django_capture_on_commit_callbacks
):
    Profile.objects.filter(user=greek_moderator).update(language="el")
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/members/me/verification/", request_data())
    told = {message.to[0]: message for message in mail.outbox}
    assert "mod.gr@example.org" in told
    assert "mod.pl@example.org" not in told
    assert "/el/members/moderation/" in told["mod.gr@example.org"].body


def test_a_request_needs_the_school_details(client, member):
    client.force_login(member)
    response = client.post("/en/members/me/verification/", request_data(school_name=""))
    assert response.status_code == 200
    assert "school_name" in response.context["form"].errors
    assert not VerificationRequest.objects.exists()


def test_the_countrys_moderator_approves_and_the_member_is_told(
    client, pending, greek_moderator, django_capture_on_commit_callbacks
):
    client.force_login(greek_moderator)
    queue = client.get("/en/members/moderation/").content.decode()
    assert "Maria Papadopoulou" in queue
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/members/moderation/{pending.pk}/", {"decision": Status.APPROVED, "reason": ""}
        )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == Status.APPROVED
    assert pending.decided_by == greek_moderator
    assert Profile.objects.get(user=pending.member).is_verified
    [message] = mail.outbox
    assert message.to == ["maria@example.org"]
    assert "verified teacher" in message.subject
    entry = ModelLogEntry.objects.get(action="members.verification_approved")
    assert entry.user_id == greek_moderator.pk


def test_a_rejection_needs_a_reason_which_the_member_receives(
    client, pending, greek_moderator, django_capture_on_commit_callbacks
):
    client.force_login(greek_moderator)
    url = f"/en/members/moderation/{pending.pk}/"
    response = client.post(url, {"decision": Status.REJECTED, "reason": "  "})
    assert response.status_code == 200
    assert "why you reject" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Status.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": Status.REJECTED, "reason": "The school does not list you."})
    pending.refresh_from_db()
    assert pending.status == Status.REJECTED
    assert not Profile.objects.get(user=pending.member).is_verified
    [message] = mail.outbox
    assert "The school does not list you." in message.body


def test_the_decision_email_is_in_the_members_language(
    client, pending, greek_moderator, django_capture_on_commit_callbacks
):
    Profile.objects.filter(user=pending.member).update(language="el")
    client.force_login(greek_moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/members/moderation/{pending.pk}/", {"decision": Status.APPROVED})
    [message] = mail.outbox
    assert "εκπαιδευτικός" in message.subject.lower() or "εκπαιδευτικ" in message.body


def test_another_countrys_moderator_cannot_see_or_decide(client, pending, polish_moderator):
    client.force_login(polish_moderator)
    assert "Maria Papadopoulou" not in client.get("/en/members/moderation/").content.decode()
    url = f"/en/members/moderation/{pending.pk}/"
    assert client.get(url).status_code == 404
    assert client.post(url, {"decision": Status.APPROVED}).status_code == 404
    pending.refresh_from_db()
    assert pending.status == Status.PENDING
    assert not mail.outbox


def test_members_cannot_moderate_not_even_their_own_request(client, pending):
    moderator_of_own_country = make_member("self@example.org", moderates=["gr"])
    VerificationRequest.objects.filter(pk=pending.pk).update(member=moderator_of_own_country)
    client.force_login(moderator_of_own_country)
    url = f"/en/members/moderation/{pending.pk}/"
    assert client.post(url, {"decision": Status.APPROVED}).status_code == 404
    client.force_login(make_member("plain@example.org", country_slug="gr"))
    assert client.get("/en/members/moderation/").status_code == 404
    assert client.post(url, {"decision": Status.APPROVED}).status_code == 404
    pending.refresh_from_db()
    assert pending.status == Status.PENDING


def test_visitors_are_sent_to_sign_in(client, pending):
    for url in ("/en/members/moderation/", f"/en/members/moderation/{pending.pk}/"):
        response = client.post(url, {"decision": Status.APPROVED})
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    pending.refresh_from_db()
    assert pending.status == Status.PENDING
