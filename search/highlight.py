"""Matches marked in result titles and summaries (``<mark>``), with the rest escaped. The engine
marks what its language analysis matched (stems, typos); without it, the words of the query are
marked where a word of the text starts with them, ignoring case and accents."""

import html
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

MARK, END = "<mark>", "</mark>"
MIN_WORD_LENGTH = 2


def _folded(text):
    """Lower case without accents, one character for each of ``text``'s (positions match)."""
    return "".join(unicodedata.normalize("NFD", char)[0] for char in text.lower())


def highlight_words(text, query):
    """``text`` escaped, with the places where the query's words begin a word marked."""
    words = {_folded(word) for word in re.findall(r"\w+", query) if len(word) >= MIN_WORD_LENGTH}
    if not text or not words:
        return escape(text or "")
    pattern = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\w*"
    )
    parts, last = [], 0
    for match in pattern.finditer(_folded(text)):
        parts += [
            escape(text[last : match.start()]),
            MARK,
            escape(text[match.start() : match.end()]),
            END,
        ]
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))


def engine_highlight(text, fragments):
    """The engine's highlighted copy of ``text`` (whole fields, HTML-escaped by the engine), or
    None when none of the fragments is that text."""
    for fragment in fragments:
        if html.unescape(fragment.replace(MARK, "").replace(END, "")) == text:
            return mark_safe(fragment)
    return None


def title_of(page):
    return getattr(page, "card_title", page.title)


def summary_of(page):
    return getattr(page, "card_summary", "") or page.search_description or ""


def add_highlights(pages, query, engine_fragments=None):
    """Set ``highlighted_title`` and ``highlighted_summary`` on each page: the engine's when it
    gave some ({page id: [fragments]}), else marked by the words of the query."""
    for page in pages:
        title, summary = title_of(page), summary_of(page)
        fragments = (engine_fragments or {}).get(page.pk)
        if fragments is None:
            page.highlighted_title = highlight_words(title, query)
            page.highlighted_summary = highlight_words(summary, query)
        else:
            page.highlighted_title = engine_highlight(title, fragments) or escape(title)
            page.highlighted_summary = engine_highlight(summary, fragments) or escape(summary)
