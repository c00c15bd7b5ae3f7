"""Sign-up, e-mail verification, log-in and its rate limit, from the outside."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from members.models import Consent, Profile
from members.tests.factories import PASSWORD, make_member

pytestmark = pytest.mark.django_db

SIGNUP = "/en/accounts/signup/"


def signup_data(**overrides):
    return {
        "name": "Maria Papadopoulou",
        "email": "maria.p@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "adult_staff": "on",
        "accept_terms": "on",
        **overrides,
    }


def confirmation_link(message):
    return re.search(r"https?://[^/]+(/\S+/accounts/confirm-email/\S+/)", message.body).group(1)


def test_sign_up_records_profile_and_consent_and_sends_a_verification_email(client, settings):
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 302
    user = get_user_model().objects.get(email="maria.p@example.org")
    assert Profile.objects.get(user=user).name == "Maria Papadopoulou"
    consents = set(Consent.objects.filter(user=user).values_list("document", "version"))
    assert consents == {("terms", settings.TERMS_VERSION), ("privacy", settings.TERMS_VERSION)}
    assert not EmailAddress.objects.get(user=user).verified
    [message] = mail.outbox
    assert message.to == ["maria.p@example.org"]

    # Not signed in before the address is confirmed.
    assert client.get("/en/members/me/").status_code == 302
    link = confirmation_link(message)
    client.post(link)
    assert EmailAddress.objects.get(user=user).verified
    assert client.get("/en/members/me/").status_code == 200


def test_the_verification_email_is_in_the_readers_language(client):
    client.post(SIGNUP.replace("/en/", "/de/"), signup_data(email="jonas@example.org"))
    [message] = mail.outbox
    assert Profile.objects.get(user__email="jonas@example.org").language == "de"
    assert "E-Mail" in message.subject or "E-Mail" in message.body


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"accept_terms": ""}, "accept_terms"),
        ({"adult_staff": ""}, "adult_staff"),
        ({"email": "not-an-address"}, "email"),
        ({"password2": "something-else-42"}, "password2"),
        ({"name": ""}, "name"),
    ],
)
def test_bad_sign_up_input_gets_an_error_and_creates_nothing(client, overrides, field):
    response = client.post(SIGNUP, signup_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not get_user_model().objects.filter(email="maria.p@example.org").exists()
    assert not mail.outbox


def test_a_duplicate_address_does_not_create_a_second_account(client):
    make_member("maria.p@example.org")
    client.post(SIGNUP, signup_data())
    assert get_user_model().objects.filter(email__iexact="maria.p@example.org").count() == 1
    # The owner of the address is told instead (no account enumeration on the page).
    [message] = mail.outbox
    assert message.to == ["maria.p@example.org"]


def test_sign_up_without_a_csrf_token_is_refused(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 403
    assert not get_user_model().objects.filter(email="maria.p@example.org").exists()


def test_failed_log_ins_are_rate_limited_per_account(client):
    make_member("jonas@example.org")
    for _attempt in range(5):
        response = client.post(
            "/en/accounts/login/", {"login": "jonas@example.org", "password": "wrong-guess"}
        )
        assert response.status_code == 200
    response = client.post(
        "/en/accounts/login/", {"login": "jonas@example.org", "password": PASSWORD}
    )
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_log_in_with_the_right_password(client):
    make_member("jonas@example.org")
    response = client.post(
        "/en/accounts/login/", {"login": "jonas@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/en/members/me/").status_code == 200


@pytest.mark.parametrize("language", ["en", "ga", "mt", "pt", "el"])
def test_account_pages_use_the_site_layout_in_every_language(client, language):
    for path in ("accounts/login/", "accounts/signup/", "accounts/password/reset/"):
        response = client.get(f"/{language}/{path}")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        assert 'class="site-header"' in html


def test_single_sign_on_is_switched_on_by_settings_alone(client, settings):
    from cms.settings.accounts import single_sign_on_providers

    assert "EU Login" not in client.get("/en/accounts/login/").content.decode()
    settings.SOCIALACCOUNT_PROVIDERS = single_sign_on_providers(
        provider_id="eulogin",
        name="EU Login",
        server_url="https://login.example.org/.well-known/openid-configuration",
        client_id="platform",
        secret="secret",
    )
    html = client.get("/en/accounts/login/").content.decode()
    assert "EU Login" in html
    assert "/accounts/oidc/eulogin/login/" in html
