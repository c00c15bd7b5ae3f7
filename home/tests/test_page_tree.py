import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.page_tests import WagtailPageTestCase

from campaigns.models import CampaignIndexPage, CampaignPage
from courses.models import CourseIndexPage, CoursePage, EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import ArticlePage, NewsIndexPage
from publications.models import PublicationIndexPage, PublicationPage
from resources.models import ResourceIndexPage, ResourcePage


class PageTreeRulesTests(WagtailPageTestCase, WagtailTestUtils):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                ResourceIndexPage,
                PublicationIndexPage,
                NewsIndexPage,
                CourseIndexPage,
                EventIndexPage,
                CampaignIndexPage,
            },
        )

    def test_sections_hold_only_their_own_pages_and_leaves_have_no_children(self):
        sections = {
            ResourceIndexPage: ResourcePage,
            PublicationIndexPage: PublicationPage,
            NewsIndexPage: ArticlePage,
            CourseIndexPage: CoursePage,
            EventIndexPage: EventPage,
            CampaignIndexPage: CampaignPage,
        }
        for index, leaf in sections.items():
            self.assertAllowedParentPageTypes(index, {HomePage})
            self.assertAllowedSubpageTypes(index, {leaf})
            self.assertAllowedParentPageTypes(leaf, {index})
            self.assertAllowedSubpageTypes(leaf, set())
            self.assertEqual(index.max_count_per_parent, 1)

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_one_home_page_per_parent_per_locale_is_enforced_by_count_per_parent(self):
        self.assertEqual(HomePage.max_count_per_parent, 1)
        self.assertIsNone(HomePage.max_count)


@pytest.mark.django_db
def test_demo_pages_render_and_preview(client):
    for page in Page.objects.live().specific().filter(depth__gte=2):
        response = client.get(page.url)
        assert response.status_code == 200, page.url


class PreviewTests(WagtailPageTestCase):
    def test_one_page_of_every_type_renders_in_the_editors_preview(self):
        for model in (
            HomePage,
            StandardPage,
            ResourceIndexPage,
            ResourcePage,
            PublicationIndexPage,
            PublicationPage,
            NewsIndexPage,
            ArticlePage,
            CourseIndexPage,
            CoursePage,
            EventIndexPage,
            EventPage,
            CampaignIndexPage,
            CampaignPage,
        ):
            page = model.objects.filter(locale__language_code="de").first()
            response = page.make_preview_request(preview_mode=page.default_preview_mode)
            self.assertEqual(response.status_code, 200, model)
            self.assertContains(response, '<html lang="de"')
