"""Machine translation for editors (wagtail-localize's "Translate with ..." button), chosen by
environment variables; off unless MACHINE_TRANSLATION names a provider."""

from django.core.exceptions import ImproperlyConfigured

PROVIDERS = {
    # DeepL through our subclass, which also accepts an API address (see the module).
    "deepl": "cms.core.machine_translation.DeepLTranslator",
    "libretranslate": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
    # Needs the google-cloud-translate package and a service account.
    "google": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
}


def machine_translator(provider, key="", url="", project=""):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting, or None when switched off."""
    if not provider:
        return None
    if provider not in PROVIDERS:
        raise ImproperlyConfigured(
            f"MACHINE_TRANSLATION={provider!r}: choose one of {', '.join(PROVIDERS)}."
        )
    options = {
        "deepl": {"AUTH_KEY": key, "API_URL": url},
        "libretranslate": {"LIBRETRANSLATE_URL": url, "API_KEY": key},
        "google": {"CREDENTIALS": key, "PROJECT_ID": project},
    }[provider]
    return {"CLASS": PROVIDERS[provider], "OPTIONS": options}
