"""The site search: the engine when one is configured, the database backend otherwise or when
the engine cannot be reached, so readers get results (with a notice), not an error. Both narrow
by the same facets and count them the same way: within a facet chosen values are alternatives,
across facets they add up, and each facet is counted without its own choice."""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from search import engine
from search.config import language_backend_name
from search.facets import FACETS
from search.highlight import add_highlights
from search.models import PageFacet

logger = logging.getLogger(__name__)

FALLBACK_NOTICE = _(
    "The search engine is not available at the moment. These results come from a simpler "
    "search and may be less complete."
)
FACET_NAMES = ("type", *FACETS)
RESULT_WINDOW = 10_000


@dataclass
class Search:
    """What the reader asked for. ``selection`` is {facet: [values]}, "type" as content type ids."""

    query: str
    language: str
    selection: dict = field(default_factory=dict)
    newest_first: bool = False
    all_languages: bool = False


@dataclass
class Outcome:
    page: object  # a paginator page of specific pages, highlighted
    counts: dict  # {facet: {value: count}}
    notice: str | None = None


def engine_errors():
    """The exceptions the engine's clients raise when it is down or refuses a request."""
    errors = []
    try:
        from opensearchpy.exceptions import OpenSearchException

        errors.append(OpenSearchException)
    except ImportError:  # pragma: no cover - the client is a dependency
        pass
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        errors += [TransportError, ApiError]
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def engine_query(text):
    """Exact matches first, then matches within an edit or two (typos): the engine's own fuzzy
    matching, on top of the language analysis."""
    from wagtail.search.query import Boost, Fuzzy, Or, PlainText

    return Or([Boost(PlainText(text), 2.0), Fuzzy(text)])


def has_engine():
    return "database" in settings.WAGTAILSEARCH_BACKENDS


def backend_for(language):
    name = language_backend_name(language)
    return name if name in settings.WAGTAILSEARCH_BACKENDS else "default"


def search_pages(pages, search, page_number, per_page):
    """An ``Outcome`` for live ``pages`` (in every language: the search picks its scope)."""
    if not has_engine():
        return database_search(pages, search, page_number, per_page, "default")
    try:
        return engine_search(pages, search, page_number, per_page)
    except engine_errors():
        logger.exception("Search engine unavailable; falling back to the database backend")
        outcome = database_search(pages, search, page_number, per_page, "database")
        outcome.notice = FALLBACK_NOTICE
        return outcome


def _in_scope(pages, search):
    if search.all_languages:
        return pages
    return pages.filter(locale_id=Locale.objects.get(language_code=search.language).pk)


def _specific_in_order(pages, ids):
    found = {page.pk: page for page in pages.filter(pk__in=ids).specific()}
    return [found[pk] for pk in ids if pk in found]


class _Hits:
    """One page of the engine's hits, posing as the whole list to Django's paginator."""

    def __init__(self, total, offset, items):
        self.total, self.offset, self.items = total, offset, items

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        return self.items if window.start == self.offset else []


def _page_number(value):
    try:
        return max(int(value), 1)
    except (TypeError, ValueError):
        return 1


def engine_search(pages, search, page_number, per_page):
    languages = [search.language]  # the reader's first: its backend writes the query
    if search.all_languages:
        languages += [code for code, _name in settings.LANGUAGES if code != search.language]
    # Only languages with their own index (the default index would repeat every language).
    backends = [
        name
        for name in map(language_backend_name, languages)
        if name in settings.WAGTAILSEARCH_BACKENDS
    ]
    backends = backends or ["default"]
    first_locale = None
    if search.all_languages:
        reader_locale = Locale.objects.filter(language_code=search.language)
        first_locale = reader_locale.values_list("pk", flat=True).first()
    scoped = _in_scope(pages, search)  # one locale lookup, whichever page is asked for

    def run(number):
        offset = (number - 1) * per_page
        return offset, engine.search(
            backends,
            scoped,
            engine_query(search.query),
            search.selection,
            text=search.query,
            newest_first=search.newest_first,
            offset=offset,
            size=per_page,
            first_locale_id=first_locale,
        )

    # The engine pages no deeper than its result window (10,000 hits by default).
    number = min(_page_number(page_number), RESULT_WINDOW // per_page)
    offset, (ids, total, counts, highlights) = run(number)
    last = max((total + per_page - 1) // per_page, 1)
    if number > last:  # past the end: the last page, as the paginator would give
        offset, (ids, total, counts, highlights) = run(last)
    items = _specific_in_order(pages, ids)
    add_highlights(items, search.query, highlights)
    page = Paginator(_Hits(total, offset, items), per_page).get_page(offset // per_page + 1)
    page.object_list = items
    return Outcome(page, counts)


def _narrowed(pages, selection, skip=None):
    for name, values in selection.items():
        if not values or name == skip:
            continue
        if name == "type":
            pages = pages.filter(content_type_id__in=values)
        else:
            chosen = PageFacet.objects.filter(facet=name, value__in=values)
            pages = pages.filter(pk__in=chosen.values("page_id"))
    return pages


def database_search(pages, search, page_number, per_page, backend):
    scoped = _in_scope(pages, search)
    narrowed = _narrowed(scoped, search.selection)
    if search.newest_first:
        narrowed = narrowed.order_by("-first_published_at")
    results = narrowed.specific().search(
        search.query, backend=backend, order_by_relevance=not search.newest_first
    )
    page = Paginator(results, per_page).get_page(page_number)
    page.object_list = list(page.object_list)
    add_highlights(page.object_list, search.query)
    return Outcome(page, _database_counts(scoped, search, backend))


def _database_counts(scoped, search, backend):
    """{facet: {value: count}}: one query for the types and one for the other facets, plus one
    more of each for every facet with a choice (counted without it)."""
    groups = {}  # the facet left out of the narrowing (or None): the facets counted so
    for name in FACET_NAMES:
        groups.setdefault(name if search.selection.get(name) else None, []).append(name)
    counts = {name: {} for name in FACET_NAMES}
    for skip, names in groups.items():
        matches = _narrowed(scoped, search.selection, skip).search(search.query, backend=backend)
        ids = matches.get_queryset().order_by().values("pk")
        if "type" in names:
            rows = (
                Page.objects.filter(pk__in=ids)
                .order_by()
                .values_list("content_type")
                .annotate(n=Count("pk"))
            )
            counts["type"] = dict(rows)
        others = [name for name in names if name != "type"]
        if others:
            rows = (
                PageFacet.objects.filter(page_id__in=ids, facet__in=others)
                .values_list("facet", "value")
                .annotate(n=Count("page_id"))
            )
            for name, value, n in rows:
                counts[name][value] = n
    return counts


def suggestions(queryset, text, language, limit):
    """Pages whose title starts like ``text`` (as the reader types), from the engine when it
    answers, else from the database."""
    try:
        return list(queryset.autocomplete(text, backend=backend_for(language))[:limit])
    except engine_errors():
        return list(queryset.autocomplete(text, backend="database")[:limit])
