from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from search.content_types import content_type_for, type_options
from search.service import search_page, suggestions

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MIN_SUGGEST_LENGTH = 2
MAX_SUGGESTIONS = 8


def searchable_pages():
    return Page.objects.live().public().filter(locale=Locale.get_active())


def search(request):
    """Search live pages in the reader's language; works without JavaScript (a GET form).
    Editors' picks for the query (search promotions) come first; a facet narrows the results
    to one type of content."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    newest_first = request.GET.get("sort") == "newest"
    content_type = content_type_for(request.GET.get("type"))
    selected_type = request.GET.get("type") if content_type else ""
    state = {"q": query, "sort": "newest" if newest_first else "", "type": selected_type}
    context = {"query": query, "newest_first": newest_first, "selected_type": selected_type}
    if query:
        pages = searchable_pages()
        narrowed = pages.filter(content_type=content_type) if content_type else pages
        results, counts, notice = search_page(
            narrowed.specific(),
            query,
            get_language(),
            request.GET.get("page"),
            RESULTS_PER_PAGE,
            newest_first=newest_first,
            counted=pages,
        )
        search_query = Query.get(query)
        search_query.add_hit()
        context.update(
            results=results,
            notice=notice,
            picks=editors_picks(search_query),
            total_matches=sum(counts.values()),
            type_options=[
                {**option, "query": _query_string(state, type=option["value"])}
                for option in type_options(counts)
            ],
            all_types_query=_query_string(state, type=""),
            query_string=_query_string(state),
        )
    return render(request, "search/search.html", context)


def editors_picks(search_query):
    """The query's promoted pages in the reader's language, in the editors' order (one query
    for the picks, one per page type for the specific pages)."""
    page_ids = search_query.editors_picks.filter(
        page__live=True, page__locale=Locale.get_active()
    ).values_list("page_id", flat=True)
    pages = {page.pk: page for page in Page.objects.filter(pk__in=list(page_ids)).specific()}
    return [pages[pk] for pk in page_ids if pk in pages]


def _query_string(state, **changes):
    """The search's address parameters with ``changes``, leaving out empty ones."""
    return urlencode({key: value for key, value in {**state, **changes}.items() if value})


def suggest(request):
    """Titles that start like what the reader is typing, as JSON, for the search boxes."""
    text = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    if len(text) < MIN_SUGGEST_LENGTH:
        return JsonResponse({"suggestions": []})
    pages = suggestions(searchable_pages(), text, get_language(), MAX_SUGGESTIONS)
    return JsonResponse({"suggestions": [{"title": page.title, "url": page.url} for page in pages]})
