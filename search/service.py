"""The site search: the reader's language's index on the engine when one is configured, and the
database backend when the engine cannot be reached, so readers get results, not an error."""

import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from search.config import language_backend_name

logger = logging.getLogger(__name__)

FALLBACK_NOTICE = _(
    "The search engine is not available at the moment. These results come from a simpler "
    "search and may be less complete."
)


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


def backend_for(language):
    name = language_backend_name(language)
    return name if name in settings.WAGTAILSEARCH_BACKENDS else "default"


def _page(results, page_number, per_page):
    page = Paginator(results, per_page).get_page(page_number)
    page.object_list = list(page.object_list)  # ask the backend now, inside the caller's try
    return page


def search_page(queryset, query, language, page_number, per_page, newest_first=False, counted=None):
    """(a page of results, {content type id: matches}, a notice for the reader or None).
    Results come by relevance, or newest first; the counts are over ``counted`` (by default the
    same queryset; the view passes it without the type filter, so every type stays offered)."""

    def run(text, backend):
        ordered = queryset.order_by("-first_published_at") if newest_first else queryset
        results = ordered.search(text, backend=backend, order_by_relevance=not newest_first)
        page = _page(results, page_number, per_page)
        counts = (counted or queryset).search(text, backend=backend).facet("content_type_id")
        return page, counts

    if "database" not in settings.WAGTAILSEARCH_BACKENDS:  # no engine: database search only
        return *run(query, "default"), None
    try:
        return *run(engine_query(query), backend_for(language)), None
    except engine_errors():
        logger.exception("Search engine unavailable; falling back to the database backend")
        return *run(query, "database"), FALLBACK_NOTICE


def suggestions(queryset, text, language, limit):
    """Pages whose title starts like ``text`` (as the reader types), from the engine when it
    answers, else from the database."""
    try:
        return list(queryset.autocomplete(text, backend=backend_for(language))[:limit])
    except engine_errors():
        return list(queryset.autocomplete(text, backend="database")[:limit])
