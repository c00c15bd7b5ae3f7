import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_suite_runs_on_the_database_ci_asked_for():
    """CI runs the suite twice (PostgreSQL, SQLite); a wrong DATABASE_URL must not pass quietly."""
    expected = os.environ.get("EXPECTED_DATABASE_VENDOR")
    if expected is None:
        pytest.skip("EXPECTED_DATABASE_VENDOR is not set (CI sets it)")
    assert connection.vendor == expected
