from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from cms.languages import ENDONYMS
from search.content_types import searchable_types
from search.facets import FACETS, MAX_VALUES, value_labels
from search.service import Search, search_pages, suggestions

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MIN_SUGGEST_LENGTH = 2
MAX_SUGGESTIONS = 8
ALL_LANGUAGES = "all"
TYPE_LABEL = _("Type of content")


def searchable_pages():
    """Live pages readers may see, in every language."""
    return Page.objects.live().public()


def _chosen(request, language):
    """{facet: [values]} from the address; unknown values are left out."""
    types = searchable_types()
    selection = {
        "type": sorted({types[value][0] for value in request.GET.getlist("type") if value in types})
    }
    for name in FACETS:
        values = set(request.GET.getlist(name))
        known = value_labels(name, language)
        if name == "year":
            values = {value for value in values if value.isdigit() and len(value) == 4}
        else:
            values &= set(known)
        selection[name] = sorted(values)[:MAX_VALUES]
    return selection


def _facets(counts, selection, language):
    """[{name, label, options: [{value, label, count, selected}]}]: values with matches, and
    the chosen ones even without (so they can be unticked)."""
    types = searchable_types()
    facets = [
        {
            "name": "type",
            "label": TYPE_LABEL,
            "options": [
                {
                    "value": value,
                    "label": label,
                    "count": counts["type"].get(pk, 0),
                    "selected": pk in selection["type"],
                }
                for value, (pk, label) in types.items()
                if counts["type"].get(pk) or pk in selection["type"]
            ],
        }
    ]
    for name, (label, _vocabulary) in FACETS.items():
        values = {**dict.fromkeys(selection[name], 0), **counts[name]}
        labels = value_labels(name, language)
        if name == "year":
            order = sorted(values, reverse=True)
        else:  # the vocabulary's order
            order = [value for value in labels if value in values]
        options = [
            {
                "value": value,
                "label": labels.get(value, value),
                "count": values[value],
                "selected": value in selection[name],
            }
            for value in order
        ]
        facets.append({"name": name, "label": label, "options": options})
    return facets


def search(request):
    """Search live pages, in the reader's language or all; works without JavaScript (one GET
    form). Editors' picks for the query (search promotions) come first; facets narrow."""
    language = get_language()
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    all_languages = request.GET.get("languages") == ALL_LANGUAGES
    context = {
        "query": query,
        "newest_first": request.GET.get("sort") == "newest",
        "all_languages": all_languages,
        "reader_language": ENDONYMS.get(language, language),
    }
    if query:
        selection = _chosen(request, language)
        wanted = Search(query, language, selection, context["newest_first"], all_languages)
        outcome = search_pages(
            searchable_pages(), wanted, request.GET.get("page"), RESULTS_PER_PAGE
        )
        results = outcome.page
        if all_languages:
            _label_languages(results.object_list, language)
        search_query = Query.get(query)
        search_query.add_hit()
        context.update(
            results=results,
            notice=outcome.notice,
            picks=editors_picks(search_query) if results.number == 1 else [],
            facets=_facets(outcome.counts, selection, language),
            filters_active=any(selection.values()),
            query_string=_without(request, "page"),
            all_languages_query=_without(request, "page", "languages", languages=ALL_LANGUAGES),
        )
    return render(request, "search/search.html", context)


def _label_languages(pages, reader_language):
    """Mark results in other languages with their language (shown, and as ``lang``)."""
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    for page in pages:
        code = codes.get(page.locale_id, settings.LANGUAGE_CODE)
        if code != reader_language:
            page.result_language = (code, ENDONYMS.get(code, code))


def editors_picks(search_query):
    """The query's promoted pages in the reader's language, in the editors' order (one query
    for the picks, one per page type for the specific pages)."""
    page_ids = search_query.editors_picks.filter(
        page__live=True, page__locale=Locale.get_active()
    ).values_list("page_id", flat=True)
    pages = {page.pk: page for page in Page.objects.filter(pk__in=list(page_ids)).specific()}
    return [pages[pk] for pk in page_ids if pk in pages]


def _without(request, *params, **changes):
    """The address's parameters without ``params``, with ``changes``."""
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


def suggest(request):
    """Titles that start like what the reader is typing, as JSON, for the search boxes."""
    text = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    if len(text) < MIN_SUGGEST_LENGTH:
        return JsonResponse({"suggestions": []})
    pages = suggestions(
        searchable_pages().filter(locale=Locale.get_active()),
        text,
        get_language(),
        MAX_SUGGESTIONS,
    )
    return JsonResponse({"suggestions": [{"title": page.title, "url": page.url} for page in pages]})
