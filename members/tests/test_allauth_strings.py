"""The workaround in ``members/allauth_strings.py`` is needed while django-allauth lacks these
catalogs; this test fails once it ships them, so that the list can be dropped."""

from pathlib import Path

import allauth


def test_allauth_still_lacks_irish_maltese_and_portuguese():
    locale = Path(allauth.__file__).parent / "locale"
    shipped = {path.name for path in locale.iterdir()}
    assert not {"ga", "mt", "pt"} & shipped
