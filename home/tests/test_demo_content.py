import pytest
from wagtail.models import Page

from demo.build import build_demo
from demo.content import load_content
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_exists_in_all_24_languages_as_linked_translations():
    homes = HomePage.objects.select_related("locale")
    assert sorted(home.locale.language_code for home in homes) == sorted(load_content())
    assert len({home.translation_key for home in homes}) == 1
    assert all(home.live for home in homes)


def test_translated_pages_carry_the_translated_texts():
    german = HomePage.objects.get(locale__language_code="de")
    assert german.hero_heading == load_content()["de"]["home"]["hero_heading"]
    assert german.site_name == load_content()["de"]["site"]["site_name"]


def test_loading_again_changes_nothing_and_keeps_the_tree_consistent(
    django_capture_on_commit_callbacks,
):
    german_home = HomePage.objects.get(locale__language_code="de")
    before = Page.objects.count(), StandardPage.objects.count()
    children_before = german_home.get_children().count()
    with django_capture_on_commit_callbacks(execute=True):  # translations publish on commit
        build_demo(port=80, quick=True)
    assert (Page.objects.count(), StandardPage.objects.count()) == before
    assert all(not problems for problems in Page.find_problems())
    german_home.refresh_from_db()
    assert german_home.get_children().count() == children_before
    assert german_home.numchild == children_before


def test_help_page_is_only_in_the_languages_that_translated_it():
    help_pages = StandardPage.objects.filter(slug__in=["help", "aide", "pomoc"])
    english = StandardPage.objects.get(slug="help", locale__language_code="en")
    codes = set(
        english.get_translations(inclusive=True).values_list("locale__language_code", flat=True)
    )
    assert codes == {"en", "el", "fr", "pl"}
    assert help_pages.exists()
