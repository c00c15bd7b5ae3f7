"""A teacher filters teaching materials and opens one, in a real browser."""

import pytest

from cms.testing.browser import serious_accessibility_violations

pytestmark = pytest.mark.browser


def test_filtering_the_listing_and_opening_a_material(page, demo_server):
    page.goto(f"{demo_server}/en/teaching-materials/")
    before = page.locator("#results-count").inner_text()
    filters = page.locator("form.filters")
    filters.get_by_label("Primary education").check()
    filters.get_by_role("button", name="Show materials").click()
    page.wait_for_url("**level=primary**")
    after = page.locator("#results-count").inner_text()
    assert after != before
    assert filters.get_by_label("Primary education").is_checked()

    page.locator(".card__title a").first.click()
    page.get_by_role("heading", name="About this material").wait_for()
    assert serious_accessibility_violations(page) == []


@pytest.mark.parametrize("code", ["en", "el"])
def test_listing_has_no_serious_accessibility_violations(page, demo_server, code):
    page.goto(f"{demo_server}/{code}/")
    page.locator(".main-nav a").first.click()  # the teaching materials come first in the menu
    page.locator("form.filters").wait_for()
    assert serious_accessibility_violations(page) == []
