from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from cms.core.i18n import versions_of_address
from cms.languages import ENDONYMS


def health(request):
    """Load-balancer health check: answers 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def page_not_found(request, exception=None):
    """Never a silent 404 for content that exists: an address from another language leads to
    the reader's translation, or lists the languages the page can be read in."""
    versions = versions_of_address(request, request.path)
    current = versions.pop(get_language(), None)
    if current is not None:
        return redirect(current.get_url(request))
    other_versions = [
        (code, ENDONYMS[code], versions[code])
        for code, _name in settings.LANGUAGES
        if code in versions
    ]
    return render(request, "404.html", {"other_versions": other_versions}, status=404)
