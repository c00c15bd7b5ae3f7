from django.core.management.base import BaseCommand

from demo.volume import generate_resources


class Command(BaseCommand):
    help = "Add N plausible teaching materials across the languages (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, count, seed, **options):
        added = generate_resources(count, seed)
        summary = ", ".join(f"{code} {n}" for code, n in sorted(added.items()))
        self.stdout.write(f"Added {sum(added.values())} teaching materials ({summary}).")
