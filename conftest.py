import pytest
from django.conf import settings
from django.utils import translation

pytest_plugins = ["cms.testing.browser", "cms.testing.live_server"]


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site (24 locales, linked translations) once per test database;
    each test runs in a transaction that is rolled back."""
    from demo.management.commands.load_demo import load_content
    from demo.site_tree import build_site

    with django_db_blocker.unblock():
        build_site(load_content(), port=80)
