"""A teacher searches, narrows by facets and widens to all languages, in a real browser, with
and without JavaScript."""

import pytest

from cms.testing.browser import serious_accessibility_violations

pytestmark = pytest.mark.browser


def narrow_by_a_subject_and_widen_to_all_languages(tab, demo_server):
    tab.goto(f"{demo_server}/en/search/?q=pupils")
    before = tab.locator("#results-heading").inner_text()
    assert tab.locator(".search-result mark").count() > 0  # matches are highlighted
    subject = tab.locator('.filters input[name="subject"]').first
    subject.check()
    tab.locator(".filters").get_by_role("button", name="Show results").click()
    tab.wait_for_url("**subject=**")
    assert tab.locator(".filters").get_by_role("button", name="Show results").is_visible()
    assert tab.locator('.filters input[name="subject"]:checked').count() == 1
    assert tab.locator("#results-heading").inner_text() != before

    tab.get_by_label("All languages, mine first").check()
    tab.locator("#search-form").get_by_role("button", name="Search").click()
    tab.wait_for_url("**languages=all**")
    assert "subject=" in tab.url  # the chosen facets stay
    assert tab.get_by_label("All languages, mine first").is_checked()


def test_searching_with_facets(page, demo_server):
    narrow_by_a_subject_and_widen_to_all_languages(page, demo_server)
    assert serious_accessibility_violations(page) == []


def test_searching_with_facets_without_javascript(chromium, demo_server):
    context = chromium.new_context(locale="en-GB", java_script_enabled=False)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    try:
        narrow_by_a_subject_and_widen_to_all_languages(tab, demo_server)
    finally:
        context.close()
