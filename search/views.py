from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search live pages in the reader's language; works without JavaScript (a GET form)."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )
        Query.get(query).add_hit()
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"query": query, "results": page, "query_string": urlencode({"q": query})}
    return render(request, "search/search.html", context)
