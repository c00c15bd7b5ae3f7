"""A teacher browses each content section in a real browser: listing, filters, a detail page
and the current campaign, in English and in Greek; axe finds no serious problems."""

import pytest

from cms.testing.browser import serious_accessibility_violations

pytestmark = pytest.mark.browser

# Menu positions after the teaching materials: publications, news, courses, events.
SECTION_POSITIONS = [1, 2, 3, 4]


@pytest.mark.parametrize("code", ["en", "el"])
@pytest.mark.parametrize("position", SECTION_POSITIONS)
def test_section_listing_and_detail_page(page, demo_server, code, position):
    page.goto(f"{demo_server}/{code}/")
    page.locator(".main-nav a").nth(position).click()
    page.locator("form.filters").wait_for()  # the listing has loaded
    assert serious_accessibility_violations(page) == []

    page.locator(".card__title a").first.click()
    page.locator("#facts-heading, .article .lead").first.wait_for()  # the detail page
    assert page.locator("h1").count() == 1
    assert serious_accessibility_violations(page) == []


def test_filtering_courses_by_when_they_run(page, demo_server):
    page.goto(f"{demo_server}/en/courses/")
    filters = page.locator("form.filters")
    filters.get_by_label("Upcoming").check()
    filters.get_by_role("button", name="Show courses").click()
    page.wait_for_url("**when=upcoming**")
    assert filters.get_by_label("Upcoming").is_checked()
    assert page.locator(".card").count() > 0


def test_current_campaign_from_the_home_page(page, demo_server):
    page.goto(f"{demo_server}/en/")
    page.locator(".campaign-teaser a").click()
    page.get_by_role("heading", name="Teaching materials").wait_for()
    assert serious_accessibility_violations(page) == []


@pytest.mark.parametrize("path", ["/en/about/", "/fr/", "/mt/"])
def test_standard_and_home_pages_in_more_languages(page, demo_server, path):
    page.goto(f"{demo_server}{path}")
    assert serious_accessibility_violations(page) == []
