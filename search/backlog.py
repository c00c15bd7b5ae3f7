"""The backlog of index updates the engine could not take, and draining it.

Our engine backends record a failed add or delete here instead of losing it (Wagtail only logs
it), and enqueue a retry; ``manage.py search_backlog`` shows and drains the backlog."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)


def record(backend_name, item, *, remove, error):
    PendingIndexUpdate.objects.update_or_create(
        backend=backend_name,
        content_type=ContentType.objects.get_for_model(item, for_concrete_model=False),
        object_id=str(item.pk),
        defaults={"remove": remove, "last_error": str(error)[:2000]},
    )
    logger.warning(
        "Search index update recorded for a retry (%s: %r): %s", backend_name, item, error
    )

    def retry_later():
        from search.tasks import drain_search_backlog

        drain_search_backlog.enqueue()

    transaction.on_commit(retry_later)


def drain():
    """Retry every pending update, oldest first; stop at the first engine error (it is still
    down). Returns (done, still pending)."""
    from wagtail.search.backends import get_search_backend

    from search.service import engine_errors

    done = 0
    for pending in PendingIndexUpdate.objects.select_related("content_type").order_by("pk"):
        model = pending.content_type.model_class()
        backend = get_search_backend(pending.backend)
        item = None if pending.remove else model.objects.filter(pk=pending.object_id).first()
        try:
            if item is None:  # removed, or deleted from the database since
                backend.delete(model(pk=pending.object_id), retrying=True)
            else:
                backend.add(item.get_indexed_instance(), retrying=True)
        except engine_errors() as error:
            PendingIndexUpdate.objects.filter(pk=pending.pk).update(
                attempts=pending.attempts + 1, last_error=str(error)[:2000]
            )
            break
        pending.delete()
        done += 1
    return done, PendingIndexUpdate.objects.count()
