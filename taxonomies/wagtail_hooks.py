from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taxonomies import models


def term_viewset(term_model, term_icon):
    return type(
        f"{term_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": term_model,
            "icon": term_icon,
            "list_display": ["name", "slug"],
            "search_fields": ["name", "slug"],
            "ordering": ["sort_order", "name"],
        },
    )


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 300
    items = [
        term_viewset(models.Subject, "doc-full"),
        term_viewset(models.EducationLevel, "group"),
        term_viewset(models.ResourceType, "folder-open-inverse"),
        term_viewset(models.KeyCompetence, "pick"),
        term_viewset(models.Topic, "tag"),
        term_viewset(models.Country, "globe"),
        term_viewset(models.MaterialLanguage, "comment"),
    ]


register_snippet(TaxonomyGroup)
