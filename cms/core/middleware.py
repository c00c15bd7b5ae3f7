"""Django's LocaleMiddleware answers a 404 without a language prefix with a redirect to the same
address under the prefix when that address is valid, and Wagtail's catch-all page route makes
every address valid. Outside the language-prefixed site (admin, API, documents, sitemap, health
checks) a missing object must stay a plain 404, so those addresses skip that step."""

from django.middleware.locale import LocaleMiddleware

UNPREFIXED_PATHS = ("/admin/", "/api/", "/documents/", "/sitemap.xml", "/health/")


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
