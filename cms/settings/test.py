"""Tests: fast and quiet (MD5 hasher, local-memory cache, immediate tasks, plain static storage)."""

from cms.settings.dev import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# No persistent connections: a test database must be droppable when the run ends.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
