"""The kinds of content the search page can be narrowed to: its "type of content" facet."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst

# The facet's value in the address: the page model it stands for.
SEARCHABLE_TYPES = {
    "resources": "resources.ResourcePage",
    "publications": "publications.PublicationPage",
    "news": "news.ArticlePage",
    "courses": "courses.CoursePage",
    "events": "courses.EventPage",
    "campaigns": "campaigns.CampaignPage",
}


def content_type_for(value):
    """The content type a facet value stands for, or None for an unknown value."""
    label = SEARCHABLE_TYPES.get(value)
    return ContentType.objects.get_for_model(apps.get_model(label)) if label else None


def type_options(counts):
    """[{value, label, count}] for the kinds of content with matches, in a fixed order."""
    options = []
    for value, label in SEARCHABLE_TYPES.items():
        model = apps.get_model(label)
        count = counts.get(ContentType.objects.get_for_model(model).pk, 0)
        if count:
            options.append(
                {"value": value, "label": capfirst(model._meta.verbose_name_plural), "count": count}
            )
    return options
