import os
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "SECRET_KEY": "k" * 20 + "-production-test-secret-" + "0123456789abcdefghij",
    "ALLOWED_HOSTS": "schools.example.eu",
    "DATABASE_URL": "sqlite:///:memory:",
    "BASE_URL": "https://schools.example.eu",
}


def manage(*args, extra_env):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION_ENV
        and key not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **extra_env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_its_variables():
    result = manage("check", extra_env={"ALLOWED_HOSTS": "schools.example.eu"})
    assert result.returncode != 0
    assert "Missing required environment variables: SECRET_KEY, DATABASE_URL, BASE_URL" in (
        result.stderr
    )


def test_production_passes_the_deployment_checks_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", extra_env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
