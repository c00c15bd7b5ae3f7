import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_every_language_with_hreflang_alternates(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    urls = {url.findtext("s:loc", namespaces=NS): url for url in root.findall("s:url", NS)}
    assert len(urls) == Page.objects.live().filter(depth__gte=2).count()
    about = urls["http://127.0.0.1/de/ueber-die-plattform/"]
    alternates = {link.get("hreflang"): link.get("href") for link in about.findall("x:link", NS)}
    assert alternates["en"] == "http://127.0.0.1/en/about/"
    assert alternates["x-default"] == alternates["en"]
    assert len(alternates) == 25
