import pytest
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db


def test_health_check(client):
    response = client.get("/health/")
    assert response.json() == {"status": "ok"}


def test_home_page_query_budget(client, django_assert_max_num_queries):
    client.get("/de/")  # warm the per-process caches (site root paths, locales)
    with django_assert_max_num_queries(15):
        assert client.get("/de/").status_code == 200


def test_standard_page_query_budget(client, django_assert_max_num_queries):
    client.get("/en/about/")
    with django_assert_max_num_queries(16):
        assert client.get("/en/about/").status_code == 200


def test_footer_shows_the_pages_in_the_readers_language(client):
    html = client.get("/el/").content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]
    assert "Προσβασιμότητα" in footer  # "Accessibility" page, linked in the footer
    assert "/el/prosvasimotita/" in footer


def test_unknown_page_gets_a_translated_404(client):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="fr"' in response.content.decode()


def test_an_untranslated_page_says_where_it_can_be_read(client):
    response = client.get("/de/help/")  # the help page exists in en, el, fr and pl only
    html = response.content.decode()
    main = html.split("<main", 1)[1]
    assert response.status_code == 404
    assert '<html lang="de"' in html
    with translation.override("de"):
        assert f"<h1>{gettext('This page is not available in your language yet')}</h1>" in main
    for code in ("en", "el", "fr", "pl"):
        assert f'hreflang="{code}"' in main


def test_an_address_from_another_language_leads_to_the_readers_translation(client):
    response = client.get("/en/ueber-die-plattform/")
    assert response.status_code == 302
    assert response["Location"] == "/en/about/"
