"""The teaching-materials listing: six taxonomy facets, three sorts."""

from django.utils.translation import gettext_lazy as _

from cms.core.listing import FacetedListing, TermFacet
from cms.core.public import public
from resources.models import ResourcePage


class ResourceListing(FacetedListing):
    facets = (
        TermFacet("subject", "subjects", _("Subject"), "taxonomies.subject"),
        TermFacet("level", "education_levels", _("Education level"), "taxonomies.educationlevel"),
        TermFacet("type", "resource_types", _("Type of material"), "taxonomies.resourcetype"),
        TermFacet(
            "language",
            "material_languages",
            _("Language of the material"),
            "taxonomies.materiallanguage",
        ),
        TermFacet("competence", "key_competences", _("Key competence"), "taxonomies.keycompetence"),
        TermFacet("country", "country", _("Country"), "taxonomies.country"),
    )
    sorts = {
        "newest": (_("Newest first"), ["-publication_date", "title"]),
        "oldest": (_("Oldest first"), ["publication_date", "title"]),
        "title": (_("Title (A to Z)"), ["title"]),
    }

    def items(self, index_page):
        return resources_in(index_page)

    def annotate(self, resources, names):
        types = names.get("taxonomies.resourcetype", {})
        material = names.get("taxonomies.materiallanguage", {})
        for resource in resources:
            resource.type_names = [
                types.get(term.slug, term.name) for term in resource.resource_types.all()
            ]
            resource.material_language_names = [
                material.get(term.slug, term.name) for term in resource.material_languages.all()
            ]


def resources_in(index_page):
    resources = ResourcePage.objects.child_of(index_page).live()
    return public(resources).prefetch_related("resource_types", "material_languages")
