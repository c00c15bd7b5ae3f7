"""The 24 official EU languages, used for the UI and as Wagtail content locales.

Workaround: Django ships no Maltese. ``mt`` is missing from ``django.conf.locale.LANG_INFO``
(and so from ``get_language_info``, which the language switcher and ``<html dir>`` rely on),
and Django has no ``mt`` catalog or date formats. ``register_maltese()`` adds the language
information, ``cms/formats/mt`` the date formats; the
Django strings that readers see are carried in the project's own ``mt`` catalog (see
``cms/core/django_strings.py``). ``cms/core/tests/test_languages.py`` fails once Django
ships Maltese.
"""

from django.conf.locale import LANG_INFO

# (code, English name) in the EU's protocol order by code.
EU_LANGUAGES = [
    ("bg", "Bulgarian"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("es", "Spanish"),
    ("et", "Estonian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("ga", "Irish"),
    ("hr", "Croatian"),
    ("hu", "Hungarian"),
    ("it", "Italian"),
    ("lt", "Lithuanian"),
    ("lv", "Latvian"),
    ("mt", "Maltese"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("sk", "Slovak"),
    ("sl", "Slovenian"),
    ("sv", "Swedish"),
]

# Each language's name for itself, as the EU's own sites list them in their language menus.
ENDONYMS = {
    "bg": "български",
    "cs": "čeština",
    "da": "dansk",
    "de": "Deutsch",
    "el": "ελληνικά",
    "en": "English",
    "es": "español",
    "et": "eesti",
    "fi": "suomi",
    "fr": "français",
    "ga": "Gaeilge",
    "hr": "hrvatski",
    "hu": "magyar",
    "it": "italiano",
    "lt": "lietuvių",
    "lv": "latviešu",
    "mt": "Malti",
    "nl": "Nederlands",
    "pl": "polski",
    "pt": "português",
    "ro": "română",
    "sk": "slovenčina",
    "sl": "slovenščina",
    "sv": "svenska",
}

MALTESE_INFO = {"bidi": False, "code": "mt", "name": "Maltese", "name_local": "Malti"}


def register_maltese():
    """Add Maltese to Django's language information (idempotent)."""
    LANG_INFO.setdefault("mt", MALTESE_INFO)
