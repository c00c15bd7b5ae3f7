"""Build the demo site: the page tree in English, translated with wagtail-localize into every
language that ``demo/content/<code>.json`` covers. Safe to run again: it updates in place."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from demo.build import build_demo
from demo.members import DEMO_MEMBER_PASSWORD


class Command(BaseCommand):
    help = "Load the demo content (idempotent) and optionally create or reset an admin account."

    def add_arguments(self, parser):
        parser.add_argument(
            "--port", type=int, default=8000, help="The port the site is served on."
        )
        parser.add_argument(
            "--quick",
            action="store_true",
            help="Load only the first records of each collection (for tests).",
        )
        parser.add_argument(
            "--admin",
            metavar="USERNAME",
            help="Create this superuser, or reset its password, and print the login.",
        )

    def handle(self, *args, **options):
        # No outer transaction: wagtail-localize publishes translations on commit from revisions
        # taken earlier, which would reset the translated home pages' child counts.
        summary = build_demo(port=options["port"], quick=options["quick"])
        self.stdout.write("Demo site: " + ", ".join(f"{n} {what}" for what, n in summary.items()))
        if options["admin"]:
            self.reset_admin(options["admin"])
        self.stdout.write(
            "Demo members sign in with their e-mail address and the password "
            f"{DEMO_MEMBER_PASSWORD}, e.g. moderator.gr@example.eu (national moderator for Greece)."
        )

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
