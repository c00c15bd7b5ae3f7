"""Build the demo site: the page tree in English, translated with wagtail-localize into every
language that ``demo/content/<code>.json`` covers. Safe to run again: it updates in place."""

import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from demo.site_tree import build_site

CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"


def load_content():
    """{language code: content dict} for every language that has a content file."""
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(CONTENT_DIR.glob("*.json"))
    }


class Command(BaseCommand):
    help = "Load the demo content (idempotent) and optionally create or reset an admin account."

    def add_arguments(self, parser):
        parser.add_argument(
            "--port", type=int, default=8000, help="The port the site is served on."
        )
        parser.add_argument(
            "--admin",
            metavar="USERNAME",
            help="Create this superuser, or reset its password, and print the login.",
        )

    def handle(self, *args, **options):
        # No outer transaction: wagtail-localize publishes translations on commit from revisions
        # taken earlier, which would reset the translated home pages' child counts.
        summary = build_site(load_content(), port=options["port"])
        self.stdout.write(
            f"Demo site: {summary['pages']} pages in {summary['locales']} languages "
            f"({summary['translations']} linked translations)."
        )
        if options["admin"]:
            self.reset_admin(options["admin"])

    def reset_admin(self, username):
        password = secrets.token_urlsafe(12)
        user, _created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        self.stdout.write(
            self.style.SUCCESS(f"Admin login at {admin_url}: user {username}, password {password}")
        )
