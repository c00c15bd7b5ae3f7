"""Course and event listings: under way and upcoming first, then past ones."""

from django.utils.translation import gettext_lazy as _

from cms.core.listing import ChoiceFacet, FacetedListing, TermFacet
from cms.core.public import public
from courses.models import CoursePage, EventPage
from courses.schedule import Status, with_status

WHEN = ChoiceFacet("when", "when", _("When"), Status.choices)
SORTS = {
    "date": (_("Date"), ["status_rank", "starts_at", "title"]),
    "newest": (_("Newest first"), ["-first_published_at", "title"]),
    "title": (_("Title (A to Z)"), ["title"]),
}


class CourseListing(FacetedListing):
    facets = (
        WHEN,
        ChoiceFacet("format", "format", _("Format"), CoursePage.Format.choices),
        TermFacet("language", "languages", _("Language"), "taxonomies.materiallanguage"),
        TermFacet("level", "education_levels", _("Education level"), "taxonomies.educationlevel"),
        TermFacet("topic", "topics", _("Topic"), "taxonomies.topic"),
    )
    sorts = SORTS

    def items(self, index_page):
        courses = CoursePage.objects.child_of(index_page).live()
        return with_status(public(courses)).prefetch_related("languages")

    def annotate(self, courses, names):
        languages = names.get("taxonomies.materiallanguage", {})
        for course in courses:
            course.language_names = [
                languages.get(term.slug, term.name) for term in course.languages.all()
            ]


class EventListing(FacetedListing):
    facets = (
        WHEN,
        ChoiceFacet("mode", "mode", _("Online or on site"), EventPage.Mode.choices),
        TermFacet("topic", "topics", _("Topic"), "taxonomies.topic"),
        TermFacet("country", "country", _("Country"), "taxonomies.country"),
    )
    sorts = SORTS

    def items(self, index_page):
        return with_status(public(EventPage.objects.child_of(index_page).live()))
