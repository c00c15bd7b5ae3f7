from django_tasks import task

from search.backlog import drain


@task()
def drain_search_backlog():
    """Retry the index updates the engine missed (enqueued after each failure)."""
    done, pending = drain()
    return {"done": done, "pending": pending}
