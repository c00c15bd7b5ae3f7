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


def searchable_types():
    """{facet value: (content type id, label)} in the facet's order."""
    types = {}
    for value, label in SEARCHABLE_TYPES.items():
        model = apps.get_model(label)
        content_type = ContentType.objects.get_for_model(model)  # cached by Django
        types[value] = (content_type.pk, capfirst(model._meta.verbose_name_plural))
    return types
