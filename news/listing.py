"""The news listing: kind of article, topic, country and year."""

from django.utils.translation import gettext_lazy as _

from cms.core.listing import ChoiceFacet, FacetedListing, TermFacet, YearFacet
from cms.core.public import public
from news.models import ArticlePage


class ArticleListing(FacetedListing):
    facets = (
        ChoiceFacet("kind", "kind", _("Kind of article"), ArticlePage.Kind.choices),
        TermFacet("topic", "topics", _("Topic"), "taxonomies.topic"),
        TermFacet("country", "country", _("Country"), "taxonomies.country"),
        YearFacet("year", "date", _("Year")),
    )
    sorts = {
        "newest": (_("Newest first"), ["-date", "title"]),
        "oldest": (_("Oldest first"), ["date", "title"]),
        "title": (_("Title (A to Z)"), ["title"]),
    }

    def items(self, index_page):
        return articles_in(index_page)


def articles_in(index_page):
    return public(ArticlePage.objects.child_of(index_page).live())
