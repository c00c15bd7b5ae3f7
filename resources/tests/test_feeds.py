import xml.etree.ElementTree as ET

import pytest

from resources.models import ResourceIndexPage, ResourcePage

pytestmark = pytest.mark.django_db

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def test_rss_feed_lists_the_newest_materials_of_the_language(client):
    response = client.get("/de/unterrichtsmaterialien/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "de"
    items = channel.findall("item")
    german = ResourcePage.objects.live().filter(locale__language_code="de")
    newest = german.order_by("-publication_date", "-pk")[: len(items)]
    assert [item.findtext("title") for item in items] == [page.title for page in newest]
    assert all(item.findtext("link").startswith("http://127.0.0.1/de/") for item in items)


def test_atom_feed_parses_and_links_to_the_pages(client):
    response = client.get("/en/teaching-materials/feed/atom/")
    feed = ET.fromstring(response.content)
    entries = feed.findall("a:entry", ATOM)
    assert 0 < len(entries) <= 20
    link = entries[0].find("a:link", ATOM).get("href")
    assert client.get(link.removeprefix("http://127.0.0.1")).status_code == 200


def test_listing_announces_its_feeds(client):
    index = ResourceIndexPage.objects.get(locale__language_code="en")
    html = client.get(index.url).content.decode()
    assert 'type="application/rss+xml"' in html and 'type="application/atom+xml"' in html
