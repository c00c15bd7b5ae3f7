import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

# Playwright's sync API keeps an event loop running in the test process; Django would otherwise
# refuse database access from any later test in the same process (Django documents this switch).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytest_plugins = ["cms.testing.browser", "cms.testing.live_server"]


@pytest.fixture(autouse=True)
def _reset_language_and_cache():
    """Each test starts in the default language with an empty cache (a rolled-back test must
    not leave cached menus or term names behind)."""
    cache.clear()
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site (24 locales, linked translations, teaching materials) once per test
    database; each test runs in a transaction that is rolled back."""
    from demo.build import build_demo

    with django_db_blocker.unblock():
        build_demo(port=80, quick=True)
