import xml.etree.ElementTree as ET

import pytest

from cms.testing.html import assert_valid_html, json_ld, option_count, total
from news.models import ArticlePage

pytestmark = pytest.mark.django_db

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def articles(code="en"):
    return ArticlePage.objects.live().filter(locale__language_code=code)


def test_listing_filters_by_kind_and_counts_each_kind(client):
    html = client.get("/en/news/").content.decode()
    assert total(html) == articles().count() > 0
    for kind in ArticlePage.Kind.values:
        assert option_count(html, "kind", kind) == (articles().filter(kind=kind).count() or None)
    viewpoints = client.get("/en/news/", {"kind": "viewpoint"}).content.decode()
    assert total(viewpoints) == articles().filter(kind="viewpoint").count()
    assert_valid_html(html)


def test_translated_listing_lists_the_translations(client):
    german = articles("de")
    index = german.first().get_parent()
    html = client.get(index.url).content.decode()
    assert total(html) == german.count() > 0
    assert german.first().title in html


def test_query_budget(client, django_assert_max_num_queries):
    query = {"kind": ["news", "practice"], "topic": "well-being", "year": "2025"}
    for url, params in (("/en/news/", query), (articles().first().url, {})):
        client.get(url, params)  # warm the per-process caches and make image renditions
        with django_assert_max_num_queries(15):
            client.get(url, params)


def test_article_is_a_news_article_and_viewpoints_are_opinions(client):
    for article in (
        articles().filter(kind="news").first(),
        articles().filter(kind="viewpoint").first(),
    ):
        if article is None:
            continue
        data = json_ld(client.get(article.url).content.decode())[0]
        expected = "OpinionNewsArticle" if article.kind == "viewpoint" else "NewsArticle"
        assert data["@type"] == expected
        assert data["datePublished"] == article.date.isoformat()


def test_rss_and_atom_feeds_follow_the_language(client):
    german_index = articles("de").first().get_parent()
    channel = ET.fromstring(client.get(german_index.url + "feed/rss/").content).find("channel")
    assert channel.findtext("language") == "de"
    newest = articles("de").order_by("-date", "-pk").first()
    assert channel.find("item").findtext("title") == newest.title

    feed = ET.fromstring(client.get("/en/news/feed/atom/").content)
    entries = feed.findall("a:entry", ATOM)
    assert len(entries) == min(articles().count(), 20)
