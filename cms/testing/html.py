"""Reading what a reader sees in a rendered page: listing results, facet counts, JSON-LD."""

import json
import re

import html5lib


def result_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def option_count(html, param, value):
    match = re.search(
        rf'id="f-{param}-{value}"[^>]*>\s*<label[^>]*>[^<]*<span class="count">\((\d+)\)</span>',
        html,
    )
    return int(match.group(1)) if match else None


def total(html):
    return int(re.search(r'id="results-count"[^>]*>\s*(\d+)', html).group(1))


def json_ld(html):
    """Every JSON-LD object in the page, parsed with the standard JSON parser."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def assert_valid_html(html):
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(html)  # raises on the first parse error
    assert parser.errors == []
