from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from search.service import search_page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search live pages in the reader's language; works without JavaScript (a GET form)."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = notice = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results, notice = search_page(
            pages, query, get_language(), request.GET.get("page"), RESULTS_PER_PAGE
        )
        Query.get(query).add_hit()
    context = {
        "query": query,
        "results": results,
        "notice": notice,
        "query_string": urlencode({"q": query}),
    }
    return render(request, "search/search.html", context)
