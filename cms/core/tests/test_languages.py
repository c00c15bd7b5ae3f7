"""Maltese: registered by the project because Django ships none (see cms/languages.py)."""

from pathlib import Path

import django
from django import forms
from django.utils import translation
from django.utils.translation import get_language_info


def test_maltese_has_language_information():
    info = get_language_info("mt")
    assert (info["name_local"], info["bidi"]) == ("Malti", False)


def test_django_still_ships_no_maltese_catalog():
    """Fails once Django ships Maltese: then drop cms/core/django_strings.py and the workaround."""
    assert not (Path(django.__file__).parent / "conf" / "locale" / "mt").exists()


def test_maltese_readers_get_form_errors_in_maltese():
    field = forms.EmailField()
    with translation.override("mt"):
        try:
            field.clean("not an address")
        except forms.ValidationError as error:
            message = error.messages[0]
    assert message != "Enter a valid email address."
    assert message
