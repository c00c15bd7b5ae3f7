from django import template
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from cms.core import i18n
from cms.core.models import SiteSettings
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
def main_menu(context):
    home = context["site_home"]
    return home.get_children().live().public().in_menu() if home else []


@register.simple_tag(takes_context=True)
def footer_links(context):
    """(title, url) of each footer page, in the reader's language where translated."""
    request = context["request"]
    links = SiteSettings.for_request(request).footer_links.select_related("page")
    pages = i18n.localized_pages(request, [link.page for link in links])
    return [(page.title, page.get_url(request)) for page in pages]
