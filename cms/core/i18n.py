"""Links between a page and its translations, for the language switcher, hreflang tags and the
localized home page. Built only from translations that exist and are live; never by rewriting
URLs. Results are kept on the request so each lookup costs one query per request."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from cms.core.public import public
from cms.languages import ENDONYMS


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page


def _memoised(request, key, compute):
    cache = request.__dict__.setdefault("_i18n_cache", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def site_homes(request):
    """{language code: live home page (specific)} of the request's site, cached with the rest
    of the site-wide page furniture (see ``cms.core.chrome``)."""
    from cms.core.chrome import cached_for_site

    def compute(site):
        root = site.root_page
        homes = root.specific_class.objects.filter(translation_key=root.translation_key).live()
        return {home.locale.language_code: home for home in homes.select_related("locale")}

    return _memoised(request, "homes", lambda: cached_for_site(request, "homes", compute) or {})


def localized_home(request):
    """The home page in the reader's language, falling back to the default language's."""
    homes = site_homes(request)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


def page_versions(request, page):
    """{language code: live, public page} sharing ``page``'s translation key."""

    def compute():
        versions = public(Page.objects.filter(translation_key=page.translation_key).live())
        return {
            version.locale.language_code: version for version in versions.select_related("locale")
        }

    return _memoised(request, ("versions", page.translation_key), compute)


def language_links(request, page=None):
    """One link per UI language: the page's translation where it exists, else that language's
    home page; for views outside the page tree, the same view in that language."""
    current = get_language()
    homes = site_homes(request)
    translations = page_versions(request, page) if page is not None else {}
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
    versions = page_versions(request, page)
    alternates = [
        (code, versions[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in versions
    ]
    default = versions.get(settings.LANGUAGE_CODE)
    if default is not None:
        alternates.append(("x-default", default.get_full_url(request)))
    return alternates


def localized_pages(request, pages):
    """Each page in the reader's language where a live translation exists (one query)."""
    home = localized_home(request)
    if home is None:
        return pages
    keys = [page.translation_key for page in pages]
    translated = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=keys, locale_id=home.locale_id).live()
    }
    return [translated.get(page.translation_key, page) for page in pages]


def versions_of_address(request, path):
    """{code: live page} for every translation of the page a reader was looking for: the page
    at the same address under any language's home page (a reader who changed the language
    prefix, or followed a link to a translation that does not exist)."""
    code, _slash, rest = path.lstrip("/").partition("/")
    homes = site_homes(request)
    if code not in homes or not rest:
        return {}
    addresses = [home.url_path + rest.rstrip("/") + "/" for home in homes.values()]
    keys = Page.objects.filter(url_path__in=addresses).live().values("translation_key")
    versions = public(Page.objects.filter(translation_key__in=keys).live())
    return {page.locale.language_code: page for page in versions.select_related("locale")}
