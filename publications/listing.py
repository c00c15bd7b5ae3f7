"""The publications listing: kind, topic, year and the languages of the PDF files."""

from django.utils.translation import gettext_lazy as _

from cms.core.listing import ChoiceFacet, CodeFacet, FacetedListing, TermFacet, YearFacet
from cms.core.public import public
from publications.models import PublicationPage


class PublicationListing(FacetedListing):
    facets = (
        ChoiceFacet("kind", "kind", _("Kind of publication"), PublicationPage.Kind.choices),
        TermFacet("topic", "topics", _("Topic"), "taxonomies.topic"),
        YearFacet("year", "year", _("Year"), is_date=False),
        CodeFacet(
            "language", "files__language", _("Language of the PDF"), "taxonomies.materiallanguage"
        ),
    )
    sorts = {
        "newest": (_("Newest first"), ["-publication_date", "title"]),
        "oldest": (_("Oldest first"), ["publication_date", "title"]),
        "title": (_("Title (A to Z)"), ["title"]),
    }

    def items(self, index_page):
        return publications_in(index_page)

    def annotate(self, publications, names):
        languages = names.get("taxonomies.materiallanguage", {})
        for publication in publications:
            publication.pdf_language_names = [
                languages.get(file.language, file.language) for file in publication.files.all()
            ]


def publications_in(index_page):
    publications = PublicationPage.objects.child_of(index_page).live()
    return public(publications).prefetch_related("files")
