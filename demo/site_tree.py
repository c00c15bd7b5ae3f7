"""Creates or updates the demo page tree and its wagtail-localize translations."""

import html

from django.conf import settings
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from campaigns.models import CampaignIndexPage
from cms.core.models import FooterLink, SiteSettings, SocialLink
from courses.models import CourseIndexPage, EventIndexPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage
from publications.models import PublicationIndexPage
from resources.models import ResourceIndexPage

# Pages under the English home page: content key -> (page type, shown in the main menu).
SECTION_PAGES = {
    "resources_index": (ResourceIndexPage, True),
    "publications_index": (PublicationIndexPage, True),
    "news_index": (NewsIndexPage, True),
    "courses_index": (CourseIndexPage, True),
    "events_index": (EventIndexPage, True),
    "campaigns_index": (CampaignIndexPage, False),
    "about": (StandardPage, True),
    "help": (StandardPage, True),
    "accessibility": (StandardPage, False),
}
FOOTER_PAGES = ["about", "accessibility"]
TEXT_FIELDS = ("title", "seo_title", "search_description", "introduction")
HOME_FIELDS = (*TEXT_FIELDS[:3], "site_name", "hero_heading", "hero_intro", "hero_link_text")


class MissingDemoTranslation(Exception):
    pass


def build_site(content, port=8000):
    """Build the tree from {language: texts}; returns the pages by content key and locales."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    english = content[settings.LANGUAGE_CODE]
    home = _english_home(texts_for("home", english), locales[settings.LANGUAGE_CODE])
    _point_default_site_at(home, port)
    pages = {"home": home}
    for key, (page_type, in_menu) in SECTION_PAGES.items():
        pages[key] = upsert_page(home, page_type, english[key], show_in_menus=in_menu)
    _site_settings(home, pages)

    translations = 0
    for key, page in pages.items():
        for code, texts in content.items():
            if code != settings.LANGUAGE_CODE and texts_for(key, texts) is not None:
                translate(
                    page, locales[code], text_map(texts_for(key, english), texts_for(key, texts))
                )
                translations += 1
    return {"pages": pages, "locales": locales, "translations": translations}


def texts_for(key, texts):
    """The page's texts; the home page also carries the site name."""
    if key not in texts:
        return None
    return {**texts[key], **texts.get("site", {})} if key == "home" else texts[key]


def rich_text(paragraphs):
    return RichText("".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs))


def upsert_page(parent, page_type, texts, **fields):
    """Create or update the child of ``parent`` with the texts' slug, and publish it."""
    fields.update({name: texts[name] for name in TEXT_FIELDS if name in texts})
    page = page_type.objects.child_of(parent).filter(slug=texts["slug"]).first()
    if page is None:
        page = parent.add_child(instance=page_type(slug=texts["slug"], **fields))
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    if "body" in texts:
        page.body = [("paragraph", rich_text(texts["body"]))]
    page.save_revision().publish()
    return page


def _english_home(texts, locale):
    root = Page.get_first_root_node()
    # Wagtail's placeholder "Welcome" page (and the site pointing at it) makes way for ours.
    for placeholder in Page.objects.filter(depth=2, content_type__app_label="wagtailcore"):
        placeholder.delete()
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    fields = {name: texts.get(name, "") for name in HOME_FIELDS}
    if home is None:
        home = root.add_child(instance=HomePage(slug=texts["slug"], locale=locale, **fields))
    else:
        for name, value in fields.items():
            setattr(home, name, value)
    home.save_revision().publish()
    return home


def _point_default_site_at(home, port):
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "127.0.0.1", port, home
    site.site_name = home.site_name
    site.save()


def _site_settings(home, pages):
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.organisation_name = "Edu-Europa Foundation"
    site_settings.contact_email = "contact@example.org"
    site_settings.contact_address = "Rue de l'École 1\n1000 Brussels\nBelgium"
    site_settings.footer_links = [FooterLink(page=pages[key]) for key in FOOTER_PAGES]
    site_settings.social_links = [
        SocialLink(network=SocialLink.Network.MASTODON, url="https://social.example.org/@schools"),
        SocialLink(network=SocialLink.Network.YOUTUBE, url="https://video.example.org/schools"),
    ]
    site_settings.save()


def text_map(source_texts, target_texts):
    """English text -> translated text, field by field (body paragraphs pairwise)."""
    mapping = {}
    for field, source in source_texts.items():
        target = target_texts.get(field)
        if isinstance(source, list):
            mapping.update(zip(source, target or [], strict=False))
        elif isinstance(source, str) and target:
            mapping[source] = target
    return mapping


def translate(page, locale, texts_by_source):
    """Create or update the linked translation of ``page`` in ``locale`` and publish it."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    # What wagtail-localize's "Translate this page" records, without its first save of an
    # untranslated copy: the target is saved once, below, with its texts.
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        source_text = html.unescape(segment.string.data)
        if source_text not in texts_by_source:
            raise MissingDemoTranslation(
                f"No {locale.language_code} text for {segment.context.path!r}: {source_text!r}"
            )
        target = texts_by_source[source_text]
        if segment.string.data != source_text:  # rich text segments hold escaped HTML
            target = html.escape(target, quote=False)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": target,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation.save_target(publish=True)
