"""The member directory: members only, filters that respect each member's visibility, and a
bounded number of queries."""

import pytest

from members.models import Visibility
from members.tests.factories import make_member
from taxonomies.models import Subject, canonical_terms

pytestmark = pytest.mark.django_db


def subject(slug):
    return Subject.objects.get(slug=slug, **canonical_terms())


@pytest.fixture
def members():
    shown = make_member("shown@example.org", name="Shown Teacher", country_slug="gr")
    shown.profile.subjects.set([subject("history")])
    hidden_country = make_member(
        "quiet@example.org",
        name="Quiet Teacher",
        country_slug="gr",
        country_visibility=Visibility.PRIVATE,
    )
    make_member(
        "invisible@example.org",
        name="Invisible Teacher",
        country_slug="gr",
        name_visibility=Visibility.PRIVATE,
    )
    make_member("polish@example.org", name="Polish Teacher", country_slug="pl")
    return shown, hidden_country


def names(response):
    return {member.name for member in response.context["members_page"]}


def test_visitors_are_sent_to_sign_in(client):
    response = client.get("/en/members/")
    assert response.status_code == 302


def test_the_directory_lists_members_who_show_their_name(client, members):
    client.force_login(members[0])
    listed = names(client.get("/en/members/"))
    assert {"Shown Teacher", "Quiet Teacher", "Polish Teacher"} <= listed
    assert "Invisible Teacher" not in listed


def test_filters_match_only_what_members_show(client, members):
    client.force_login(members[0])
    greek = members[0].profile.country_id
    greeks = names(client.get(f"/en/members/?country={greek}"))
    assert "Shown Teacher" in greeks
    assert "Quiet Teacher" not in greeks  # Greek, but shows the country to nobody
    assert "Polish Teacher" not in greeks
    history = subject("history").pk
    assert "Shown Teacher" in names(client.get(f"/en/members/?subject={history}&country={greek}"))
    hidden = make_member("h2@example.org", name="Hidden Subjects", country_slug="gr")
    hidden.profile.subjects.set([subject("history")])
    hidden.profile.teaching_visibility = Visibility.PRIVATE
    hidden.profile.save()
    assert "Hidden Subjects" not in names(client.get(f"/en/members/?subject={history}"))


def test_a_bad_filter_value_is_reported_not_a_server_error(client, members):
    client.force_login(members[0])
    response = client.get("/en/members/?country=999999&page=abc")
    assert response.status_code == 200
    assert "country" in response.context["filter"].form.errors


def test_queries_do_not_grow_with_the_number_of_members(
    client, members, django_assert_max_num_queries
):
    for number in range(30):
        member = make_member(f"t{number}@example.org", country_slug="de")
        member.profile.subjects.set([subject("history"), subject("physics")])
    client.force_login(members[0])
    client.get("/en/members/")  # warms the cached menus and term names, as on a live site
    with django_assert_max_num_queries(15):
        response = client.get("/en/members/")
    assert len(response.context["members_page"]) == 24
