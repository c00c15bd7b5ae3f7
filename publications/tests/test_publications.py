import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError

from cms.testing.html import assert_valid_html, json_ld, option_count, result_titles, total
from publications.identifiers import isbn_is_valid
from publications.models import PublicationFile, PublicationPage

pytestmark = pytest.mark.django_db

LISTING = "/en/publications/"


def english():
    return PublicationPage.objects.live().filter(locale__language_code="en")


def test_listing_shows_the_publications_with_facet_counts(client):
    html = client.get(LISTING).content.decode()
    assert total(html) == english().count() > 0
    reports = english().filter(kind="report").count()
    assert option_count(html, "kind", "report") == (reports or None)
    assert_valid_html(html)


def test_kind_and_pdf_language_narrow_the_list(client):
    publication = english().first()
    language = publication.files.first().language
    expected = english().filter(kind=publication.kind, files__language=language).distinct()
    html = client.get(LISTING, {"kind": publication.kind, "language": language}).content.decode()
    assert total(html) == expected.count()
    assert publication.title in result_titles(html)


def test_year_facet_and_unknown_values(client):
    year = english().first().year
    html = client.get(LISTING, {"year": [str(year), "abc", "1066x"]}).content.decode()
    assert total(html) == english().filter(year=year).count()


def test_listing_and_detail_stay_within_the_query_budget(client, django_assert_max_num_queries):
    page = english().first()
    query = {"kind": ["report", "guide"], "year": "2024", "sort": "title"}
    for url, params in ((LISTING, query), (page.url, {})):
        client.get(url, params)  # warm the per-process caches and make image renditions
        with django_assert_max_num_queries(15):
            client.get(url, params)


def test_detail_offers_each_language_version_the_readers_first(client):
    page = english().filter(files__language="de").first()
    german = page.get_translations().get(locale__language_code="de")
    html = client.get(german.url).content.decode()
    downloads = html[html.index('id="downloads-heading"') :]
    assert downloads.index('hreflang="de"') < downloads.index('hreflang="en"')
    assert "Deutsch" in downloads and "English" in downloads


def test_detail_describes_itself_as_a_book_or_report(client):
    page = english().first()
    data = json_ld(client.get(page.url).content.decode())[0]
    assert data["@type"] == ("Book" if page.isbn else "Report")
    assert data["publisher"]["name"] == page.publisher
    assert set(data["inLanguage"]) == set(page.files.values_list("language", flat=True))


def test_isbn_and_doi_are_checked():
    assert isbn_is_valid("978-3-16-148410-0")
    assert not isbn_is_valid("978-3-16-148410-1")
    assert isbn_is_valid("0-306-40615-2")
    page = english().first()
    page.isbn, page.doi = "978-3-16-148410-1", "doi.org/10.1000/x"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert {"isbn", "doi"} <= set(error.value.message_dict)


def test_one_pdf_per_language():
    page = english().first()
    existing = page.files.first()
    page.files.add(PublicationFile(language=existing.language, document=existing.document))
    with pytest.raises(ValidationError):
        page.full_clean()


def test_feed_lists_the_newest_publications(client):
    channel = ET.fromstring(client.get(LISTING + "feed/rss/").content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles[0] == english().order_by("-publication_date", "-pk").first().title
