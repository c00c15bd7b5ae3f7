"""Menus, footer and restricted sections are cached site-wide; editors' changes show at once."""

import pytest
from wagtail.models import PageViewRestriction, Site

from cms.core.models import SiteSettings
from home.models import HomePage, StandardPage
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


def test_a_newly_published_menu_page_appears_in_the_menu(client):
    assert ">Newsroom</a>" not in client.get("/en/").content.decode()  # fills the cache
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(
        instance=StandardPage(title="Newsroom", slug="newsroom", show_in_menus=True)
    )
    page.save_revision().publish()
    assert ">Newsroom</a>" in client.get("/en/").content.decode()


def test_a_settings_change_reaches_the_footer(client):
    client.get("/en/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = "Ministry of Education"
    site_settings.save()
    assert "Ministry of Education" in client.get("/en/").content.decode()


def test_restricted_materials_leave_the_listing(client):
    resource = ResourcePage.objects.live().filter(locale__language_code="en").order_by("title")[0]
    assert (
        resource.title in client.get("/en/teaching-materials/", {"sort": "title"}).content.decode()
    )
    restriction = PageViewRestriction.objects.create(
        page=resource, restriction_type=PageViewRestriction.LOGIN
    )
    html = client.get("/en/teaching-materials/", {"sort": "title"}).content.decode()
    assert f">{resource.title}</a>" not in html
    restriction.delete()
    html = client.get("/en/teaching-materials/", {"sort": "title"}).content.decode()
    assert f">{resource.title}</a>" in html
