"""The whole demo: vocabularies, section pages in 24 languages and every content collection."""

from demo.collections import COLLECTIONS, build_collection
from demo.content import load_collection, load_content
from demo.members import build_members
from demo.resources import build_resources
from demo.site_tree import build_site
from taxonomies.loader import load_taxonomies

# A quick demo (``load_demo --quick``, and the test database) keeps the first records only.
QUICK_LIMITS = {
    "resources": 36,
    "publications": 6,
    "news": 8,
    "courses": 6,
    "events": 6,
    "campaigns": 2,
}


def build_demo(port=8000, quick=False):
    """Build or update the demo; returns {what: count} for the summary."""
    load_taxonomies()
    site = build_site(load_content(), port=port)
    pages, locales = site["pages"], site["locales"]

    def limit(name):
        return QUICK_LIMITS[name] if quick else None

    summary = {"section pages": len(pages), "section translations": site["translations"]}
    count, translated = build_resources(
        pages["resources_index"], locales, *load_collection("resources", limit("resources"))
    )
    summary.update({"resources": count, "resource translations": translated})
    for name, (index_key, fields_of) in COLLECTIONS.items():
        count, translated = build_collection(
            pages[index_key], locales, *load_collection(name, limit(name)), fields_of
        )
        summary.update({name: count, f"{name} translations": translated})
    summary.update(build_members())
    return summary
