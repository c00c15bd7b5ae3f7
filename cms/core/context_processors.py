from django.utils.functional import SimpleLazyObject

from cms.core.i18n import localized_home


def site_home(request):
    """The home page in the reader's language (header, title, footer), looked up only if used."""
    return {"site_home": SimpleLazyObject(lambda: localized_home(request))}
