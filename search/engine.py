"""The site search on the engine in one request: a page of matching page ids, the count of every
facet value and the highlighted fields. Wagtail's query compiler writes the text query (fields,
boosts, typo tolerance); this adds what Wagtail's search API cannot say: facets counted as
"what if I also chose this" (a chosen facet's other values stay offered), highlighting, and
several languages' indexes searched at once, each with its own analysis, the reader's first."""

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.facets import FACETS, MAX_VALUES, engine_field

TYPE_FIELD = "content_type_id_filter"
LOCALE_FIELD = "locale_id_filter"
READER_LANGUAGE_FIRST = 1_000_000  # added to the score of pages in the reader's language
HIGHLIGHTED_FIELDS = ("title", "search_description", "*summary")


def facet_fields():
    return {"type": TYPE_FIELD, **{name: engine_field(name) for name in FACETS}}


def _request(backend, index, body, offset, size):
    if backend.use_new_elasticsearch_api:  # Elasticsearch 8+: the body's keys as arguments
        return backend.es.search(index=index, from_=offset, size=size, **body)
    return backend.es.search(index=index, body=body, from_=offset, size=size)


def _text_query(backend, queryset, query, newest_first, first_locale_id):
    ordered = queryset.order_by("-first_published_at") if newest_first else queryset
    compiler = backend.query_compiler_class(ordered, query, order_by_relevance=not newest_first)
    compiler.check()
    text_query, sort = compiler.get_query(), compiler.get_sort() or []
    if first_locale_id is not None:
        if newest_first:  # the date orders each language's group
            text_query, sort = {"constant_score": {"filter": text_query}}, ["_score", *sort]
        text_query = {
            "function_score": {
                "query": text_query,
                "functions": [
                    {
                        "filter": {"term": {LOCALE_FIELD: first_locale_id}},
                        "weight": READER_LANGUAGE_FIRST,
                    }
                ],
                "boost_mode": "sum",
            }
        }
    return text_query, sort


def _highlight_query(backend, queryset, text):
    """The words as typed, without the typo tolerance: expanding fuzzy terms in every
    highlighted field costs ten times the search itself."""
    from wagtail.search.query import PlainText

    return backend.query_compiler_class(queryset, PlainText(text)).get_query()


def search(
    backend_names,
    queryset,
    query,
    selection,
    *,
    text,
    newest_first,
    offset,
    size,
    first_locale_id=None,
):
    """Search the pages of ``queryset`` in the indexes of ``backend_names`` with ``query`` (the
    words typed are ``text``, for highlighting).

    ``selection`` is {facet: [values]} ("type": content type ids). Returns (page ids in order,
    total, {facet: {value: count}}, {page id: [highlighted fields]})."""
    backends = [get_search_backend(name) for name in backend_names]
    text_query, sort = _text_query(backends[0], queryset, query, newest_first, first_locale_id)
    fields = facet_fields()
    chosen = {
        name: {"terms": {fields[name]: list(values)}}
        for name, values in selection.items()
        if values
    }
    body = {
        "query": text_query,
        "post_filter": {"bool": {"filter": list(chosen.values())}},
        "aggs": {
            name: {
                "filter": {"bool": {"filter": [f for other, f in chosen.items() if other != name]}},
                "aggs": {"values": {"terms": {"field": field, "size": MAX_VALUES}}},
            }
            for name, field in fields.items()
        },
        "highlight": {
            "fields": {field: {} for field in HIGHLIGHTED_FIELDS},
            "number_of_fragments": 0,
            "require_field_match": False,
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "highlight_query": _highlight_query(backends[0], queryset, text),
        },
        "stored_fields": ["pk"],
        "track_total_hits": True,
    }
    if sort:
        body["sort"] = sort
    index = ",".join(backend.get_index_for_model(Page).name for backend in backends)
    response = _request(backends[0], index, body, offset, size)
    hits = response["hits"]["hits"]
    ids = [int(hit["fields"]["pk"][0]) for hit in hits]
    highlights = {
        int(hit["fields"]["pk"][0]): [
            text for texts in hit.get("highlight", {}).values() for text in texts
        ]
        for hit in hits
    }
    counts = {
        name: {
            bucket["key"]: bucket["doc_count"]
            for bucket in response["aggregations"][name]["values"]["buckets"]
        }
        for name in fields
    }
    return ids, response["hits"]["total"]["value"], counts, highlights
