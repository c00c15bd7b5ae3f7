"""What a campaign pulls in: its chosen materials (their versions in the campaign's
language), and the newest news and publications and
the next courses and events that share its topics, in the campaign page's language."""

from django.utils import timezone

from cms.core.public import public
from courses.models import CoursePage, EventPage
from news.models import ArticlePage
from publications.models import PublicationPage
from resources.models import ResourcePage


def related_content(campaign, request, limit):
    """One query per kind of content: topics and chosen materials are subqueries."""
    topics = campaign.topics.values("pk")
    chosen = campaign.featured_resources.values("resource__translation_key")

    def sharing_topics(model):
        pages = model.objects.live().filter(locale_id=campaign.locale_id, topics__in=topics)
        return public(pages).distinct()

    now = timezone.now()
    resources = ResourcePage.objects.live().filter(
        locale_id=campaign.locale_id, translation_key__in=chosen
    )
    return {
        "resources": list(public(resources).order_by("-publication_date")),
        "news": list(sharing_topics(ArticlePage).order_by("-date")[:limit]),
        "publications": list(sharing_topics(PublicationPage).order_by("-publication_date")[:limit]),
        "courses": list(
            sharing_topics(CoursePage).filter(ends_at__gte=now).order_by("starts_at")[:limit]
        ),
        "events": list(
            sharing_topics(EventPage).filter(ends_at__gte=now).order_by("starts_at")[:limit]
        ),
    }
