"""The whole demo: vocabularies, section pages in 24 languages and teaching materials."""

from demo.content import load_content, load_resources
from demo.resources import build_resources
from demo.site_tree import build_site
from taxonomies.loader import load_taxonomies


def build_demo(port=8000):
    load_taxonomies()
    site = build_site(load_content(), port=port)
    resources, resource_translations = build_resources(
        site["pages"]["resources_index"], site["locales"], *load_resources()
    )
    return {
        "section_pages": len(site["pages"]),
        "translations": site["translations"],
        "resources": resources,
        "resource_translations": resource_translations,
    }
