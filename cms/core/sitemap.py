"""sitemap.xml for every language of the site, each address with its translations as
hreflang alternates (plus x-default), in a fixed number of queries per sitemap page."""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from cms.core.public import public


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        in_site = Q(pk__in=[])
        for home in Page.objects.filter(translation_key=root.translation_key):
            in_site |= Q(path__startswith=home.path)
        pages = public(Page.objects.live().filter(in_site)).select_related("locale")
        return pages.order_by("path").defer_streamfields()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = {}
        translations = public(
            Page.objects.live().filter(translation_key__in={p.translation_key for p in pages})
        )
        for version in translations.select_related("locale"):
            versions.setdefault(version.translation_key, {})[version.locale.language_code] = version
        urls = []
        for item in pages:
            alternates = versions.get(item.translation_key, {})
            links = [
                {"lang_code": code, "location": alternates[code].get_full_url(self.request)}
                for code, _name in settings.LANGUAGES
                if code in alternates
            ]
            if settings.LANGUAGE_CODE in alternates:
                default = alternates[settings.LANGUAGE_CODE].get_full_url(self.request)
                links.append({"lang_code": "x-default", "location": default})
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": self.lastmod(item),
                    "alternates": links,
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
