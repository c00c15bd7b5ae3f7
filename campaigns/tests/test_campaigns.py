from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from campaigns.models import CampaignPage
from cms.testing.html import assert_valid_html

pytestmark = pytest.mark.django_db


def current(code="en"):
    today = timezone.localdate()
    return CampaignPage.objects.live().get(
        locale__language_code=code, starts_on__lte=today, ends_on__gte=today
    )


def test_home_page_shows_the_current_campaign_in_the_readers_language(client):
    for code in ("en", "de"):
        campaign = current(code)
        html = client.get(f"/{code}/").content.decode()
        section = html[html.index('id="campaign-heading"') :]
        assert campaign.url in section[:2000]


def test_campaign_page_pulls_in_content_sharing_its_topics(client):
    campaign = current()
    html = client.get(campaign.url).content.decode()
    assert_valid_html(html)
    chosen = [item.resource for item in campaign.featured_resources.all()]
    assert chosen and all(resource.title in html for resource in chosen)
    topics = set(campaign.topics.values_list("pk", flat=True))
    from news.models import ArticlePage

    sharing = ArticlePage.objects.live().filter(locale=campaign.locale, topics__in=topics)
    if sharing.exists():
        assert 'id="c-news"' in html


def test_query_budget(client, django_assert_max_num_queries):
    for url in (current().url, current().get_parent().url):
        client.get(url)  # warm the per-process caches and make image renditions
        with django_assert_max_num_queries(15):
            client.get(url)


def test_period_must_not_end_before_it_starts():
    campaign = current()
    campaign.ends_on = campaign.starts_on - timedelta(days=1)
    with pytest.raises(ValidationError):
        campaign.full_clean()
