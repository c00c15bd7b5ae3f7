from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from search.service import search_page, suggestions

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MIN_SUGGEST_LENGTH = 2
MAX_SUGGESTIONS = 8


def searchable_pages():
    return Page.objects.live().public().filter(locale=Locale.get_active())


def search(request):
    """Search live pages in the reader's language; works without JavaScript (a GET form).
    Editors' picks for the query (search promotions) come first."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    newest_first = request.GET.get("sort") == "newest"
    results = notice = None
    picks = []
    if query:
        results, notice = search_page(
            searchable_pages().specific(),
            query,
            get_language(),
            request.GET.get("page"),
            RESULTS_PER_PAGE,
            newest_first=newest_first,
        )
        search_query = Query.get(query)
        search_query.add_hit()
        picks = [
            pick.page.specific
            for pick in search_query.editors_picks.filter(
                page__live=True, page__locale=Locale.get_active()
            ).select_related("page")
        ]
    context = {
        "query": query,
        "results": results,
        "picks": picks,
        "notice": notice,
        "newest_first": newest_first,
        "query_string": urlencode({"q": query, **({"sort": "newest"} if newest_first else {})}),
    }
    return render(request, "search/search.html", context)


def suggest(request):
    """Titles that start like what the reader is typing, as JSON, for the search boxes."""
    text = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    if len(text) < MIN_SUGGEST_LENGTH:
        return JsonResponse({"suggestions": []})
    pages = suggestions(searchable_pages(), text, get_language(), MAX_SUGGESTIONS)
    return JsonResponse({"suggestions": [{"title": page.title, "url": page.url} for page in pages]})
