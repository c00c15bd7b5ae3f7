"""The search page's facets besides the type of content: subject, education level, language of
the material, country and year. Each page type says which values it has (``search_facets``);
the engine keeps them in every document (``FacetedPage``'s filter fields) and the database in
``PageFacet``, refreshed on publish, so both backends narrow and count alike."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

# facet: (its name for the reader, the vocabulary whose slugs are its values, or None)
FACETS = {
    "subject": (_("Subject"), "taxonomies.Subject"),
    "level": (_("Education level"), "taxonomies.EducationLevel"),
    "language": (_("Language of the material"), "taxonomies.MaterialLanguage"),
    "country": (_("Country"), "taxonomies.Country"),
    "year": (_("Year"), None),
}
MAX_VALUES = 100  # per facet; vocabularies are far smaller


def slugs(terms):
    """The slugs of a page's terms, read from memory when the page was just built."""
    return [term.slug for term in terms.all()]


class FacetedPage(models.Model):
    """What a page offers the search facets. Page types extend ``search_facets``; the year comes
    from ``search_date_field``. The filter fields are defined here, once, so every page type
    stores them under the same name in the engine's documents."""

    search_date_field = "first_published_at"
    facet_fields = {}  # facet: the field holding the page's terms (many-to-many or foreign key)
    term_fields = ()  # every field holding terms: their names are searchable in the page's language

    class Meta:
        abstract = True

    @classmethod
    def get_indexed_objects(cls):
        """Pages with their terms and locale, so indexing a batch takes a few queries."""
        fields = [cls._meta.get_field(name) for name in cls.term_fields]
        return (
            super()
            .get_indexed_objects()
            .select_related("locale", *(f.name for f in fields if not f.many_to_many))
            .prefetch_related(*(f.name for f in fields if f.many_to_many))
        )

    def search_facets(self):
        date = getattr(self, self.search_date_field, None)
        facets = {"year": [str(date.year)] if date else []}
        for name, field in self.facet_fields.items():
            facets[name] = [term.slug for term in self._terms(field)]
        return facets

    @classmethod
    def load_terms(cls, pages):
        """Read a batch's many-to-many terms in one query per field, for indexing in bulk
        (prefetching through modelcluster's managers builds a query set per page)."""
        ids = [page.pk for page in pages]
        for name in cls.term_fields:
            field = cls._meta.get_field(name)
            if not field.many_to_many:
                continue
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            links = field.remote_field.through.objects.filter(**{f"{source}_id__in": ids})
            terms = {}
            for link in links.select_related(target):
                terms.setdefault(getattr(link, f"{source}_id"), []).append(getattr(link, target))
            for page in pages:
                page.__dict__.setdefault("_loaded_terms", {})[name] = terms.get(page.pk, [])

    def _terms(self, field):
        loaded = self.__dict__.get("_loaded_terms", {})
        if field in loaded:
            return loaded[field]
        value = getattr(self, field)
        if value is None or isinstance(value, models.Model):  # a foreign key
            return [value] if value else []
        return list(value.all())

    def search_terms(self):
        """The names of the page's terms in its own language, so "Mathematik" finds a German
        page filed under mathematics (and a renamed term is found by its new name)."""
        from taxonomies.names import term_names

        names = term_names(self.locale.language_code)
        words = []
        for field in self.term_fields:
            for term in self._terms(field):
                words.append(names.get(term._meta.label_lower, {}).get(term.slug, term.name))
        return " ".join(words)

    def _facet(self, name):
        if "_facet_values" not in self.__dict__:
            self._facet_values = self.search_facets()
        return self._facet_values.get(name, [])

    def facet_subject(self):
        return self._facet("subject")

    def facet_level(self):
        return self._facet("level")

    def facet_language(self):
        return self._facet("language")

    def facet_country(self):
        return self._facet("country")

    def facet_year(self):
        return self._facet("year")


facet_search_fields = [
    *(index.FilterField(f"facet_{name}") for name in FACETS),
    index.SearchField("search_terms"),
]


def engine_field(name):
    """The facet's field name in the engine's documents."""
    return f"{FacetedPage._meta.app_label}_facetedpage__facet_{name}_filter"


def store_facets(page):
    """Refresh the database's copy of a page's facet values (called when it is published)."""
    from search.models import PageFacet

    if not isinstance(page, FacetedPage):
        return
    page.__dict__.pop("_facet_values", None)
    rows = [
        PageFacet(page_id=page.pk, facet=name, value=value)
        for name, values in page.search_facets().items()
        for value in dict.fromkeys(values)
    ]
    PageFacet.objects.filter(page_id=page.pk).delete()
    PageFacet.objects.bulk_create(rows)


def value_labels(name, language_code):
    """{value: label} for a facet, in the reader's language."""
    from taxonomies.names import term_names

    _label, vocabulary = FACETS[name]
    if vocabulary is None:
        return {}
    return term_names(language_code).get(apps.get_model(vocabulary)._meta.label_lower, {})


def pages_using_term(term, language_code=None):
    """[(page model, its live pages filed under ``term``)] (the canonical term), optionally in
    one language only."""
    found = []
    for model in apps.get_models():
        if not issubclass(model, FacetedPage) or model._meta.abstract:
            continue
        lookups = models.Q()
        for name in model.term_fields:
            if model._meta.get_field(name).related_model is type(term):
                lookups |= models.Q(**{name: term})
        if lookups:
            pages = model.get_indexed_objects().prefetch_related(None).live()
            pages = pages.filter(lookups).distinct()
            if language_code:
                pages = pages.filter(locale__language_code=language_code)
            found.append((model, pages))
    return found
