from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def site_home(request):
    """The home page in the reader's language (header, title, footer), looked up only if used."""

    def lookup():
        site = Site.find_for_request(request)
        return site.root_page.localized.specific if site else None

    return {"site_home": SimpleLazyObject(lookup)}
