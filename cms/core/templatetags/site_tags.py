from django import template
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from cms.core import chrome, i18n
from cms.languages import ENDONYMS

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context["request"]
    return {
        "links": i18n.language_links(request, page if isinstance(page, Page) else None),
        "current_name": ENDONYMS.get(get_language(), get_language()),
    }


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context, page=None):
    if not isinstance(page, Page):
        return {"alternates": []}
    return {"alternates": i18n.alternate_links(context["request"], page)}


@register.simple_tag
def language_direction():
    return "rtl" if get_language_info(get_language())["bidi"] else "ltr"


@register.simple_tag(takes_context=True)
def site_chrome(context):
    return chrome.site_chrome(context["request"])
