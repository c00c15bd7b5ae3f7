"""Production: refuses to start without its required variables; adds production-only extras."""

from cms.settings.base import *  # noqa: F403
from cms.settings.env import env, env_list, require

require("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "BASE_URL")

DEBUG = False
STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "staticfiles"))  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
ADMINS = [("Administrators", address) for address in env_list("ADMIN_EMAILS")]
