"""The teaching-materials listing: combinable facets with counts, sorting and pagination.

Facets come from values in use. Within a facet, chosen values are alternatives (OR); across
facets they narrow the list (AND); each facet's counts ignore its own selection, so a reader
sees how many results every other value would give. All counts arrive in one query."""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import CharField, Count, F, Value
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.core.public import public
from cms.languages import ENDONYMS
from resources.models import ResourcePage
from taxonomies.names import term_names

PER_PAGE = 12


@dataclass(frozen=True)
class Facet:
    param: str  # query parameter, also the facet's id in the page
    field: str  # relation on ResourcePage
    label: str
    model_label: str  # for term names


FACETS = [
    Facet("subject", "subjects", _("Subject"), "taxonomies.subject"),
    Facet("level", "education_levels", _("Education level"), "taxonomies.educationlevel"),
    Facet("type", "resource_types", _("Type of material"), "taxonomies.resourcetype"),
    Facet(
        "language",
        "material_languages",
        _("Language of the material"),
        "taxonomies.materiallanguage",
    ),
    Facet("competence", "key_competences", _("Key competence"), "taxonomies.keycompetence"),
    Facet("country", "country", _("Country"), "taxonomies.country"),
]

SORTS = {
    "newest": (_("Newest first"), ["-publication_date", "title"]),
    "oldest": (_("Oldest first"), ["publication_date", "title"]),
    "title": (_("Title (A to Z)"), ["title"]),
}


@dataclass
class FacetOption:
    slug: str
    name: str
    count: int
    selected: bool


def _selected_slugs(request, facet, known_slugs):
    """The facet's chosen values that name a known term; anything else is ignored."""
    return sorted(set(request.GET.getlist(facet.param)) & known_slugs)


def _narrowed(queryset, selections, skip=None):
    for facet, slugs in selections.items():
        if slugs and facet != skip:
            matching = ResourcePage.objects.filter(**{f"{facet.field}__slug__in": slugs})
            queryset = queryset.filter(pk__in=matching.values("pk"))
    return queryset


def _facet_counts(base, selections):
    """{facet param: {slug: count}} for every facet, in one UNION ALL query."""
    parts = [
        _narrowed(base, selections, skip=facet)
        .order_by()
        .annotate(
            facet=Value(facet.param, output_field=CharField()), term=F(f"{facet.field}__slug")
        )
        .filter(term__isnull=False)
        .values("facet", "term")
        .annotate(n=Count("pk"))
        for facet in FACETS
    ]
    counts = {facet.param: {} for facet in FACETS}
    for row in parts[0].union(*parts[1:], all=True):
        counts[row["facet"]][row["term"]] = row["n"]
    return counts


def resources_in(index_page):
    resources = ResourcePage.objects.child_of(index_page).live()
    return public(resources).prefetch_related("resource_types", "material_languages")


def listing_context(index_page, request):
    base = resources_in(index_page)
    names = term_names(get_language())
    selections = {
        facet: _selected_slugs(request, facet, set(names.get(facet.model_label, {})))
        for facet in FACETS
    }
    sort = request.GET.get("sort", "newest")
    if sort not in SORTS:
        sort = "newest"
    results = _narrowed(base, selections).order_by(*SORTS[sort][1])
    page = Paginator(results, PER_PAGE).get_page(request.GET.get("page"))

    counts = _facet_counts(base, selections)
    facets = []
    for facet in FACETS:
        facet_names = names.get(facet.model_label, {})
        options = [
            FacetOption(slug, facet_names.get(slug, slug), count, slug in selections[facet])
            for slug, count in counts[facet.param].items()
        ]
        options.sort(key=lambda option: option.name.casefold())
        facets.append({"facet": facet, "options": options, "selected": bool(selections[facet])})

    page.object_list = _annotated_cards(page.object_list, names)
    return {
        "resources": page,
        "facets": facets,
        "sort": sort,
        "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
        "filters_active": any(selections.values()),
        "query_without_page": _query_without(request, "page"),
    }


def _annotated_cards(resources, names):
    """Localized term names and the languages each resource exists in (one query)."""
    resources = list(resources)
    keys = [resource.translation_key for resource in resources]
    versions = (
        Page.objects.filter(translation_key__in=keys)
        .live()
        .values_list("translation_key", "locale__language_code")
    )
    languages = {}
    for key, code in versions:
        languages.setdefault(key, []).append(code)
    types = names.get("taxonomies.resourcetype", {})
    material = names.get("taxonomies.materiallanguage", {})
    for resource in resources:
        resource.type_names = [types.get(t.slug, t.name) for t in resource.resource_types.all()]
        resource.material_language_names = [
            material.get(language.slug, language.name)
            for language in resource.material_languages.all()
        ]
        resource.available_languages = [
            (code, ENDONYMS[code])
            for code, _name in settings.LANGUAGES
            if code in languages.get(resource.translation_key, [])
        ]
    return resources


def _query_without(request, *params):
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()
