import re

import pytest
from wagtail.models import Page

from resources.models import ResourceIndexPage, ResourcePage

pytestmark = pytest.mark.django_db

LISTING = "/en/teaching-materials/"


def english_resources():
    return ResourcePage.objects.live().filter(locale__language_code="en")


def result_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def option_count(html, param, slug):
    match = re.search(
        rf'id="f-{param}-{slug}"[^>]*>\s*<label[^>]*>[^<]*<span class="count">\((\d+)\)</span>',
        html,
    )
    return int(match.group(1)) if match else None


def total(html):
    return int(re.search(r'id="results-count"[^>]*>\s*(\d+)', html).group(1))


def test_listing_shows_every_resource_of_the_language(client):
    html = client.get(LISTING).content.decode()
    assert total(html) == english_resources().count() > 12
    assert len(result_titles(html)) == 12  # first page


def test_one_facet_value_narrows_the_list(client):
    maths = english_resources().filter(subjects__slug="mathematics").distinct()
    html = client.get(LISTING, {"subject": "mathematics"}).content.decode()
    assert total(html) == maths.count() > 0
    assert set(result_titles(html)) <= {page.title for page in maths}


def test_values_of_one_facet_are_alternatives_and_facets_combine(client):
    subjects = ["mathematics", "history"]
    either = english_resources().filter(subjects__slug__in=subjects).distinct()
    html = client.get(LISTING, {"subject": subjects}).content.decode()
    assert total(html) == either.count()

    primary = either.filter(education_levels__slug="primary").distinct()
    html = client.get(LISTING, {"subject": subjects, "level": "primary"}).content.decode()
    assert total(html) == primary.count()


def test_counts_show_what_each_other_value_would_give(client):
    html = client.get(LISTING, {"subject": "mathematics"}).content.decode()
    # Another subject's count ignores the subject selection...
    history = english_resources().filter(subjects__slug="history").distinct().count()
    assert option_count(html, "subject", "history") == history
    # ...while other facets count within the current selection.
    maths_primary = (
        english_resources()
        .filter(subjects__slug="mathematics")
        .filter(education_levels__slug="primary")
        .distinct()
        .count()
    )
    assert option_count(html, "level", "primary") == (maths_primary or None)


def test_facet_values_are_in_the_readers_language(client):
    german_index = ResourceIndexPage.objects.get(locale__language_code="de")
    html = client.get(german_index.url).content.decode()
    assert "<h1>Unterrichtsmaterialien</h1>" in html
    assert 'Mathematik <span class="count">' in html


@pytest.mark.parametrize(
    "query",
    [
        {"subject": "no-such-subject"},
        {"subject": "<script>alert(1)</script>"},
        {"sort": "drop table"},
        {"page": "abc"},
        {"page": "9999"},
        {"level": "x" * 5000},
    ],
)
def test_bad_parameters_change_nothing(client, query):
    response = client.get(LISTING, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert total(html) == english_resources().count()
    assert "<script>alert(1)</script>" not in html


def test_sorting_by_title(client):
    html = client.get(LISTING, {"sort": "title"}).content.decode()
    titles = result_titles(html)
    assert titles == sorted(titles, key=str.casefold) or titles == sorted(titles)


def test_listing_works_as_a_plain_form_with_shareable_urls(client):
    html = client.get(LISTING).content.decode()
    assert '<form class="filters" method="get"' in html
    assert 'type="checkbox"' in html and 'name="subject"' in html


def test_listing_query_budget_does_not_grow_with_filters(client, django_assert_max_num_queries):
    client.get(LISTING)  # warm the caches a running server has
    with django_assert_max_num_queries(15):
        client.get(LISTING)
    with django_assert_max_num_queries(15):
        client.get(LISTING, {"subject": ["mathematics", "history"], "level": "primary", "page": 1})


def test_cards_say_which_languages_a_resource_exists_in(client):
    html = client.get(LISTING).content.decode()
    assert '<span lang="en">English</span>' in html


def test_other_locales_list_only_their_own_pages(client):
    german_index = ResourceIndexPage.objects.get(locale__language_code="de")
    german = ResourcePage.objects.live().child_of(german_index).count()
    html = client.get(german_index.url).content.decode()
    assert total(html) == german
    assert Page.objects.filter(locale__language_code="de").exists()
