"""Faceted listings for index pages: combinable facets with counts, sorting and pagination.

Facets come from values in use. Within a facet, chosen values are alternatives (OR); across
facets they narrow the list (AND); each facet's counts ignore its own selection, so a reader
sees how many results every other value would give. All counts arrive in one query, so the
number of queries does not grow with the facets or the items."""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import CharField, Count, F, Value
from django.db.models.functions import Cast, ExtractYear
from django.utils.translation import get_language
from wagtail.models import Page

from cms.languages import ENDONYMS
from taxonomies.names import term_names

PER_PAGE = 12

# Facets are declared once per listing and hashed by identity (eq=False): they key dicts.


@dataclass(frozen=True, eq=False)
class TermFacet:
    """A taxonomy relation (many-to-many or foreign key to a ``taxonomies`` term)."""

    param: str  # query parameter, also the facet's id in the page
    field: str
    label: str
    model_label: str  # for the term names in the reader's language

    def names(self, term_names_by_model):
        return term_names_by_model.get(self.model_label, {})

    def narrow(self, queryset, values):
        matching = queryset.model.objects.filter(**{f"{self.field}__slug__in": values})
        return queryset.filter(pk__in=matching.values("pk"))

    def value(self):
        return F(f"{self.field}__slug")

    def sort_key(self, option):
        return option.name.casefold()


@dataclass(frozen=True, eq=False)
class CodeFacet(TermFacet):
    """A plain field holding codes that are also a vocabulary's slugs (language codes)."""

    def narrow(self, queryset, values):
        matching = queryset.model.objects.filter(**{f"{self.field}__in": values})
        return queryset.filter(pk__in=matching.values("pk"))

    def value(self):
        return F(self.field)


@dataclass(frozen=True, eq=False)
class ChoiceFacet:
    """A plain field with fixed choices (a kind, a format), in their declared order."""

    param: str
    field: str
    label: str
    choices: tuple  # (value, label) pairs

    def names(self, term_names_by_model):
        return {value: str(label) for value, label in self.choices}

    def narrow(self, queryset, values):
        return queryset.filter(**{f"{self.field}__in": values})

    def value(self):
        return F(self.field)

    def sort_key(self, option):
        return [value for value, _label in self.choices].index(option.slug)


@dataclass(frozen=True, eq=False)
class YearFacet:
    """A year: of a date field, or a plain year number; newest first."""

    param: str
    field: str
    label: str
    is_date: bool = True

    def names(self, term_names_by_model):
        return {str(year): str(year) for year in range(1900, 2101)}

    def narrow(self, queryset, values):
        lookup = f"{self.field}__year__in" if self.is_date else f"{self.field}__in"
        return queryset.filter(**{lookup: [int(year) for year in values]})

    def value(self):
        year = ExtractYear(self.field) if self.is_date else F(self.field)
        return Cast(year, CharField())

    def sort_key(self, option):
        return -int(option.slug)


@dataclass
class FacetOption:
    slug: str
    name: str
    count: int
    selected: bool

    @property
    def value(self):  # as the facet template names them
        return self.slug

    @property
    def label(self):
        return self.name


class FacetedListing:
    """Configure with ``facets`` and ``sorts`` ({key: (label, ordering)}, the first is the
    default); subclasses give the queryset of an index page's items."""

    facets = ()
    sorts = {}
    per_page = PER_PAGE

    def items(self, index_page):
        raise NotImplementedError

    def annotate(self, items, names):
        """Add display values to the items on the current page (a hook; queries allowed
        here must not depend on the number of items)."""

    def context(self, index_page, request):
        base = self.items(index_page)
        names = term_names(get_language())
        selections = {
            facet: sorted(set(request.GET.getlist(facet.param)) & set(facet.names(names)))
            for facet in self.facets
        }
        sort = request.GET.get("sort")
        if sort not in self.sorts:
            sort = next(iter(self.sorts))
        results = self._narrowed(base, selections).order_by(*self.sorts[sort][1])
        page = Paginator(results, self.per_page).get_page(request.GET.get("page"))

        counts = self._counts(base, selections)
        facets = []
        for facet in self.facets:
            facet_names = facet.names(names)
            options = [
                FacetOption(slug, facet_names.get(slug, slug), count, slug in selections[facet])
                for slug, count in counts[facet.param].items()
            ]
            options.sort(key=facet.sort_key)
            facets.append({"facet": facet, "options": options, "selected": bool(selections[facet])})

        page.object_list = list(page.object_list)
        add_available_languages(page.object_list)
        self.annotate(page.object_list, names)
        return {
            "results": page,
            "facets": facets,
            "sort": sort,
            "sorts": [(key, label) for key, (label, _order) in self.sorts.items()],
            "filters_active": any(selections.values()),
            "query_without_page": query_without(request, "page"),
        }

    def _narrowed(self, queryset, selections, skip=None):
        for facet, values in selections.items():
            if values and facet != skip:
                queryset = facet.narrow(queryset, values)
        return queryset

    def _counts(self, base, selections):
        """{facet param: {value: count}} for every facet, in one UNION ALL query."""
        parts = [
            self._narrowed(base, selections, skip=facet)
            .order_by()
            .annotate(facet=Value(facet.param, output_field=CharField()), term=facet.value())
            .filter(term__isnull=False)
            .values("facet", "term")
            .annotate(n=Count("pk", distinct=True))
            for facet in self.facets
        ]
        counts = {facet.param: {} for facet in self.facets}
        for row in parts[0].union(*parts[1:], all=True):
            counts[row["facet"]][row["term"]] = row["n"]
        return counts


def add_available_languages(pages):
    """Set ``available_languages`` [(code, endonym)] on each page: the languages its live
    versions exist in (one query)."""
    keys = [page.translation_key for page in pages]
    versions = (
        Page.objects.filter(translation_key__in=keys)
        .live()
        .values_list("translation_key", "locale__language_code")
    )
    languages = {}
    for key, code in versions:
        languages.setdefault(key, set()).add(code)
    for page in pages:
        found = languages.get(page.translation_key, set())
        page.available_languages = [
            (code, ENDONYMS[code]) for code, _name in settings.LANGUAGES if code in found
        ]


def query_without(request, *params):
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()
