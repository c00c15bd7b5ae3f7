"""Links between a page and its translations, for the language switcher and hreflang tags.

Built only from translations that exist and are live; never by rewriting URLs.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from cms.languages import ENDONYMS


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page


def _live_versions(page):
    """The live pages sharing ``page``'s translation key, by language code (one query)."""
    versions = Page.objects.filter(translation_key=page.translation_key).live().public()
    return {version.locale.language_code: version for version in versions.select_related("locale")}


def language_links(request, page=None):
    """One link per UI language: the page's translation where it exists, else that language's
    home page; for views outside the page tree, the same view in that language."""
    current = get_language()
    site = Site.find_for_request(request)
    homes = _live_versions(site.root_page) if site else {}
    translations = _live_versions(page) if page is not None else {}
    links = []
    for code, _name in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
        elif page is None:
            url = translate_url(request.get_full_path(), code)
        elif code in homes:
            url = homes[code].get_url(request)
        else:
            url = f"/{code}/"
        links.append(
            LanguageLink(
                code=code,
                name_local=ENDONYMS[code],
                url=url,
                is_current=code == current,
                is_translation=target is not None or page is None,
            )
        )
    return links


def alternate_links(request, page):
    """(hreflang, absolute URL) for each live translation of ``page``, plus x-default."""
    versions = _live_versions(page)
    alternates = [
        (code, versions[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in versions
    ]
    default = versions.get(settings.LANGUAGE_CODE)
    if default is not None:
        alternates.append(("x-default", default.get_full_url(request)))
    return alternates
