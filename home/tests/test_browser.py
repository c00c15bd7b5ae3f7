"""What a person does in a real browser: read the home page, switch language, use the keyboard."""

import pytest

from cms.testing.browser import serious_accessibility_violations

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("code", ["en", "de", "el", "bg", "ga"])
def test_home_page_has_no_serious_accessibility_violations(page, demo_server, code):
    page.goto(f"{demo_server}/{code}/")
    assert page.locator("html").get_attribute("lang") == code
    assert serious_accessibility_violations(page) == []


def test_language_switcher_moves_between_translations(page, demo_server):
    page.goto(f"{demo_server}/en/about/")
    switcher = page.locator("nav.language-switcher")
    switcher.locator("summary").click()
    switcher.get_by_role("link", name="Deutsch").click()
    page.wait_for_url("**/de/**")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("h1").inner_text() == "Über die Plattform"

    switcher = page.locator("nav.language-switcher")
    switcher.locator("summary").click()
    switcher.get_by_role("link", name="ελληνικά").click()
    page.wait_for_url("**/el/**")
    assert page.locator("h1").inner_text() == "Σχετικά με την πλατφόρμα"


def test_keyboard_user_reaches_main_content_through_the_skip_link(page, demo_server):
    page.goto(f"{demo_server}/en/")
    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    assert skip_link.inner_text() == "Skip to main content"
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.url.endswith("#main")
