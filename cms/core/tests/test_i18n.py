import re

import pytest
from django.conf import settings

from demo.content import load_content

pytestmark = pytest.mark.django_db

CONTENT = load_content()
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def language_links(html):
    """{code: href} of the language switcher's links."""
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {
        code: href for href, code in re.findall(r'<a href="([^"]+)" lang="([a-z]{2})"', switcher)
    }


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("de-DE,de;q=0.9,en;q=0.5", "/de/"), ("el", "/el/"), ("ga-IE", "/ga/"), ("ja", "/en/")],
)
def test_root_redirects_by_browser_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_in_every_language(client, code):
    response = client.get(f"/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}" dir="ltr">' in html
    assert CONTENT[code]["home"]["hero_heading"] in html
    alternates = re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html)
    assert sorted(code for code, _url in alternates) == sorted([*LANGUAGE_CODES, "x-default"])
    assert dict(alternates)["x-default"] == dict(alternates)["en"]


def test_hreflang_links_lead_to_the_translations(client):
    html = client.get("/en/about/").content.decode()
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html)
    )
    german = client.get(alternates["de"].removeprefix("http://127.0.0.1"))
    assert german.status_code == 200
    assert CONTENT["de"]["about"]["title"] in german.content.decode()


def test_switcher_goes_to_the_translation_of_the_current_page(client):
    links = language_links(client.get("/en/about/").content.decode())
    assert len(links) == 24
    german = client.get(links["de"])
    assert german.status_code == 200
    assert f"<h1>{CONTENT['de']['about']['title']}</h1>" in german.content.decode()


def test_switcher_falls_back_to_the_home_page_without_a_translation(client):
    links = language_links(client.get("/en/help/").content.decode())
    assert links["de"] == "/de/"  # the help page exists only in en, el, fr and pl
    assert links["fr"] != "/fr/"
    french = client.get(links["fr"])
    assert f"<h1>{CONTENT['fr']['help']['title']}</h1>" in french.content.decode()


def test_hreflang_lists_only_existing_translations(client):
    html = client.get("/en/help/").content.decode()
    codes = re.findall(r'<link rel="alternate" hreflang="([a-z-]+)"', html)
    assert sorted(codes) == ["el", "en", "fr", "pl", "x-default"]


def test_switcher_on_a_view_outside_the_tree_keeps_the_query(client):
    links = language_links(client.get("/de/search/?q=Schule").content.decode())
    assert links["fr"] == "/fr/search/?q=Schule"


@pytest.mark.parametrize("code", [c for c in LANGUAGE_CODES if c != "en"])
def test_interface_strings_are_translated(client, code):
    html = client.get(f"/{code}/").content.decode()
    assert ">Skip to main content<" not in html
    assert "Featured teaching materials" not in html
