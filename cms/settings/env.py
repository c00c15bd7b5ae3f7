"""The one place that reads the process environment for settings."""

import os

from django.core.exceptions import ImproperlyConfigured

TRUE_VALUES = {"1", "true", "yes", "on"}


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in TRUE_VALUES


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def require(*names):
    """Stop start-up with one message naming every required variable that is unset."""
    missing = [name for name in names if not os.environ.get(name)]
    if missing:
        raise ImproperlyConfigured(
            "Missing required environment variables: " + ", ".join(missing) + ". See .env.example."
        )
