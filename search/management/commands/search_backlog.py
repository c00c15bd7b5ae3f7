from django.core.management.base import BaseCommand

from search.backlog import drain
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Show the index updates the search engine missed, and retry them with --drain."

    def add_arguments(self, parser):
        parser.add_argument("--drain", action="store_true", help="Retry them now.")

    def handle(self, *args, **options):
        if options["drain"]:
            done, pending = drain()
            self.stdout.write(f"{done} updates applied, {pending} still pending.")
        for pending in PendingIndexUpdate.objects.select_related("content_type").order_by("pk"):
            self.stdout.write(
                f"{pending} ({'remove' if pending.remove else 'add'}, {pending.attempts} attempts, "
                f"since {pending.created_at:%Y-%m-%d %H:%M}): {pending.last_error[:120]}"
            )
        if not PendingIndexUpdate.objects.exists():
            self.stdout.write("The search indexes are up to date: no pending updates.")
