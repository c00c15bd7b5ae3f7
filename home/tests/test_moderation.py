"""Editors submit changes for moderation; only moderators publish (Wagtail's default workflow)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def user_in(group_name):
    user = get_user_model().objects.create_user(
        group_name.lower(), f"{group_name}@example.org", "x"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def edit_form(page, title, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield([("paragraph", rich_text("<p>Revised text.</p>"))]),
            "comments": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
        }
    )
    data[action] = "1"
    return data


@pytest.fixture
def about():
    return StandardPage.objects.get(slug="about", locale__language_code="en")


def test_an_editor_cannot_publish_but_can_submit_for_moderation(client, about):
    client.force_login(user_in("Editors"))
    url = f"/admin/pages/{about.pk}/edit/"
    client.post(url, edit_form(about, "About us (edited)", "action-publish"))
    about.refresh_from_db()
    assert about.title == "About the platform"  # nothing went live

    response = client.post(url, edit_form(about, "About us (edited)", "action-submit"))
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(about.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    about.refresh_from_db()
    assert about.title == "About the platform"


def test_a_moderator_approves_and_the_change_goes_live(client, about):
    client.force_login(user_in("Editors"))
    client.post(f"/admin/pages/{about.pk}/edit/", edit_form(about, "About us", "action-submit"))
    task_state = WorkflowState.objects.get(object_id=str(about.pk)).current_task_state
    approve = f"/admin/pages/workflow/action/{about.pk}/approve/{task_state.pk}/"

    client.post(approve, {"comment": "Approving my own change."})  # the editor may not
    about.refresh_from_db()
    assert about.title == "About the platform"

    client.force_login(user_in("Moderators"))
    response = client.post(approve, {"comment": "Fine."})
    assert response.status_code in (200, 302)
    about.refresh_from_db()
    assert about.title == "About us"
    assert client.get("/en/about/").content.decode().count("<h1>About us</h1>") == 1
