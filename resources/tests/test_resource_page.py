import json

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils.page_tests import WagtailPageTestCase

from home.models import HomePage
from resources.models import ResourceIndexPage, ResourcePage


class ResourceTreeRulesTests(WagtailPageTestCase):
    def test_resources_live_only_in_the_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceIndexPage})
        self.assertAllowedSubpageTypes(ResourcePage, set())
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage})
        self.assertEqual(ResourceIndexPage.max_count_per_parent, 1)


@pytest.fixture
def resource():
    return ResourcePage.objects.live().filter(locale__language_code="en").first()


@pytest.mark.django_db
def test_detail_page_shows_classification_licence_and_download(client, resource):
    html = client.get(resource.url).content.decode()
    assert f"<h1>{resource.title}</h1>" in html
    assert "About this material" in html
    assert resource.get_licence_display() in html
    attachment = resource.attachments.first().document
    assert attachment.url in html
    assert "0 bytes" not in html
    download = client.get(attachment.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-")


@pytest.mark.django_db
def test_detail_page_query_budget(client, resource, django_assert_max_num_queries):
    client.get(resource.url)
    with django_assert_max_num_queries(15):
        assert client.get(resource.url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("ages", "field"), [((12, 8), "age_to"), ((1, 8), "age_from"), ((6, 40), "age_to")]
)
def test_impossible_age_ranges_are_rejected(resource, ages, field):
    resource.age_from, resource.age_to = ages
    with pytest.raises(ValidationError) as error:
        resource.full_clean()
    assert field in error.value.message_dict


@pytest.mark.django_db
def test_home_page_features_resources_in_its_language(client):
    featured = ResourcePage.objects.live().filter(locale__language_code="en", featured=True)
    html = client.get("/en/").content.decode()
    assert featured.exists()
    assert all(page.title in html for page in featured.order_by("-publication_date")[:4])
    assert Page.objects.get(url_path__endswith="/teaching-materials/").url in html


@pytest.mark.django_db
def test_detail_page_describes_itself_to_search_engines_and_social_media(client, resource):
    html = client.get(resource.url).content.decode()
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    data = json.loads(script)
    assert data["@type"] == "LearningResource"
    assert data["name"] == resource.title
    assert data["url"] == resource.get_full_url()
    assert data["inLanguage"] == list(resource.material_languages.values_list("slug", flat=True))
    assert data["license"] == resource.licence_url or resource.licence == "all-rights-reserved"
    assert f'<meta property="og:title" content="{resource.title}">' in html
    assert f'<link rel="canonical" href="{resource.get_full_url()}">' in html
